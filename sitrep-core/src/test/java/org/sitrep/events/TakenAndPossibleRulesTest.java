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

/**
 * "Take" that takes no ground ("took place", "was taken to the village", "took him through the town"), and a deed
 * said to be possible or impossible, which is not done. Sentences written for these tests, parsed as CoreNLP parses
 * them.
 */
class TakenAndPossibleRulesTest {
    private static List<Assertion> actual(Doc doc, Kind kind) {
        return doc.get(Layer.ASSERTIONS).stream().filter(a -> a.kind() == kind && a.modality() == Modality.ACTUAL)
                .toList();
    }

    @Test
    void whatTookPlaceInAVillageTookNoVillage() {
        Doc doc = Parsed.of("The envoy said the killings had taken place in the village of Motyzhyn.",
                        "The DT the 2 det", "envoy NN envoy 3 nsubj", "said VBD say 0 root", "the DT the 5 det",
                        "killings NNS killing 7 nsubj", "had VBD have 7 aux", "taken VBN take 3 ccomp",
                        "place NN place 7 obj", "in IN in 11 case", "the DT the 11 det", "village NN village 7 obl",
                        "of IN of 13 case", "Motyzhyn NNP motyzhyn 11 nmod", ". . . 3 punct")
                .place("Motyzhyn", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(actual(doc, Kind.CONTROL)).isEmpty();
        assertThat(doc.get(Layer.EVENTS)).noneMatch(e -> e.trigger().equals("take"));
    }

    @Test
    void aVisitorTakenToAVillageTakesNoVillage() {
        Doc doc = Parsed.of("The minister was taken to the village of Yahidne.", "The DT the 2 det",
                        "minister NN minister 4 nsubj:pass", "was VBD be 4 aux:pass", "taken VBN take 0 root",
                        "to IN to 7 case", "the DT the 7 det", "village NN village 4 obl", "of IN of 9 case",
                        "Yahidne NNP yahidne 7 nmod", ". . . 4 punct")
                .place("Yahidne", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(actual(doc, Kind.CONTROL)).isEmpty();
    }

    @Test
    void aTourThatTookHimThroughATownTookNoTown() {
        Doc doc = Parsed.of("The visit also took him through the town of Irpin.", "The DT the 2 det",
                        "visit NN visit 4 nsubj", "also RB also 4 advmod", "took VBD take 0 root", "him PRP he 4 obj",
                        "through IN through 8 case", "the DT the 8 det", "town NN town 4 obl", "of IN of 10 case",
                        "Irpin NNP irpin 8 nmod", ". . . 4 punct")
                .place("Irpin", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(actual(doc, Kind.CONTROL)).isEmpty();
    }

    @Test
    void troopsThatTookAVillageStillTookIt() {
        Doc doc = Parsed.of("Russian troops took the village of Novomykhailivka.", "Russian JJ russian 2 amod",
                        "troops NNS troops 3 nsubj", "took VBD take 0 root", "the DT the 5 det",
                        "village NN village 3 obj", "of IN of 7 case", "Novomykhailivka NNP novomykhailivka 5 nmod",
                        ". . . 3 punct")
                .actor("Russian troops", "RUSMIL").place("Novomykhailivka", FeatureKind.POPULATED_PLACE, "UA")
                .analyzed();
        assertThat(actual(doc, Kind.CONTROL)).hasSize(1);
    }

    @Test
    void aStormSaidToBePossibleIsNoStorm() {
        Doc doc = Parsed.of("The Belarusian leader said it is possible to storm Kyiv within days.", "The DT the 3 det",
                        "Belarusian JJ belarusian 3 amod", "leader NN leader 4 nsubj", "said VBD say 0 root",
                        "it PRP it 7 nsubj", "is VBZ be 7 cop", "possible JJ possible 4 ccomp", "to TO to 9 mark",
                        "storm VB storm 7 xcomp", "Kyiv NNP kyiv 9 obj", "within IN within 12 case",
                        "days NNS day 9 obl", ". . . 4 punct")
                .actor("Belarusian leader", "BLRGOV").place("Kyiv", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(actual(doc, Kind.FIGHTING)).isEmpty();
    }

    @Test
    void aCaptureSaidToBeImpossibleIsNoCapture() {
        Doc doc = Parsed.of("He said it is impossible to seize Kharkiv quickly.", "He PRP he 2 nsubj",
                        "said VBD say 0 root", "it PRP it 5 nsubj", "is VBZ be 5 cop", "impossible JJ impossible 2 ccomp",
                        "to TO to 7 mark", "seize VB seize 5 xcomp", "Kharkiv NNP kharkiv 7 obj",
                        "quickly RB quickly 7 advmod", ". . . 2 punct")
                .place("Kharkiv", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(actual(doc, Kind.CONTROL)).isEmpty();
    }
}
