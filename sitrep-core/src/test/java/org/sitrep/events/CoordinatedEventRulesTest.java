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
 * A taking coordinated with another event (issue 10, session 20): in "the annexation of Sevastopol and the war in
 * Luhansk" the war has its own place, which the annexation does not take, whether the parser makes "war" a conjunct
 * of the annexed place or of the annexation. Hand parses (as CoreNLP gives them) of sentences written for these tests.
 */
class CoordinatedEventRulesTest {
    private static List<String> controlled(Doc doc) {
        return doc.get(Layer.ASSERTIONS).stream().filter(a -> a.kind() == Kind.CONTROL)
                .map(a -> a.placeName().of(doc.text())).toList();
    }

    private static Parsed places(Parsed p) {
        return p.place("Sevastopol", FeatureKind.POPULATED_PLACE, "UA").place("Luhansk", FeatureKind.ADMIN1, "UA");
    }

    @Test
    void aWarCoordinatedWithTheAnnexedPlaceIsNoPlaceAnnexed() {
        // "war" made a conjunct of "Sevastopol"
        Doc doc = places(Parsed.of("The annexation of Sevastopol and the war in Luhansk shaped the decade.",
                "The DT the 2 det", "annexation NN annexation 10 nsubj", "of IN of 4 case",
                "Sevastopol NNP Sevastopol 2 nmod", "and CC and 7 cc", "the DT the 7 det", "war NN war 4 conj",
                "in IN in 9 case", "Luhansk NNP Luhansk 7 nmod", "shaped VBD shape 0 root", "the DT the 12 det",
                "decade NN decade 10 obj", ". . . 10 punct")).analyzed();
        assertThat(controlled(doc)).containsExactly("Sevastopol");
    }

    @Test
    void aWarCoordinatedWithTheAnnexationIsNoPlaceAnnexed() {
        // "war" made a conjunct of "annexation"
        Doc doc = places(Parsed.of("Rail traffic fell after the annexation of Sevastopol and the war in Luhansk.",
                "Rail NN rail 2 compound", "traffic NN traffic 3 nsubj", "fell VBD fall 0 root", "after IN after 6 case",
                "the DT the 6 det", "annexation NN annexation 3 obl", "of IN of 8 case",
                "Sevastopol NNP Sevastopol 6 nmod", "and CC and 11 cc", "the DT the 11 det", "war NN war 6 conj",
                "in IN in 13 case", "Luhansk NNP Luhansk 11 nmod", ". . . 3 punct")).analyzed();
        assertThat(controlled(doc)).containsExactly("Sevastopol");
    }

    @Test
    void partsCoordinatedWithTheAnnexedPlaceAreAnnexedToo() {
        Doc doc = places(Parsed.of("The annexation of Sevastopol and parts of Luhansk shaped the decade.",
                "The DT the 2 det", "annexation NN annexation 9 nsubj", "of IN of 4 case",
                "Sevastopol NNP Sevastopol 2 nmod", "and CC and 6 cc", "parts NNS part 4 conj", "of IN of 8 case",
                "Luhansk NNP Luhansk 6 nmod", "shaped VBD shape 0 root", "the DT the 11 det",
                "decade NN decade 9 obj", ". . . 9 punct")).analyzed();
        assertThat(controlled(doc)).containsExactlyInAnyOrder("Sevastopol", "Luhansk");
    }
}
