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
 * The wording of front reports (issue 10, session 16): control gained, regained, fallen to or come under a side,
 * attacks held or beaten back, offensive operations and combat engagements, breakthroughs and advances over a
 * distance. Hand parses (as CoreNLP gives them) of sentences written for these tests.
 */
class FrontReportRulesTest {
    private static List<Assertion> of(Doc doc, Kind kind) {
        return doc.get(Layer.ASSERTIONS).stream().filter(a -> a.kind() == kind).toList();
    }

    private static List<Assertion> actual(Doc doc, Kind kind) {
        return of(doc, kind).stream().filter(a -> a.modality() == Modality.ACTUAL).toList();
    }

    private static List<String> places(Doc doc, Kind kind) {
        return of(doc, kind).stream().map(a -> a.placeName() == null ? "-" : a.placeName().of(doc.text())).toList();
    }

    @Test
    void gainingOrRegainingControlOfAPlaceTakesIt() {
        Doc gained = Parsed.of("Its forces had gained control of Bakhmut.", "Its PRP$ its 2 nmod:poss", "forces NNS force 4 nsubj", "had VBD have 4 aux", "gained VBN gain 0 root", "control NN control 4 obj", "of IN of 7 case", "Bakhmut NNP Bakhmut 5 nmod", ". . . 4 punct")
                .place("Bakhmut", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(places(gained, Kind.CONTROL)).containsExactly("Bakhmut");

        Doc regained = Parsed.of("Ukrainian troops regained control of Robotyne.", "Ukrainian JJ ukrainian 2 amod", "troops NNS troops 3 nsubj", "regained VBD regain 0 root", "control NN control 3 obj", "of IN of 6 case", "Robotyne NNP Robotyne 4 nmod", ". . . 3 punct")
                .actor("Ukrainian troops", "UKRMIL").place("Robotyne", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(of(regained, Kind.CONTROL)).singleElement().satisfies(a -> {
            assertThat(a.actor().code()).isEqualTo("UKR");
            assertThat(a.placeName().of(regained.text())).isEqualTo("Robotyne");
        });

        Doc momentum = Parsed.of("Ukraine's army regained momentum in Kherson.", "Ukraine NNP Ukraine 3 nmod:poss", "'s POS 's 1 case", "army NN army 4 nsubj", "regained VBD regain 0 root", "momentum NN momentum 4 obj", "in IN in 7 case", "Kherson NNP Kherson 5 nmod", ". . . 4 punct")
                .actor("Ukraine", "UKR").place("Kherson", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(of(momentum, Kind.CONTROL)).isEmpty();
    }

    @Test
    void holdingBackAttacksIsFightingNotHoldingGround() {
        Doc back = Parsed.of("Ukrainian forces are holding back Russian attacks in the Pokrovsk direction.", "Ukrainian JJ ukrainian 2 amod", "forces NNS force 4 nsubj", "are VBP be 4 aux", "holding VBG hold 0 root", "back RB back 4 compound:prt", "Russian JJ Russian 7 amod", "attacks NNS attack 4 obj", "in IN in 11 case", "the DT the 11 det", "Pokrovsk NNP Pokrovsk 11 compound", "direction NN direction 7 nmod", ". . . 4 punct")
                .actor("Ukrainian forces", "UKRMIL").actor("Russian", "RUS")
                .place("Pokrovsk direction", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(of(back, Kind.CONTROL)).isEmpty();
        assertThat(places(back, Kind.FIGHTING)).containsExactly("Pokrovsk direction");

        Doc held = Parsed.of("Russia continues to hold the town of Bakhmut.", "Russia NNP Russia 2 nsubj", "continues VBZ continue 0 root", "to TO to 4 mark", "hold VB hold 2 xcomp", "the DT the 6 det", "town NN town 4 obj", "of IN of 8 case", "Bakhmut NNP Bakhmut 6 nmod", ". . . 2 punct")
                .actor("Russia", "RUS").place("Bakhmut", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(of(held, Kind.CONTROL)).singleElement().satisfies(a -> assertThat(a.actor().code()).isEqualTo("RUS"));
    }

    @Test
    void attacksBeatenOffAreOneFightingWithTheirCount() {
        Doc doc = Parsed.of("The marines beat off three Russian attacks near Krynky on Tuesday.", "The DT the 2 det", "marines NNS marine 3 nsubj", "beat VBD beat 0 root", "off RP off 3 compound:prt", "three CD three 7 nummod", "Russian JJ Russian 7 amod", "attacks NNS attack 3 obj", "near IN near 9 case", "Krynky NNP Krynky 7 nmod", "on IN on 11 case", "Tuesday NNP Tuesday 3 obl", ". . . 3 punct")
                .actor("Russian", "RUS").place("Krynky", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(of(doc, Kind.FIGHTING)).singleElement().satisfies(a -> {
            assertThat(a.placeName().of(doc.text())).isEqualTo("Krynky");
            assertThat(a.count().value()).isEqualTo(3L);
            assertThat(a.count().counted()).isEqualTo("attacks");
        });
    }

    @Test
    void offensiveOperationsAtAPlaceAreFightingOnesOnlyTalkedOfAreNot() {
        Doc near = Parsed.of("Russian forces continued offensive operations near Kreminna.", "Russian JJ Russian 2 amod", "forces NNS force 3 nsubj", "continued VBD continue 0 root", "offensive JJ offensive 5 amod", "operations NNS operation 3 obj", "near IN near 7 case", "Kreminna NNP Kreminna 5 nmod", ". . . 3 punct")
                .actor("Russian forces", "RUSMIL").place("Kreminna", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(places(near, Kind.FIGHTING)).containsExactly("Kreminna");

        Doc talk = Parsed.of("It is inconvenient to carry out offensive operations in the spring.", "It PRP it 3 nsubj", "is VBZ be 3 cop", "inconvenient JJ inconvenient 0 root", "to TO to 5 mark", "carry VB carry 3 xcomp", "out RP out 5 compound:prt", "offensive JJ offensive 8 amod", "operations NNS operation 5 obj", "in IN in 11 case", "the DT the 11 det", "spring NN spring 5 obl", ". . . 3 punct")
                .analyzed();
        assertThat(of(talk, Kind.FIGHTING)).isEmpty();
    }

    @Test
    void combatEngagementsAreCountedAsClashes() {
        Doc doc = Parsed.of("Ukraine's General Staff reported 62 combat engagements near Bakhmut.", "Ukraine NNP Ukraine 4 nmod:poss", "'s POS 's 1 case", "General NNP General 4 compound", "Staff NNP Staff 5 nsubj", "reported VBD report 0 root", "62 CD 62 8 nummod", "combat NN combat 8 compound", "engagements NNS engagement 5 obj", "near IN near 10 case", "Bakhmut NNP Bakhmut 8 nmod", ". . . 5 punct")
                .actor("Ukraine's General Staff", "UKRMIL").place("Bakhmut", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(of(doc, Kind.FIGHTING)).singleElement().satisfies(a -> {
            assertThat(a.count().value()).isEqualTo(62L);
            assertThat(a.count().counted()).isEqualTo("clashes");
        });
    }

    @Test
    void breakingThroughLinesAndAdvancingADistanceAreFighting() {
        Doc broke = Parsed.of("Russian troops broke through Ukrainian lines near Ocheretyne.", "Russian JJ Russian 2 amod", "troops NNS troops 3 nsubj", "broke VBD break 0 root", "through IN through 6 case", "Ukrainian JJ ukrainian 6 amod", "lines NNS line 3 obl", "near IN near 8 case", "Ocheretyne NNP Ocheretyne 6 nmod", ". . . 3 punct")
                .actor("Russian troops", "RUSMIL").actor("Ukrainian", "UKR")
                .place("Ocheretyne", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(places(broke, Kind.FIGHTING)).containsExactly("Ocheretyne");

        Doc advanced = Parsed.of("Ukrainian forces have advanced two kilometres near Robotyne.", "Ukrainian JJ ukrainian 2 amod", "forces NNS force 4 nsubj", "have VBP have 4 aux", "advanced VBN advance 0 root", "two CD two 6 nummod", "kilometres NNS kilometre 4 obj", "near IN near 8 case", "Robotyne NNP Robotyne 4 obl", ". . . 4 punct")
                .actor("Ukrainian forces", "UKRMIL").place("Robotyne", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(places(advanced, Kind.FIGHTING)).containsExactly("Robotyne");

        Doc interests = Parsed.of("Russian forces have advanced their interests near Robotyne.", "Russian JJ Russian 2 amod", "forces NNS force 4 nsubj", "have VBP have 4 aux", "advanced VBN advance 0 root", "their PRP$ their 6 nmod:poss", "interests NNS interest 4 obj", "near IN near 8 case", "Robotyne NNP Robotyne 4 obl", ". . . 4 punct")
                .actor("Russian forces", "RUSMIL").place("Robotyne", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(of(interests, Kind.FIGHTING)).isEmpty();
    }

    @Test
    void aPlaceThatFellToOrCameUnderASideIsHeldByThatSide() {
        Doc fell = Parsed.of("The city of Mariupol fell to Russian forces in May.", "The DT the 2 det", "city NN city 5 nsubj", "of IN of 4 case", "Mariupol NNP Mariupol 2 nmod", "fell VBD fall 0 root", "to IN to 8 case", "Russian JJ Russian 8 amod", "forces NNS force 5 obl", "in IN in 10 case", "May NNP May 5 obl", ". . . 5 punct")
                .actor("Russian forces", "RUSMIL").place("Mariupol", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(actual(fell, Kind.CONTROL)).singleElement().satisfies(a -> {
            assertThat(a.actor().code()).isEqualTo("RUS");
            assertThat(a.placeName().of(fell.text())).isEqualTo("Mariupol");
        });

        Doc came = Parsed.of("The town of Avdiivka came under Russian control in February.", "The DT the 2 det", "town NN town 5 nsubj", "of IN of 4 case", "Avdiivka NNP Avdiivka 2 nmod", "came VBD come 0 root", "under IN under 8 case", "Russian JJ Russian 8 amod", "control NN control 5 obl", "in IN in 10 case", "February NNP February 5 obl", ". . . 5 punct")
                .actor("Russian", "RUS").place("Avdiivka", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(of(came, Kind.CONTROL)).singleElement().satisfies(a -> assertThat(a.actor().code()).isEqualTo("RUS"));

        Doc prices = Parsed.of("Oil prices in Kyiv fell to their lowest level.", "Oil NN oil 2 compound", "prices NNS price 5 nsubj", "in IN in 4 case", "Kyiv NNP Kyiv 2 nmod", "fell VBD fall 0 root", "to IN to 9 case", "their PRP$ they 9 nmod:poss", "lowest JJS low 9 amod", "level NN level 5 obl", ". . . 5 punct")
                .place("Kyiv", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(of(prices, Kind.CONTROL)).isEmpty();
    }
}
