package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.TimeValue.Granularity;

class TimexValuesTest {
    private static void check(String value, Granularity g, String start, String end) {
        TimexValues.Parsed p = TimexValues.parse(value, "DATE");
        assertThat(p.granularity()).as(value).isEqualTo(g);
        assertThat(p.start()).as(value).isEqualTo(start == null ? null : LocalDate.parse(start));
        assertThat(p.end()).as(value).isEqualTo(end == null ? null : LocalDate.parse(end));
    }

    @Test
    void readsEveryGranularityAsAHalfOpenInterval() {
        check("2025-04-27", Granularity.DAY, "2025-04-27", "2025-04-28");
        check("2025-04-27TEV", Granularity.PART_OF_DAY, "2025-04-27", "2025-04-28");
        check("2025-04-27T15:30", Granularity.TIME, "2025-04-27", "2025-04-28");
        check("2025-W17", Granularity.WEEK, "2025-04-21", "2025-04-28");
        check("2025-W17-WE", Granularity.WEEKEND, "2025-04-26", "2025-04-28");
        check("2025-04", Granularity.MONTH, "2025-04-01", "2025-05-01");
        check("2024-WI", Granularity.SEASON, "2024-12-01", "2025-03-01");
        check("2025-Q2", Granularity.QUARTER, "2025-04-01", "2025-07-01");
        check("2025-H2", Granularity.HALF_YEAR, "2025-07-01", "2026-01-01");
        check("2025", Granularity.YEAR, "2025-01-01", "2026-01-01");
        check("199", Granularity.DECADE, "1990-01-01", "2000-01-01");
        check("P3D", Granularity.DURATION, null, null);
        check("PAST_REF", Granularity.VAGUE, null, null);
        check("XXXX-04", Granularity.VAGUE, null, null);
        check("2025-13-01", Granularity.VAGUE, null, null);
    }

    @Test
    void partOfDayIsKept() {
        assertThat(TimexValues.parse("2025-04-27TNI", "TIME").partOfDay()).isEqualTo("NI");
        assertThat(TimexValues.parse("2025-04-27", "DATE").partOfDay()).isNull();
    }
}
