package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.model.Layer;
import org.sitrep.model.PloverType;

/**
 * Who acts in a reported clause: a pronoun subject of what is said or vowed refers back to the one saying it ("Chile
 * said it will extend the curfew"), and a participle on a statement someone issued is that maker's act ("Bolivia
 * issued a note demanding …"). Verbs only the CAMEO dictionary knows make an event only with an actor, so without
 * these the events were lost. By the rules alone; hand parses of sentences written for these tests.
 */
class ReportedAgentRulesTest {
    private static Doc events(Parsed parsed) {
        return new EventExtractor(CameoLexicon.standard(), Optional.empty()).apply(parsed.doc());
    }

    @Test
    void aPronounSubjectOfASaidClauseIsTheSayer() {
        Doc doc = events(Parsed.of("Chile said it will extend the curfew.", "Chile NNP chile 2 nsubj",
                        "said VBD say 0 root", "it PRP it 5 nsubj", "will MD will 5 aux", "extend VB extend 2 ccomp",
                        "the DT the 7 det", "curfew NN curfew 5 obj", ". . . 2 punct")
                .actor("Chile", "CHL"));
        assertThat(doc.get(Layer.EVENTS)).hasSize(1);
        Event e = doc.get(Layer.EVENTS).get(0);
        assertThat(e.type()).isEqualTo(PloverType.COERCE);
        assertThat(e.agent().code()).isEqualTo("CHL");
    }

    @Test
    void aParticipleOnAnIssuedStatementIsItsMakersAct() {
        Doc doc = events(Parsed.of("Bolivia issued a note demanding talks.", "Bolivia NNP bolivia 2 nsubj",
                        "issued VBD issue 0 root", "a DT a 4 det", "note NN note 2 obj", "demanding VBG demand 4 acl",
                        "talks NNS talk 5 obj", ". . . 2 punct")
                .actor("Bolivia", "BOL"));
        assertThat(doc.get(Layer.EVENTS)).extracting(Event::type).contains(PloverType.DEMAND);
        Event demand = doc.get(Layer.EVENTS).stream().filter(e -> e.type() == PloverType.DEMAND).findFirst().get();
        assertThat(demand.agent().code()).isEqualTo("BOL");
    }
}
