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

    private static long fighting(Doc doc) {
        return doc.get(Layer.ASSERTIONS).stream().filter(a -> a.kind() == Kind.FIGHTING).count();
    }

    @Test
    void aSiegeThatWoreDownHitlersArmyIsHistory() {
        Doc old = Parsed.of("Veterans recalled the siege of Leningrad that wore down Hitler's army.",
                        "Veterans NNS veteran 2 nsubj", "recalled VBD recall 0 root", "the DT the 4 det",
                        "siege NN siege 2 obj", "of IN of 6 case", "Leningrad NNP Leningrad 4 nmod",
                        "that WDT that 8 nsubj", "wore VBD wear 4 acl:relcl", "down RP down 8 compound:prt",
                        "Hitler NNP Hitler 12 nmod:poss", "'s POS 's 10 case", "army NN army 8 obj", ". . . 2 punct")
                .place("Leningrad", FeatureKind.POPULATED_PLACE, "RU").analyzed();
        assertThat(fighting(old)).isZero();

        Doc now = Parsed.of("Veterans recalled the siege of Mariupol that wore down the Russian army.",
                        "Veterans NNS veteran 2 nsubj", "recalled VBD recall 0 root", "the DT the 4 det",
                        "siege NN siege 2 obj", "of IN of 6 case", "Mariupol NNP Mariupol 4 nmod",
                        "that WDT that 8 nsubj", "wore VBD wear 4 acl:relcl", "down RP down 8 compound:prt",
                        "the DT the 12 det", "Russian JJ Russian 12 amod", "army NN army 8 obj", ". . . 2 punct")
                .place("Mariupol", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(fighting(now)).isEqualTo(1);
    }
}
