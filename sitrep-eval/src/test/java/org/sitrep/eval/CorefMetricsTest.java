package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorefMetricsTest {
    @Test
    void identicalPartitionsScoreHundred() {
        var key = CorefMetrics.assignment(List.of(List.of("a", "b", "c"), List.of("d"), List.of("e", "f")));
        CorefMetrics.Scores s = CorefMetrics.score(key, key);
        assertThat(s.conll()).isCloseTo(100, within(1e-9));
    }

    @Test
    void handComputedCase() {
        // key {a b c} {d e}; response {a b} {c d e}
        var key = CorefMetrics.assignment(List.of(List.of("a", "b", "c"), List.of("d", "e")));
        var resp = CorefMetrics.assignment(List.of(List.of("a", "b"), List.of("c", "d", "e")));
        CorefMetrics.Scores s = CorefMetrics.score(key, resp);
        // MUC: recall (3-2 + 2-1)/(2+1) = 2/3; precision (2-1 + 3-2)/(1+2) = 2/3
        assertThat(s.muc().recall()).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(s.muc().precision()).isCloseTo(200.0 / 3, within(1e-9));
        // B3 recall: a,b 2/3 each, c 1/3, d,e 1 each = 11/3 of 5; precision: a,b 1, c 1/3, d,e 2/3 = 11/3 of 5
        assertThat(s.b3().recall()).isCloseTo(100 * 11.0 / 15, within(1e-9));
        assertThat(s.b3().precision()).isCloseTo(100 * 11.0 / 15, within(1e-9));
        // CEAF-e: best alignment {abc}-{ab} 2*2/5 + {de}-{cde} 2*2/5 = 1.6; / 2 clusters each
        assertThat(s.ceafe().f1()).isCloseTo(80, within(1e-9));
    }

    @Test
    void allSingletonsHaveNoMucAndFullB3Precision() {
        var key = CorefMetrics.assignment(List.of(List.of("a", "b"), List.of("c")));
        var resp = CorefMetrics.assignment(List.of(List.of("a"), List.of("b"), List.of("c")));
        CorefMetrics.Scores s = CorefMetrics.score(key, resp);
        assertThat(s.muc().f1()).isZero();
        assertThat(s.b3().precision()).isCloseTo(100, within(1e-9));
        assertThat(s.b3().recall()).isCloseTo(100.0 * (0.5 + 0.5 + 1) / 3, within(1e-9));
    }

    @Test
    void assignmentSolverFindsTheBestMatching() {
        double[][] w = {{0.9, 0.8}, {0.85, 0.1}};
        assertThat(CorefMetrics.maxAssignment(w)).isCloseTo(1.65, within(1e-9));
        assertThat(CorefMetrics.maxAssignment(new double[][]{{0.2, 0.7, 0.1}})).isCloseTo(0.7, within(1e-9));
    }

    @Test
    void stemmerJoinsInflectionsAndIrregularForms() {
        assertThat(HeadStemmer.headStem(List.of("shot"))).isEqualTo(HeadStemmer.headStem(List.of("shooting")));
        assertThat(HeadStemmer.stem("arrested")).isEqualTo(HeadStemmer.stem("arrests"));
        assertThat(HeadStemmer.stem("stopped")).isEqualTo("stop");
        assertThat(HeadStemmer.headStem(List.of("handing", "over"))).isEqualTo("hand");
        assertThat(HeadStemmer.headStem(List.of())).isEqualTo("");
    }
}
