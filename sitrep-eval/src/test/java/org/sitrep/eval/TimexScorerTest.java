package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.TimexScorer.SystemTimex;
import org.sitrep.model.Span;

class TimexScorerTest {
    private final TimeMlDocument doc = TimeMlDocument.parse("TEST1.tml", TimeMlSamples.GOLD);

    private SystemTimex sys(String surface, String type, String value) {
        int at = doc.text().indexOf(surface);
        assertThat(at).isNotNegative();
        return new SystemTimex(new Span(at, at + surface.length()), type, value);
    }

    @Test
    void countsStrictRelaxedTypeAndValueMatches() {
        TimexScorer.Counts c = TimexScorer.score(doc, List.of(
                sys("April 26", "DATE", "2025-04-26"),              // strict, type and value right
                sys("days", "DURATION", "PXD"),                     // relaxed only, value wrong
                sys("evening of April 27", "DATE", "2025-04-27TEV"), // relaxed, type wrong, value right
                sys("Kyiv", "DATE", "PRESENT_REF")));               // not in the gold
        assertThat(c).isEqualTo(new TimexScorer.Counts(4, 4, 3, 1, 2, 2));
        TimexScorer.Metrics m = c.metrics();
        assertThat(m.strictP()).isCloseTo(0.25, within(1e-9));
        assertThat(m.relaxedF1()).isCloseTo(0.75, within(1e-9));
        assertThat(m.valueF1()).isCloseTo(2.0 / 3 * 0.75, within(1e-9));
        assertThat(m.typeAccuracy()).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void oneGoldTimexMatchesAtMostOneSystemTimex() {
        // "three" and "days" both overlap "three days": only the first gets its id, as in the official normalizer.
        TimexScorer.Counts c = TimexScorer.score(doc, List.of(sys("three", "DURATION", "P3D"), sys("days", "DURATION", "P3D")));
        assertThat(c.relaxed()).isEqualTo(1);
        assertThat(c.value()).isEqualTo(1);
        assertThat(c.system()).isEqualTo(2);
    }

    @Test
    void aGoldEventRightAfterAGoldTimexKeepsItOpenAsTheOfficialAlignmentDoes() {
        // Gold "Friday" is followed by the gold EVENT "talks"; a system timex starting on "talks" is aligned to
        // "Friday" by the official TimeML-Normalizer (its token tags B-EVENT do not close a timex).
        TimexScorer.Counts c = TimexScorer.score(doc, List.of(sys("talks", "DATE", "2025-04-25")));
        assertThat(c.relaxed()).isEqualTo(1);
        assertThat(c.strict()).isZero();
        // A plain token in between closes it.
        TimexScorer.Counts d = TimexScorer.score(doc, List.of(sys("resumed", "DATE", "2025-04-25")));
        assertThat(d.relaxed()).isZero();
    }

    @Test
    void nothingToScoreGivesZeroes() {
        TimexScorer.Metrics m = TimexScorer.score(doc, List.of()).metrics();
        assertThat(m.relaxedF1()).isZero();
        assertThat(m.valueF1()).isZero();
        assertThat(TimexScorer.Counts.ZERO.metrics().strictF1()).isZero();
    }
}
