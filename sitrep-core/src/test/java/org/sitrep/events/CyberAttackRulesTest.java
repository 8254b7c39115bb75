package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.model.Layer;
import org.sitrep.model.PloverType;

/**
 * A cyber attack is coercion, not fighting: the PLOVER manual's COERCE "cyber" covers "cyberattacks and crime,
 * including hacking, security breaches, website attacks". Hand parse of a sentence written for this test; typed by
 * the rules alone.
 */
class CyberAttackRulesTest {
    @Test
    void aCyberAttackIsCoercion() {
        Doc doc = Parsed.of("Estonia blamed Moscow for a cyber attack on its banks.", "Estonia NNP estonia 2 nsubj",
                        "blamed VBD blame 0 root", "Moscow NNP moscow 2 obj", "for IN for 7 case", "a DT a 7 det",
                        "cyber JJ cyber 7 amod", "attack NN attack 2 obl", "on IN on 10 case",
                        "its PRP$ its 10 nmod:poss", "banks NNS bank 7 nmod", ". . . 2 punct")
                .actor("Estonia", "EST").actor("Moscow", "RUS").doc();
        doc = new EventExtractor(CameoLexicon.standard(), Optional.empty()).apply(doc);
        assertThat(doc.get(Layer.EVENTS)).extracting(Event::type).contains(PloverType.COERCE)
                .doesNotContain(PloverType.FIGHT);
    }
}
