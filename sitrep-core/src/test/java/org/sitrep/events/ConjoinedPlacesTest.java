package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Assertion.Kind;
import org.sitrep.model.Doc;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Layer;

/**
 * Coordinated places that share one designator each get their CONTROL (issue 10: "the Donetsk and Luhansk regions"
 * gave only the first). Hand parse (as CoreNLP gives it) of a sentence written for this test.
 */
class ConjoinedPlacesTest {
    @Test
    void eachOfTwoRegionsSharingADesignatorIsHeld() {
        // the place resolver names the second "Mykolaiv regions", a span beyond the conjunct's own subtree
        Doc doc = Parsed.of("Separatists occupied areas of the Kherson and Mykolaiv regions.",
                        "Separatists NNS separatist 2 nsubj", "occupied VBD occupy 0 root", "areas NNS area 2 obj",
                        "of IN of 9 case", "the DT the 9 det", "Kherson NNP Kherson 9 compound", "and CC and 8 cc",
                        "Mykolaiv NNP Mykolaiv 6 conj", "regions NNS region 3 nmod", ". . . 2 punct")
                .place("Kherson", FeatureKind.ADMIN1, "UA").place("Mykolaiv regions", FeatureKind.ADMIN1, "UA")
                .analyzed();
        assertThat(doc.get(Layer.ASSERTIONS).stream().filter(a -> a.kind() == Kind.CONTROL))
                .extracting(a -> a.placeName().of(doc.text()))
                .containsExactlyInAnyOrder("Kherson", "Mykolaiv regions");
    }
}
