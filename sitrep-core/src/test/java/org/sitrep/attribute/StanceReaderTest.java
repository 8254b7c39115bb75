package org.sitrep.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Claim;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.model.CueClass;
import org.sitrep.model.Stance;
import org.sitrep.model.ClaimPolarity;

class StanceReaderTest {
    private static Claim only(Doc doc) {
        List<Claim> claims = new ClaimExtractor(null).apply(doc).get(Layer.CLAIMS);
        assertThat(claims).hasSize(1);
        return claims.get(0);
    }

    @Test
    void aPlainReportIsNeutralAndAsserts() {
        Claim c = only(ClaimFixtures.saidOnTuesday());
        assertThat(c.stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(c.polarity()).isEqualTo(ClaimPolarity.ASSERTS);
    }

    @Test
    void allegedlyBeforeTheCueDistancesAndADenialDenies() {
        Claim c = only(ClaimFixtures.allegedDenial());
        assertThat(c.stance()).isEqualTo(Stance.DISTANCED);
        assertThat(c.polarity()).isEqualTo(ClaimPolarity.DENIES);
        assertThat(c.cueClass()).isEqualTo(CueClass.DENY);
    }

    @Test
    void oneScareQuotedWordInTheContentDistances() {
        Claim c = only(ClaimFixtures.scareQuoted());
        assertThat(c.stance()).isEqualTo(Stance.DISTANCED);
        assertThat(c.content().of(ClaimFixtures.scareQuoted().text())).isEqualTo("its forces had \"liberated\" the village");
    }

    @Test
    void sayingSomethingViolatesIsAnAccusation() {
        assertThat(only(ClaimFixtures.accusingContent()).cueClass()).isEqualTo(CueClass.ACCUSE);
    }

    @Test
    void aDistancingCueDistancesAndPolarityFollowsTheClass() {
        assertThat(StanceReader.polarity(CueClass.DENY)).isEqualTo(ClaimPolarity.DENIES);
        assertThat(StanceReader.polarity(CueClass.ACCUSE)).isEqualTo(ClaimPolarity.ASSERTS);
        SentenceGraph g = SentenceGraph.of(ClaimFixtures.saidOnTuesday()).get(0);
        assertThat(StanceReader.stance(g, new Cue(4, 4, 4, "claim", CueClass.ASSERT), new int[] {8, 13})).isEqualTo(Stance.DISTANCED);
        assertThat(StanceReader.stance(g, new Cue(4, 4, 4, "say", CueClass.ASSERT), new int[] {8, 13})).isEqualTo(Stance.NEUTRAL);
    }
}
