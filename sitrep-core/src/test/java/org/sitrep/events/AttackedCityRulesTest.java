package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Assertion;
import org.sitrep.model.Assertion.Kind;
import org.sitrep.model.Doc;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Layer;

/**
 * A city attacked by a fighting noun is where the fighting is, though its name also stands for its government and
 * so is the attack's target ("the attack on Kyiv", "an offensive against Tripoli"), as a country attacked already was
 * ("her assault on Ukraine"). Issue 10: real-news dev gave such attacks another place of the sentence or none. Hand
 * parse (as CoreNLP gives it) of a sentence written for this test.
 */
class AttackedCityRulesTest {
    @Test
    void aCityThatIsTheTargetOfAnAssaultIsItsPlace() {
        Doc doc = Parsed.of("The assault on Odesa failed because of stubborn resistance.",
                        "The DT the 2 det", "assault NN assault 5 nsubj", "on IN on 4 case", "Odesa NNP Odesa 2 nmod",
                        "failed VBD fail 0 root", "because IN because 9 case", "of IN of 6 fixed",
                        "stubborn JJ stubborn 9 amod", "resistance NN resistance 5 obl", ". . . 5 punct")
                .actor("Odesa", "UKRGOV").place("Odesa", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        List<Assertion> fighting = doc.get(Layer.ASSERTIONS).stream().filter(a -> a.kind() == Kind.FIGHTING).toList();
        assertThat(fighting).hasSize(1);
        assertThat(fighting.get(0).place()).isNotNull();
        assertThat(fighting.get(0).place().place().name()).isEqualTo("Odesa");
    }
}
