package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Assertion;
import org.sitrep.model.Assertion.Kind;
import org.sitrep.model.Assertion.Mode;
import org.sitrep.model.DateBasis;
import org.sitrep.model.Doc;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Layer;

/** Trigger, mode of force and date basis on assertions (hand parses). */
class AssertionFacetsTest {
    private static Assertion first(Doc doc, Kind kind) {
        List<Assertion> as = doc.get(Layer.ASSERTIONS).stream().filter(a -> a.kind() == kind).toList();
        assertThat(as).as(kind + " in " + doc.get(Layer.ASSERTIONS)).isNotEmpty();
        return as.get(0);
    }

    @Test
    void theDeadOfADroneStrikeAreAerialAndUndatedMeansPublication() {
        Doc doc = Parsed.of("A Russian drone strike killed three people in Kharkiv.", "A DT a 4 det",
                "Russian JJ russian 4 amod", "drone NN drone 4 compound", "strike NN strike 5 nsubj",
                "killed VBD kill 0 root", "three CD three 7 nummod", "people NNS person 5 obj", "in IN in 9 case",
                "Kharkiv NNP kharkiv 5 obl")
                .actor("Russian", "RUS").place("Kharkiv", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        Assertion dead = first(doc, Kind.CASUALTIES);
        assertThat(dead.mode()).isEqualTo(Mode.AERIAL);
        assertThat(dead.trigger()).isNotBlank();
        assertThat(dead.dateBasis()).isEqualTo(DateBasis.PUBLICATION);
    }

    @Test
    void aCaptureIsGroundAndTakesItsClaimsStatementDate() {
        Doc doc = Parsed.of("The ministry said Russian forces captured Bohdanivka.", "The DT the 2 det",
                "ministry NN ministry 3 nsubj", "said VBD say 0 root", "Russian JJ russian 5 amod",
                "forces NNS force 6 nsubj", "captured VBD capture 3 ccomp", "Bohdanivka NNP bohdanivka 6 obj")
                .actor("Russian forces", "RUSMIL").place("Bohdanivka", FeatureKind.POPULATED_PLACE, "UA")
                .claim("said", "assert", "The ministry", "RUSMIL", "Russian forces captured Bohdanivka").analyzed();
        Assertion control = first(doc, Kind.CONTROL);
        assertThat(control.mode()).isEqualTo(Mode.GROUND);
        assertThat(control.trigger()).isEqualTo("capture");
        assertThat(control.dateBasis()).isEqualTo(DateBasis.EXPLICIT); // the claim's statement date, stated
    }
}
