package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Assertion;
import org.sitrep.model.Assertion.Kind;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Layer;
import org.sitrep.model.Modality;

/**
 * Aims and abilities told as infinitives, fighting told of no side, places fought for, holding verbs and conjoined
 * prepositional phrases (hand parses of invented sentences).
 */
class FactOrAimRulesTest {
    private static List<Assertion> actual(Doc doc, Kind kind) {
        return doc.get(Layer.ASSERTIONS).stream().filter(a -> a.kind() == kind && a.modality() == Modality.ACTUAL).toList();
    }

    private static List<Assertion> all(Doc doc, Kind kind) {
        return doc.get(Layer.ASSERTIONS).stream().filter(a -> a.kind() == kind).toList();
    }

    @Test
    void anInfinitiveUnderAVerbThatDoesNotMakeItHappenIsAnAim() {
        Doc aim = Parsed.of("The package gives Ukraine enough armour to liberate Melitopol.", "The DT the 2 det",
                "package NN package 3 nsubj", "gives VBZ give 0 root", "Ukraine NNP ukraine 3 iobj",
                "enough JJ enough 6 amod", "armour NN armour 3 obj", "to TO to 8 mark", "liberate VB liberate 3 xcomp",
                "Melitopol NNP melitopol 8 obj")
                .actor("Ukraine", "UKR").place("Melitopol", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(all(aim, Kind.CONTROL)).extracting(Assertion::modality).containsOnly(Modality.PLANNED);
        assertThat(actual(aim, Kind.CONTROL)).isEmpty();

        Doc done = Parsed.of("Ukrainian troops managed to liberate Melitopol.", "Ukrainian JJ ukrainian 2 amod",
                "troops NNS troops 3 nsubj", "managed VBD manage 0 root", "to TO to 5 mark",
                "liberate VB liberate 3 xcomp", "Melitopol NNP melitopol 5 obj")
                .actor("Ukrainian troops", "UKRMIL").place("Melitopol", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(actual(done, Kind.CONTROL)).hasSize(1);
    }

    @Test
    void beingCapableOfTakingAPlaceIsNoTaking() {
        Doc doc = Parsed.of("The new brigades are capable of recapturing Tokmak.", "The DT the 3 det",
                "new JJ new 3 amod", "brigades NNS brigade 5 nsubj", "are VBP be 5 cop", "capable JJ capable 0 root",
                "of IN of 7 mark", "recapturing VBG recapture 5 advcl", "Tokmak NNP tokmak 7 obj")
                .place("Tokmak", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(doc.get(Layer.EVENTS)).extracting(Event::trigger).contains("recapture");
        assertThat(actual(doc, Kind.CONTROL)).isEmpty();
    }

    @Test
    void aFightingNounObjectOfAnInfinitiveOfPurposeIsPlanned() {
        Doc doc = Parsed.of("Allies sent tanks for Ukraine to mount a counteroffensive near Robotyne.",
                "Allies NNS ally 2 nsubj", "sent VBD send 0 root", "tanks NNS tank 2 obj", "for IN for 7 mark",
                "Ukraine NNP ukraine 7 nsubj", "to TO to 7 mark", "mount VB mount 3 acl", "a DT a 9 det",
                "counteroffensive NN counteroffensive 7 obj", "near IN near 11 case", "Robotyne NNP robotyne 9 nmod")
                .actor("Ukraine", "UKR").place("Robotyne", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(all(doc, Kind.FIGHTING)).isNotEmpty();
        assertThat(actual(doc, Kind.FIGHTING)).isEmpty();
    }

    @Test
    void fightingOfNoSidePlaceOrTimeIsNoFightingButASideNamedByTheVerbKeepsIt() {
        Doc nobody = Parsed.of("Power lines were destroyed in the assault.", "Power NN power 2 compound",
                "lines NNS line 4 nsubj:pass", "were VBD be 4 aux:pass", "destroyed VBN destroy 0 root",
                "in IN in 7 case", "the DT the 7 det", "assault NN assault 4 obl").analyzed();
        assertThat(nobody.get(Layer.EVENTS)).extracting(Event::trigger).contains("assault");
        assertThat(all(nobody, Kind.FIGHTING)).isEmpty();

        Doc launched = Parsed.of("Ukraine launched a counteroffensive.", "Ukraine NNP ukraine 2 nsubj",
                "launched VBD launch 0 root", "a DT a 4 det", "counteroffensive NN counteroffensive 2 obj")
                .actor("Ukraine", "UKR").analyzed();
        assertThat(actual(launched, Kind.FIGHTING)).hasSize(1);

        Doc storming = Parsed.of("Enemy troops are trying to storm the hilltop.", "Enemy NN enemy 2 compound",
                "troops NNS troops 4 nsubj", "are VBP be 4 aux", "trying VBG try 0 root", "to TO to 6 mark",
                "storm VB storm 4 xcomp", "the DT the 8 det", "hilltop NN hilltop 6 obj").analyzed();
        assertThat(actual(storming, Kind.FIGHTING)).hasSize(1);
    }

    @Test
    void forcesAttackingFromAfarNameTheAttackerNotTheAttacked() {
        Doc doc = Parsed.of("Kherson remains under attack from Russian forces.", "Kherson NNP kherson 2 nsubj",
                "remains VBZ remain 0 root", "under IN under 4 case", "attack NN attack 2 obl", "from IN from 7 case",
                "Russian JJ russian 7 amod", "forces NNS force 4 nmod")
                .actor("Russian forces", "RUSMIL").place("Kherson", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(all(doc, Kind.FIGHTING)).isEmpty();
    }

    @Test
    void theBattleForATownIsFoughtThere() {
        Doc doc = Parsed.of("Ukraine won the battle for Kharkiv.", "Ukraine NNP ukraine 2 nsubj", "won VBD win 0 root",
                "the DT the 4 det", "battle NN battle 2 obj", "for IN for 6 case", "Kharkiv NNP kharkiv 4 nmod")
                .actor("Ukraine", "UKR").actor("Kharkiv", "UKRGOV")
                .place("Kharkiv", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(actual(doc, Kind.FIGHTING)).extracting(a -> a.place().place().name()).containsExactly("Kharkiv");
    }

    @Test
    void forcesAdvancingAreFightingButAnAdvancedProposalIsNot() {
        Doc forces = Parsed.of("Russian forces advanced near Pokrovsk.", "Russian JJ russian 2 amod",
                "forces NNS force 3 nsubj", "advanced VBD advance 0 root", "near IN near 5 case",
                "Pokrovsk NNP pokrovsk 3 obl")
                .actor("Russian forces", "RUSMIL").place("Pokrovsk", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(actual(forces, Kind.FIGHTING)).hasSize(1);

        Doc proposal = Parsed.of("Beijing advanced its proposal in Geneva.", "Beijing NNP beijing 2 nsubj",
                "advanced VBD advance 0 root", "its PRP$ its 4 nmod:poss", "proposal NN proposal 2 obj",
                "in IN in 6 case", "Geneva NNP geneva 2 obl")
                .actor("Beijing", "CHNGOV").place("Geneva", FeatureKind.POPULATED_PLACE, "CH").analyzed();
        assertThat(all(proposal, Kind.FIGHTING)).isEmpty();
    }

    @Test
    void retainingAPlaceIsHoldingItAndSeparatistsHoldGroundWithoutACode() {
        Doc retains = Parsed.of("Russia retains Crimea.", "Russia NNP russia 2 nsubj", "retains VBZ retain 0 root",
                "Crimea NNP crimea 2 obj")
                .actor("Russia", "RUS").place("Crimea", FeatureKind.ADMIN1, "UA").analyzed();
        assertThat(actual(retains, Kind.CONTROL)).extracting(a -> a.actor().code()).containsExactly("RUS");

        Doc separatists = Parsed.of("Separatists control Horlivka.", "Separatists NNS separatist 2 nsubj",
                "control VBP control 0 root", "Horlivka NNP horlivka 2 obj")
                .place("Horlivka", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(actual(separatists, Kind.CONTROL)).hasSize(1);

        Doc talks = Parsed.of("Diplomats hold talks in Vienna.", "Diplomats NNS diplomat 2 nsubj",
                "hold VBP hold 0 root", "talks NNS talk 2 obj", "in IN in 5 case", "Vienna NNP vienna 3 nmod")
                .place("Vienna", FeatureKind.POPULATED_PLACE, "AT").analyzed();
        assertThat(all(talks, Kind.CONTROL)).isEmpty();
    }

    @Test
    void anOccupiedPlaceDoesNotOccupyAPhraseBesideIt() {
        Doc doc = Parsed.of("Troops massed in occupied Crimea and in Belarus.", "Troops NNS troops 2 nsubj",
                "massed VBD mass 0 root", "in IN in 5 case", "occupied VBN occupy 5 amod", "Crimea NNP crimea 2 obl",
                "and CC and 8 cc", "in IN in 8 case", "Belarus NNP belarus 5 conj")
                .place("Crimea", FeatureKind.ADMIN1, "UA").place("Belarus", FeatureKind.COUNTRY, "BY").analyzed();
        assertThat(actual(doc, Kind.CONTROL)).extracting(a -> a.place().place().name()).containsExactly("Crimea");

        Doc both = Parsed.of("Troops massed in occupied Crimea and Kherson.", "Troops NNS troops 2 nsubj",
                "massed VBD mass 0 root", "in IN in 5 case", "occupied VBN occupy 5 amod", "Crimea NNP crimea 2 obl",
                "and CC and 7 cc", "Kherson NNP kherson 5 conj")
                .place("Crimea", FeatureKind.ADMIN1, "UA").place("Kherson", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(actual(both, Kind.CONTROL)).extracting(a -> a.place().place().name())
                .containsExactlyInAnyOrder("Crimea", "Kherson");
    }

    @Test
    void aCountOfTheDeadTakesThePlaceItsSentenceNamesOutsideItsClause() {
        Doc doc = Parsed.of("Investigators in Izium found a grave containing 440 bodies.",
                "Investigators NNS investigator 4 nsubj", "in IN in 3 case", "Izium NNP izium 1 nmod",
                "found VBD find 0 root", "a DT a 6 det", "grave NN grave 4 obj", "containing VBG contain 6 acl",
                "440 CD 440 9 nummod", "bodies NNS body 7 obj")
                .place("Izium", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(actual(doc, Kind.CASUALTIES)).singleElement().satisfies(a -> {
            assertThat(a.count().value()).isEqualTo(440);
            assertThat(a.count().counted()).isEqualTo("killed");
            assertThat(a.place().place().name()).isEqualTo("Izium");
        });

        // a sentence that names no place leaves the toll without one
        Doc nowhere = Parsed.of("The war has claimed 40 lives.", "The DT the 2 det", "war NN war 4 nsubj",
                "has VBZ have 4 aux", "claimed VBN claim 0 root", "40 CD 40 6 nummod", "lives NNS life 4 obj").analyzed();
        assertThat(actual(nowhere, Kind.CASUALTIES)).singleElement().satisfies(a -> assertThat(a.placeName()).isNull());
    }

    @Test
    void donbasIsAPlaceThoughTheGazetteerHasNoEntryForIt() {
        Doc doc = Parsed.of("Separatists control towns in Donbas.", "Separatists NNS separatist 2 nsubj",
                "control VBP control 0 root", "towns NNS town 2 obj", "in IN in 5 case", "Donbas NNP donbas 3 nmod")
                .analyzed();
        assertThat(actual(doc, Kind.CONTROL)).singleElement()
                .satisfies(a -> assertThat(a.placeName().of(doc.text())).isEqualTo("Donbas"));

        Doc unnamed = Parsed.of("Separatists control towns in the east.", "Separatists NNS separatist 2 nsubj",
                "control VBP control 0 root", "towns NNS town 2 obj", "in IN in 6 case", "the DT the 6 det",
                "east NN east 3 nmod").analyzed();
        assertThat(actual(unnamed, Kind.CONTROL)).isEmpty();
    }

    @Test
    void shellingAlongAFrontIsFightingButShellingOfBuildingsIsNot() {
        Doc front = Parsed.of("Shelling in eastern Ukraine intensified.", "Shelling NN shelling 5 nsubj", "in IN in 4 case",
                "eastern JJ eastern 4 amod", "Ukraine NNP ukraine 1 nmod", "intensified VBD intensify 0 root")
                .place("Ukraine", FeatureKind.COUNTRY, "UA").analyzed();
        assertThat(actual(front, Kind.FIGHTING)).hasSize(1);

        Doc blocks = Parsed.of("Artillery shelled apartment blocks in eastern Ukraine.", "Artillery NN artillery 2 nsubj",
                "shelled VBD shell 0 root", "apartment NN apartment 4 compound", "blocks NNS block 2 obj",
                "in IN in 7 case", "eastern JJ eastern 7 amod", "Ukraine NNP ukraine 2 obl")
                .place("Ukraine", FeatureKind.COUNTRY, "UA").analyzed();
        assertThat(blocks.get(Layer.EVENTS)).extracting(Event::trigger).contains("shell");
        assertThat(all(blocks, Kind.FIGHTING)).isEmpty();
    }

    @Test
    void ceasefireViolationsAreFightingOtherViolationsAreNot() {
        Doc truce = Parsed.of("Monitors recorded ceasefire violations near Horlivka.", "Monitors NNS monitor 2 nsubj",
                "recorded VBD record 0 root", "ceasefire NN ceasefire 4 compound", "violations NNS violation 2 obj",
                "near IN near 6 case", "Horlivka NNP horlivka 4 nmod")
                .place("Horlivka", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(actual(truce, Kind.FIGHTING)).extracting(a -> a.place().place().name()).containsExactly("Horlivka");

        Doc press = Parsed.of("Monitors recorded press violations near Horlivka.", "Monitors NNS monitor 2 nsubj",
                "recorded VBD record 0 root", "press NN press 4 compound", "violations NNS violation 2 obj",
                "near IN near 6 case", "Horlivka NNP horlivka 4 nmod")
                .place("Horlivka", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(all(press, Kind.FIGHTING)).isEmpty();
    }
}
