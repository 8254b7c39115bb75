package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDateTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "2025-04-28                      | 2025-04-28 | -",
            "2025-04-28T09:00:00Z            | 2025-04-28 | 2025-04-28T09:00:00Z",
            "2025-04-28T01:00:00+03:00       | 2025-04-28 | 2025-04-27T22:00:00Z",
            "2025-04-28T01:00:00.123+0300    | 2025-04-28 | 2025-04-27T22:00:00.123Z",
            "2025-04-28 23:30:00+02          | 2025-04-28 | 2025-04-28T21:30:00Z",
            "2025-04-28T10:15                | 2025-04-28 | -",
            "'Mon, 28 Apr 2025 01:00:00 +0300' | 2025-04-28 | 2025-04-27T22:00:00Z",
            "'28 Apr 2025 09:00:00 GMT'      | 2025-04-28 | 2025-04-28T09:00:00Z",
            "20250428T090000Z                | 2025-04-28 | 2025-04-28T09:00:00Z",
            "20250428090000                  | 2025-04-28 | 2025-04-28T09:00:00Z",
            "20250428                        | 2025-04-28 | -",
            "'  2024-02-29  '                | 2024-02-29 | -",
    })
    void acceptedForms(String raw, String day, String instant) {
        PublicationDate d = PublicationDate.parse(raw).orElseThrow();
        assertThat(d.date()).isEqualTo(LocalDate.parse(day));
        assertThat(d.instant()).isEqualTo(instant == null ? null : Instant.parse(instant));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"2025-02-30", "2025-02-29", "2025-13-01", "2025-04-28T25:00:00Z", "Tue, 28 Apr 2025 09:00:00 GMT",
            "April 28", "yesterday", "28.04.2025", "", "   ", "2025-04-28T09:00:00+25:00", "20250230"})
    void rejectedForms(String raw) {
        assertThat(PublicationDate.parse(raw)).isEmpty();
    }
}
