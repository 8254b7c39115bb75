package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.PloverType;

class EventEvaluationTest {
    @Test
    void theGoldSchemeHasNoAccuseInvestigatingIsInvestigateTheRestDisapprove() {
        assertThat(EventEvaluation.inGoldScheme(PloverType.ACCUSE, PloverType.ACCUSE, "090")).isEqualTo(PloverType.INVESTIGATE);
        assertThat(EventEvaluation.inGoldScheme(PloverType.ACCUSE, PloverType.ACCUSE, "0911")).isEqualTo(PloverType.INVESTIGATE);
        assertThat(EventEvaluation.inGoldScheme(PloverType.ACCUSE, PloverType.ACCUSE, "112")).isEqualTo(PloverType.DISAPPROVE);
        assertThat(EventEvaluation.inGoldScheme(PloverType.ACCUSE, PloverType.ACCUSE, "114")).isEqualTo(PloverType.DISAPPROVE);
        assertThat(EventEvaluation.inGoldScheme(PloverType.ACCUSE, null, null)).isEqualTo(PloverType.DISAPPROVE);
    }

    @Test
    void codesThe2021TableMovedGoBack() {
        assertThat(EventEvaluation.inGoldScheme(PloverType.ASSAULT, PloverType.ASSAULT, "1712")).isEqualTo(PloverType.COERCE);
        assertThat(EventEvaluation.inGoldScheme(PloverType.ASSAULT, PloverType.ASSAULT, "175")).isEqualTo(PloverType.COERCE);
        assertThat(EventEvaluation.inGoldScheme(PloverType.RETREAT, PloverType.RETREAT, "0814")).isEqualTo(PloverType.CONCEDE);
        assertThat(EventEvaluation.inGoldScheme(PloverType.RETREAT, PloverType.RETREAT, "0874")).isEqualTo(PloverType.RETREAT);
        assertThat(EventEvaluation.inGoldScheme(PloverType.ASSAULT, PloverType.ASSAULT, "180")).isEqualTo(PloverType.ASSAULT);
    }

    @Test
    void aTypeTheCodersConventionGaveOrOneWithoutACodeStays() {
        // "will demolish" is a threat, not the demolition's type
        assertThat(EventEvaluation.inGoldScheme(PloverType.THREATEN, PloverType.ASSAULT, "1712")).isEqualTo(PloverType.THREATEN);
        assertThat(EventEvaluation.inGoldScheme(PloverType.FIGHT, PloverType.FIGHT, null)).isEqualTo(PloverType.FIGHT);
        for (PloverType t : PloverType.values())
            if (t != PloverType.ACCUSE) assertThat(EventEvaluation.inGoldScheme(t, t, "040")).isEqualTo(t);
        assertThat(EventEvaluation.inGoldScheme(null, null, null)).isNull();
    }
}
