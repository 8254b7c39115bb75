package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Assertion.Kind;
import org.sitrep.model.Doc;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Layer;

/**
 * The Soviet Union's army and the Nazi camps mark the Second World War's events as history (issue 10: the liberation
 * of a camp "by the Soviet Army" read as CONTROL in the real-news dev2 split). Hand parses (as CoreNLP gives them) of
 * sentences written for these tests.
 */
class OldArmiesRulesTest {
    private static long control(Doc doc) {
        return doc.get(Layer.ASSERTIONS).stream().filter(a -> a.kind() == Kind.CONTROL).count();
    }

    @Test
    void theSovietArmyTakingATownIsHistoryTheUkrainianArmyIsNot() {
        Doc soviet = Parsed.of("The Soviet Army liberated Lublin.", "The DT the 3 det",
                        "Soviet NNP Soviet 3 compound", "Army NNP Army 4 nsubj", "liberated VBD liberate 0 root",
                        "Lublin NNP Lublin 4 obj", ". . . 4 punct")
                .place("Lublin", FeatureKind.POPULATED_PLACE, "PL").analyzed();
        assertThat(control(soviet)).isZero();

        Doc now = Parsed.of("The Ukrainian army liberated Lyman.", "The DT the 3 det",
                        "Ukrainian JJ Ukrainian 3 amod", "army NN army 4 nsubj", "liberated VBD liberate 0 root",
                        "Lyman NNP Lyman 4 obj", ". . . 4 punct")
                .actor("Ukrainian army", "UKRMIL").place("Lyman", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(control(now)).isEqualTo(1);
    }

    @Test
    void theLiberationOfANaziCampIsHistory() {
        Doc camp = Parsed.of("Crowds marked the liberation of a Nazi death camp in Poland.",
                        "Crowds NNS crowd 2 nsubj", "marked VBD mark 0 root", "the DT the 4 det",
                        "liberation NN liberation 2 obj", "of IN of 9 case",
                        "a DT a 9 det", "Nazi NNP Nazi 9 compound", "death NN death 9 compound", "camp NN camp 4 nmod",
                        "in IN in 11 case", "Poland NNP Poland 9 nmod", ". . . 2 punct")
                .place("Poland", FeatureKind.COUNTRY, "PL").analyzed();
        assertThat(control(camp)).isZero();
    }
}
