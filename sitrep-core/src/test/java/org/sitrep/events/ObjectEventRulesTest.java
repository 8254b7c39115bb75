package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.model.Layer;
import org.sitrep.model.PloverType;

/**
 * A verb whose object says what it does: easing a measure is yielding (CONCEDE), cutting aid reduces relations
 * (SANCTION), restoring ties is diplomatic cooperation (SUPPORT), sending medicine or arms is AID, blocking a road
 * obstructs passage (PROTEST). By the rules alone (the bundled model is not tested here). Hand parses of sentences
 * written for these tests.
 */
class ObjectEventRulesTest {
    private static PloverType type(Parsed parsed) {
        Doc doc = new EventExtractor(CameoLexicon.standard(), Optional.empty()).apply(parsed.doc());
        assertThat(doc.get(Layer.EVENTS)).hasSize(1);
        return doc.get(Layer.EVENTS).get(0).type();
    }

    @Test
    void easingMeasuresIsAConcession() {
        assertThat(type(Parsed.of("Peru eased the border measures for Bolivian traders.", "Peru NNP peru 2 nsubj",
                        "eased VBD ease 0 root", "the DT the 5 det", "border NN border 5 compound",
                        "measures NNS measure 2 obj", "for IN for 8 case", "Bolivian JJ bolivian 8 amod",
                        "traders NNS trader 5 nmod", ". . . 2 punct")
                .actor("Peru", "PER").actor("Bolivian traders", "BOLBUS"))).isEqualTo(PloverType.CONCEDE);
    }

    @Test
    void reducingAidIsASanction() {
        assertThat(type(Parsed.of("Belgium reduced its aid to Burundi.", "Belgium NNP belgium 2 nsubj",
                        "reduced VBD reduce 0 root", "its PRP$ its 4 nmod:poss", "aid NN aid 2 obj", "to IN to 6 case",
                        "Burundi NNP burundi 2 obl", ". . . 2 punct")
                .actor("Belgium", "BEL").actor("Burundi", "BDI"))).isEqualTo(PloverType.SANCTION);
    }

    @Test
    void restoringDiplomaticTiesIsSupport() {
        assertThat(type(Parsed.of("Bolivia restored diplomatic ties with Chile.", "Bolivia NNP bolivia 2 nsubj",
                        "restored VBD restore 0 root", "diplomatic JJ diplomatic 4 amod", "ties NNS tie 2 obj",
                        "with IN with 6 case", "Chile NNP chile 2 obl", ". . . 2 punct")
                .actor("Bolivia", "BOL").actor("Chile", "CHL"))).isEqualTo(PloverType.SUPPORT);
    }

    @Test
    void shippingMedicineIsAid() {
        assertThat(type(Parsed.of("Norway shipped two tonnes of medicine to Sudan.", "Norway NNP norway 2 nsubj",
                        "shipped VBD ship 0 root", "two CD two 4 nummod", "tonnes NNS tonne 2 obj", "of IN of 6 case",
                        "medicine NN medicine 4 nmod", "to IN to 8 case", "Sudan NNP sudan 2 obl", ". . . 2 punct")
                .actor("Norway", "NOR").actor("Sudan", "SDN"))).isEqualTo(PloverType.AID);
    }

    @Test
    void blockingAHighwayIsAProtest() {
        assertThat(type(Parsed.of("Peruvian farmers blocked the highway to Lima.", "Peruvian JJ peruvian 2 amod",
                        "farmers NNS farmer 3 nsubj", "blocked VBD block 0 root", "the DT the 5 det",
                        "highway NN highway 3 obj", "to IN to 7 case", "Lima NNP lima 5 nmod", ". . . 3 punct")
                .actor("Peruvian farmers", "PERAGR"))).isEqualTo(PloverType.PROTEST);
    }
}
