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
 * Fire is ground fighting when forces are what it hits, not when forces fire it; "hold" is holding ground only when
 * what is held is ground, not a call, talks or a conference that names a place. Sentences written for these tests,
 * parsed as CoreNLP parses them.
 */
class FiredAndHeldRulesTest {
    private static List<Assertion> of(Doc doc, Kind kind) {
        return doc.get(Layer.ASSERTIONS).stream().filter(a -> a.kind() == kind).toList();
    }

    @Test
    void forcesThatShellTownsAreTheShooters() {
        Doc doc = Parsed.of("Separatist troops are shelling and wrecking power stations and homes of Ukrainian towns.",
                        "Separatist JJ separatist 2 amod", "troops NNS troops 4 nsubj", "are VBP be 4 aux",
                        "shelling VBG shell 0 root", "and CC and 6 cc", "wrecking VBG wreck 4 conj",
                        "power NN power 8 compound", "stations NNS station 4 obj", "and CC and 10 cc",
                        "homes NNS home 8 conj", "of IN of 13 case", "Ukrainian JJ ukrainian 13 amod",
                        "towns NNS town 8 nmod", ". . . 4 punct")
                .actor("Separatist troops", "UKRREB").analyzed();
        assertThat(of(doc, Kind.FIGHTING)).isEmpty();
    }

    @Test
    void attacksOfTroopsOnATownAreStrikesOnIt() {
        Doc doc = Parsed.of("He spoke about the overnight attacks of Russian troops on Odesa and other southern towns.",
                        "He PRP he 2 nsubj", "spoke VBD speak 0 root", "about IN about 6 case", "the DT the 6 det",
                        "overnight JJ overnight 6 amod", "attacks NNS attack 2 obl", "of IN of 9 case",
                        "Russian JJ russian 9 amod", "troops NNS troops 6 nmod", "on IN on 11 case",
                        "Odesa NNP odesa 6 nmod", "and CC and 15 cc", "other JJ other 15 amod",
                        "southern JJ southern 15 amod", "towns NNS town 11 conj", ". . . 2 punct")
                .actor("Russian", "RUS").place("Odesa", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(of(doc, Kind.FIGHTING)).isEmpty();
        // the same with the "on" phrase hung on the forces
        Doc onForces = Parsed.of("He spoke about the overnight attacks of Russian troops on Odesa and other southern towns.",
                        "He PRP he 2 nsubj", "spoke VBD speak 0 root", "about IN about 6 case", "the DT the 6 det",
                        "overnight JJ overnight 6 amod", "attacks NNS attack 2 obl", "of IN of 9 case",
                        "Russian JJ russian 9 amod", "troops NNS troops 6 nmod", "on IN on 11 case",
                        "Odesa NNP odesa 9 nmod", "and CC and 15 cc", "other JJ other 15 amod",
                        "southern JJ southern 15 amod", "towns NNS town 11 conj", ". . . 2 punct")
                .actor("Russian", "RUS").place("Odesa", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(of(onForces, Kind.FIGHTING)).isEmpty();
    }

    @Test
    void troopsThatAttackNearAVillageStillFight() {
        Doc doc = Parsed.of("Enemy troops attacked five times near Bilohorivka.", "Enemy NN enemy 2 compound",
                        "troops NNS troops 3 nsubj", "attacked VBD attack 0 root", "five CD five 5 nummod",
                        "times NNS time 3 obj", "near IN near 7 case", "Bilohorivka NNP bilohorivka 3 obl",
                        ". . . 3 punct")
                .actor("Enemy troops", "RUSMIL").place("Bilohorivka", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(of(doc, Kind.FIGHTING)).hasSize(1);
    }

    @Test
    void positionsShelledByTroopsAreStillFighting() {
        Doc doc = Parsed.of("Russian troops shelled Ukrainian positions near Vuhledar.", "Russian JJ russian 2 amod",
                        "troops NNS troops 3 nsubj", "shelled VBD shell 0 root", "Ukrainian JJ ukrainian 5 amod",
                        "positions NNS position 3 obj", "near IN near 7 case", "Vuhledar NNP vuhledar 3 obl",
                        ". . . 3 punct")
                .actor("Russian troops", "RUSMIL").place("Vuhledar", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(of(doc, Kind.FIGHTING)).hasSize(1);
    }

    @Test
    void aCallAboutAWarHoldsNoGround() {
        Doc doc = Parsed.of("On Tuesday, the German chancellor held a video call with Erdogan on the Ukraine war.",
                        "On IN on 2 case", "Tuesday NNP tuesday 7 obl", ", , , 7 punct", "the DT the 6 det",
                        "German JJ german 6 amod", "chancellor NN chancellor 7 nsubj", "held VBD hold 0 root",
                        "a DT a 10 det", "video NN video 10 compound", "call NN call 7 obj", "with IN with 12 case",
                        "Erdogan NNP erdogan 10 nmod", "on IN on 16 case", "the DT the 16 det",
                        "Ukraine NNP ukraine 16 compound", "war NN war 10 nmod", ". . . 7 punct")
                .actor("German chancellor", "DEUGOV").actor("Erdogan", "TURGOV")
                .place("Ukraine", FeatureKind.COUNTRY, "UA").analyzed();
        assertThat(of(doc, Kind.CONTROL)).isEmpty();
    }

    @Test
    void talksInACityHoldNoGround() {
        Doc doc = Parsed.of("The UN envoy will hold talks in the Ukrainian city of Dnipro with local officials.",
                        "The DT the 3 det", "UN NNP un 3 compound", "envoy NN envoy 5 nsubj", "will MD will 5 aux",
                        "hold VB hold 0 root", "talks NNS talk 5 obj", "in IN in 10 case", "the DT the 10 det",
                        "Ukrainian JJ ukrainian 10 amod", "city NN city 6 nmod", "of IN of 12 case",
                        "Dnipro NNP dnipro 10 nmod", "with IN with 15 case", "local JJ local 15 amod",
                        "officials NNS official 6 nmod", ". . . 5 punct")
                .actor("UN envoy", "IGOUNO").place("Dnipro", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(of(doc, Kind.CONTROL)).isEmpty();
    }

    @Test
    void countedSessionsHoldNoGround() {
        Doc doc = Parsed.of("The council has held hundreds of sessions on the war in Ukraine.", "The DT the 2 det",
                        "council NN council 4 nsubj", "has VBZ have 4 aux", "held VBN hold 0 root",
                        "hundreds NNS hundred 4 obj", "of IN of 7 case", "sessions NNS session 5 nmod",
                        "on IN on 10 case", "the DT the 10 det", "war NN war 7 nmod", "in IN in 12 case",
                        "Ukraine NNP ukraine 10 nmod", ". . . 4 punct")
                .actor("council", "IGOUNO").place("Ukraine", FeatureKind.COUNTRY, "UA").analyzed();
        assertThat(of(doc, Kind.CONTROL)).isEmpty();
    }

    @Test
    void aTownHeldIsStillHeld() {
        Doc doc = Parsed.of("Russian troops still hold the town of Robotyne.", "Russian JJ russian 2 amod",
                        "troops NNS troops 4 nsubj", "still RB still 4 advmod", "hold VBP hold 0 root",
                        "the DT the 6 det", "town NN town 4 obj", "of IN of 8 case", "Robotyne NNP robotyne 6 nmod",
                        ". . . 4 punct")
                .actor("Russian troops", "RUSMIL").place("Robotyne", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(of(doc, Kind.CONTROL)).singleElement()
                .satisfies(a -> assertThat(a.place().place().name()).isEqualTo("Robotyne"));
    }
}
