package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.PloverType;

class PloverMappingsTest {
    private final PloverMappings m = PloverMappings.standard();

    @Test
    void everyTypeHasARootCodeOfTwoDigits() {
        for (PloverType t : PloverType.values()) assertThat(m.cameoRoot(t)).matches("\\d\\d");
        assertThat(m.cameoRoot(PloverType.FIGHT)).isEqualTo("19");
        assertThat(m.cameoRoot(PloverType.DEMAND)).isEqualTo("10");
    }

    @Test
    void theMostSpecificRowWins() {
        assertThat(m.of(PloverType.FIGHT, "", "190").acledSubEventType()).isEqualTo("Armed clash");
        assertThat(m.of(PloverType.FIGHT, "heavy-weapons", "195").acledSubEventType()).isEqualTo("Air/drone strike");
        assertThat(m.of(PloverType.PROTEST, "riot", "145").acledEventType()).isEqualTo("Riots");
        assertThat(m.of(PloverType.COERCE, "seize", "192").acledSubEventType()).isEqualTo("Non-state actor overtakes territory");
    }

    @Test
    void cameoCodesMapToPlover() {
        CameoLexicon c = CameoLexicon.standard();
        assertThat(c.plover("0874").orElseThrow().type()).isEqualTo(PloverType.RETREAT);
        assertThat(c.plover("1123").orElseThrow().type()).isEqualTo(PloverType.ACCUSE);
        assertThat(c.plover("111").orElseThrow().type()).isEqualTo(PloverType.DISAPPROVE);
        assertThat(c.plover("193").orElseThrow().type()).isEqualTo(PloverType.FIGHT);
        assertThat(c.plover("192").orElseThrow().type()).isEqualTo(PloverType.COERCE);
        assertThat(c.plover("0256").orElseThrow().type()).isEqualTo(PloverType.DEMAND);
        assertThat(c.cameo("accuse", java.util.List.of())).contains("112");
        assertThat(c.cameo("call", java.util.List.of("for", "ceasefire"))).hasValueSatisfying(v -> assertThat(v).startsWith("02"));
    }
}
