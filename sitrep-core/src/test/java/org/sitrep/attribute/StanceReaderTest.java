package org.sitrep.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Claim;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;

class StanceReaderTest {
    private static Claim only(Doc doc) {
        List<Claim> claims = new ClaimExtractor(null).apply(doc).get(Layer.CLAIMS);
        assertThat(claims).hasSize(1);
        return claims.get(0);
    }

    @Test
    void aPlainReportIsNeutralAndAsserts() {
        Claim c = only(ClaimFixtures.saidOnTuesday());
        assertThat(c.stance()).isEqualTo("neutral");
        assertThat(c.polarity()).isEqualTo("asserts");
    }

    @Test
    void allegedlyBeforeTheCueDistancesAndADenialDenies() {
        Claim c = only(ClaimFixtures.allegedDenial());
        assertThat(c.stance()).isEqualTo("distanced");
        assertThat(c.polarity()).isEqualTo("denies");
        assertThat(c.cueClass()).isEqualTo("deny");
    }

    @Test
    void oneScareQuotedWordInTheContentDistances() {
        Claim c = only(ClaimFixtures.scareQuoted());
        assertThat(c.stance()).isEqualTo("distanced");
        assertThat(c.content().of(ClaimFixtures.scareQuoted().text())).isEqualTo("its forces had \"liberated\" the village");
    }

    @Test
    void sayingSomethingViolatesIsAnAccusation() {
        assertThat(only(ClaimFixtures.accusingContent()).cueClass()).isEqualTo("accuse");
    }

    @Test
    void aDistancingCueDistancesAndPolarityFollowsTheClass() {
        assertThat(StanceReader.polarity("deny")).isEqualTo("denies");
        assertThat(StanceReader.polarity("accuse")).isEqualTo("asserts");
        SentenceGraph g = SentenceGraph.of(ClaimFixtures.saidOnTuesday()).get(0);
        assertThat(StanceReader.stance(g, new Cue(4, 4, 4, "claim", "assert"), new int[] {8, 13})).isEqualTo("distanced");
        assertThat(StanceReader.stance(g, new Cue(4, 4, 4, "say", "assert"), new int[] {8, 13})).isEqualTo("neutral");
    }
}
