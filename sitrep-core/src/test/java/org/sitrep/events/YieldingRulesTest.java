package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.model.Layer;
import org.sitrep.model.PloverType;

/**
 * Verbs whose PLOVER type the manual fixes where the CAMEO dictionary gives another or none: a resignation and a
 * surrender are RETREAT ("RETREAT also covers resignations of government officials"; CAMEO 0874 retreat or surrender
 * militarily), and rejecting is REJECT by itself (CAMEO 12), whatever is rejected. Hand parses of sentences written
 * for these tests.
 */
class YieldingRulesTest {
    @Test
    void aResignationIsARetreat() {
        Doc doc = Parsed.of("The Moldovan defence minister resigned on Friday.", "The DT the 4 det",
                        "Moldovan JJ moldovan 4 amod", "defence NN defence 4 compound", "minister NN minister 5 nsubj",
                        "resigned VBD resign 0 root", "on IN on 7 case", "Friday NNP friday 5 obl", ". . . 5 punct")
                .actor("Moldovan defence minister", "MDAGOV").analyzed();
        assertThat(doc.get(Layer.EVENTS)).extracting(Event::type).containsExactly(PloverType.RETREAT);
    }

    @Test
    void aSurrenderIsARetreat() {
        Doc doc = Parsed.of("Two hundred militiamen surrendered to Malian troops.", "Two CD two 2 compound",
                        "hundred CD hundred 3 nummod", "militiamen NNS militiaman 4 nsubj",
                        "surrendered VBD surrender 0 root", "to IN to 7 case", "Malian JJ malian 7 amod",
                        "troops NNS troop 4 obl", ". . . 4 punct")
                .actor("militiamen", "MLIREB").actor("Malian troops", "MLIMIL").analyzed();
        assertThat(doc.get(Layer.EVENTS)).extracting(Event::type).containsExactly(PloverType.RETREAT);
    }

    @Test
    void rejectingAPlanIsARejection() {
        Doc doc = Parsed.of("Armenia rejected the Azerbaijani peace plan.", "Armenia NNP armenia 2 nsubj",
                        "rejected VBD reject 0 root", "the DT the 6 det", "Azerbaijani JJ azerbaijani 6 amod",
                        "peace NN peace 6 compound", "plan NN plan 2 obj", ". . . 2 punct")
                .actor("Armenia", "ARM").actor("Azerbaijani", "AZE").doc();
        // by the rules alone: the bundled model, which types a sentence the rules find no event in, is not tested here
        doc = new EventExtractor(CameoLexicon.standard(), Optional.empty()).apply(doc);
        assertThat(doc.get(Layer.EVENTS)).extracting(Event::type).containsExactly(PloverType.REJECT);
    }
}
