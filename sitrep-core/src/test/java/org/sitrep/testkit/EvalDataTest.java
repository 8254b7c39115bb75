package org.sitrep.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.testkit.EvalData.Verdict;

class EvalDataTest {
    @Test
    void aPresentSetIsUsedWhateverTheEnvironment() {
        assertThat(EvalData.verdict(true, Map.of("CI", "true"))).isEqualTo(Verdict.PRESENT);
        assertThat(EvalData.verdict(true, Map.of())).isEqualTo(Verdict.PRESENT);
    }

    @Test
    void aMissingSetSkipsOutsideCi() {
        assertThat(EvalData.verdict(false, Map.of())).isEqualTo(Verdict.SKIP);
        assertThat(EvalData.verdict(false, Map.of("CI", "false"))).isEqualTo(Verdict.SKIP);
    }

    @Test
    void aMissingSetFailsUnderCi() {
        assertThat(EvalData.verdict(false, Map.of("CI", "true"))).isEqualTo(Verdict.FAIL);
        assertThat(EvalData.verdict(false, Map.of("CI", "TRUE", "SITREP_EVAL_OPTIONAL", "0"))).isEqualTo(Verdict.FAIL);
    }

    @Test
    void underCiTheSetCanBeDeclaredOptional() {
        assertThat(EvalData.verdict(false, Map.of("CI", "true", "SITREP_EVAL_OPTIONAL", "1"))).isEqualTo(Verdict.SKIP);
    }
}
