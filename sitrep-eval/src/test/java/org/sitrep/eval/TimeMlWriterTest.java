package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.TimexScorer.SystemTimex;
import org.sitrep.model.Span;

class TimeMlWriterTest {
    private final TimeMlDocument gold = TimeMlDocument.parse("TEST1.tml", TimeMlSamples.GOLD);

    private SystemTimex sys(String surface, String type, String value) {
        int at = gold.text().indexOf(surface);
        return new SystemTimex(new Span(at, at + surface.length()), type, value);
    }

    @Test
    void keepsTheTextAndDctAndWritesOnlyTheSystemTimexes() {
        String out = TimeMlWriter.write(gold, List.of(sys("April 26", "DATE", "2025-04-26"),
                sys("three days & nights", "DURATION", "P3D")));
        TimeMlDocument back = TimeMlDocument.parse("TEST1.tml", out);
        assertThat(back.text()).isEqualTo(gold.text());
        assertThat(back.dct()).isEqualTo(gold.dct());
        assertThat(out).contains("<DCT><TIMEX3 tid=\"t0\"").contains("&amp; nights</TIMEX3>")
                .doesNotContain("<EVENT").doesNotContain("<TLINK").doesNotContain("<MAKEINSTANCE");
        assertThat(back.timexes()).extracting(TimeMlDocument.Timex::tid, TimeMlDocument.Timex::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("t1", "2025-04-26"),
                        org.assertj.core.groups.Tuple.tuple("t2", "P3D"));
        assertThat(back.others()).isEmpty();
    }

    @Test
    void dropsOverlapsAndEmptySpans() {
        List<SystemTimex> kept = TimeMlWriter.nonOverlapping(List.of(sys("April", "DATE", "2025-04"),
                sys("April 26", "DATE", "2025-04-26"), new SystemTimex(new Span(3, 3), "DATE", "X")));
        assertThat(kept).extracting(t -> t.span().of(gold.text())).containsExactly("April 26");
    }

    @Test
    void withNoTimexesTheTextIsUnchanged() {
        TimeMlDocument back = TimeMlDocument.parse("TEST1.tml", TimeMlWriter.write(gold, List.of()));
        assertThat(back.text()).isEqualTo(gold.text());
        assertThat(back.timexes()).isEmpty();
    }
}
