package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Assertion;
import org.sitrep.model.Assertion.Kind;
import org.sitrep.model.Doc;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Layer;
import org.sitrep.model.Modality;

/** Fights of the police, protesters and gangs are unrest or crime, not war (hand parses of invented sentences). */
class CivilUnrestRulesTest {
    private static List<Assertion> fighting(Doc doc) {
        return doc.get(Layer.ASSERTIONS).stream()
                .filter(a -> a.kind() == Kind.FIGHTING && a.modality() == Modality.ACTUAL).toList();
    }

    @Test
    void aClashWithThePoliceIsNoFighting() {
        Doc riot = Parsed.of("Rioters clashed with police in Lviv.", "Rioters NNS rioter 2 nsubj",
                "clashed VBD clash 0 root", "with IN with 4 case", "police NNS police 2 obl", "in IN in 6 case",
                "Lviv NNP lviv 2 obl").place("Lviv", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(fighting(riot)).isEmpty();

        Doc between = Parsed.of("Night clashes between protesters and police shook Lviv.", "Night NN night 2 compound",
                "clashes NNS clash 7 nsubj", "between IN between 4 case", "protesters NNS protester 2 nmod",
                "and CC and 6 cc", "police NNS police 4 conj", "shook VBD shake 0 root", "Lviv NNP lviv 7 obj")
                .place("Lviv", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(fighting(between)).isEmpty();

        Doc war = Parsed.of("Marines clashed with paratroopers in Lviv.", "Marines NNS marine 2 nsubj",
                "clashed VBD clash 0 root", "with IN with 4 case", "paratroopers NNS paratrooper 2 obl",
                "in IN in 6 case", "Lviv NNP lviv 2 obl").place("Lviv", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(fighting(war)).hasSize(1);
    }
}
