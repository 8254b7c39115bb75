package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Assertion.Kind;
import org.sitrep.model.Doc;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Layer;

/**
 * Unnamed ground located by the phrase after it (issue 10, session 22): "occupied territories in P" are held in P
 * though the parser hangs the "in" phrase on the noun above the held one. Hand parses (as CoreNLP gives
 * them) of sentences written for these tests.
 */
class GroundPhraseRulesTest {
    private static java.util.List<String> controlled(Doc doc) {
        return doc.get(Layer.ASSERTIONS).stream().filter(a -> a.kind() == Kind.CONTROL)
                .map(a -> a.placeName().of(doc.text())).toList();
    }

    @Test
    void occupiedTerritoriesInARegionAreHeldThere() {
        // "in the Kherson region" hangs on "share", not on the held "territories"
        Doc doc = Parsed.of("The share of occupied territories in the Kherson region has shrunk.",
                        "The DT the 2 det", "share NN share 11 nsubj", "of IN of 5 case",
                        "occupied JJ occupied 5 amod", "territories NNS territory 2 nmod", "in IN in 9 case",
                        "the DT the 9 det", "Kherson NNP Kherson 9 compound", "region NN region 2 nmod",
                        "has VBZ have 11 aux", "shrunk VBN shrink 0 root", ". . . 11 punct")
                .place("Kherson region", FeatureKind.ADMIN1, "UA").analyzed();
        assertThat(controlled(doc)).containsExactly("Kherson region");
    }

    @Test
    void aPhraseAfterANounOfAnotherKindLocatesNoGround() {
        // "the occupied people in the Kherson region": people are no ground the phrase could locate
        Doc doc = Parsed.of("The share of occupied people in the Kherson region has shrunk.",
                        "The DT the 2 det", "share NN share 11 nsubj", "of IN of 5 case",
                        "occupied JJ occupied 5 amod", "people NNS people 2 nmod", "in IN in 9 case",
                        "the DT the 9 det", "Kherson NNP Kherson 9 compound", "region NN region 2 nmod",
                        "has VBZ have 11 aux", "shrunk VBN shrink 0 root", ". . . 11 punct")
                .place("Kherson region", FeatureKind.ADMIN1, "UA").analyzed();
        assertThat(controlled(doc)).isEmpty();
    }
}
