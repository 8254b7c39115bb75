package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.model.Layer;
import org.sitrep.model.PloverType;

/**
 * A verb that begins, holds, keeps or imposes what its object names is that event ("renewed negotiations" a
 * negotiation, "declared a state of emergency" its imposing), as is one said of its subject that it goes on ("protests
 * continued"). Hand parses of sentences written for these tests.
 */
class EventNounRulesTest {
    @Test
    void renewedNegotiationsAreAConsultation() {
        Doc doc = Parsed.of("Kenya renewed negotiations with Somalia.", "Kenya NNP kenya 2 nsubj",
                        "renewed VBD renew 0 root", "negotiations NNS negotiation 2 obj", "with IN with 5 case",
                        "Somalia NNP somalia 2 obl", ". . . 2 punct")
                .actor("Kenya", "KEN").actor("Somalia", "SOM").analyzed();
        assertThat(doc.get(Layer.EVENTS)).extracting(Event::type).containsExactly(PloverType.CONSULT);
    }

    @Test
    void protestsThatContinueAreAProtest() {
        Doc doc = Parsed.of("Protests against the Georgian government continued.", "Protests NNS protest 6 nsubj",
                        "against IN against 5 case", "the DT the 5 det", "Georgian JJ georgian 5 amod",
                        "government NN government 1 nmod", "continued VBD continue 0 root", ". . . 6 punct")
                .actor("Georgian government", "GEOGOV").analyzed();
        assertThat(doc.get(Layer.EVENTS)).extracting(Event::type).containsExactly(PloverType.PROTEST);
    }

    @Test
    void declaringAStateOfEmergencyIsCoercion() {
        Doc doc = Parsed.of("Ecuador declared a state of emergency in Guayaquil.", "Ecuador NNP ecuador 2 nsubj",
                        "declared VBD declare 0 root", "a DT a 4 det", "state NN state 2 obj", "of IN of 6 case",
                        "emergency NN emergency 4 nmod", "in IN in 8 case", "Guayaquil NNP guayaquil 2 obl",
                        ". . . 2 punct")
                .actor("Ecuador", "ECU").analyzed();
        assertThat(doc.get(Layer.EVENTS)).extracting(Event::type, Event::cameo)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PloverType.COERCE, "1724"));
    }
}
