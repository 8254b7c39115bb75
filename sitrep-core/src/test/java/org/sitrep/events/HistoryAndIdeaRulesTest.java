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
 * Old wars told through their invaders and anniversaries, fights for ideas, attacks on the ground and aims named by a
 * copula: the rules written from the failure classes of the fresh real-news dev6 split (issue 10). Hand parses (as
 * CoreNLP gives them) of sentences written for these tests.
 */
class HistoryAndIdeaRulesTest {
    private static List<Assertion> of(Doc doc, Kind kind) {
        return doc.get(Layer.ASSERTIONS).stream().filter(a -> a.kind() == kind).toList();
    }

    private static List<Assertion> actual(Doc doc, Kind kind) {
        return of(doc, kind).stream().filter(a -> a.modality() == Modality.ACTUAL).toList();
    }

    @Test
    void anAnniversaryOfTwentyYearsOrMoreMarksHistoryAFirstOneNews() {
        Doc old = Parsed.of("Veterans marked the 80th anniversary of the liberation of Minsk.", "Veterans NNS veteran 2 nsubj", "marked VBD mark 0 root", "the DT the 5 det", "80th JJ 80th 5 amod", "anniversary NN anniversary 2 obj", "of IN of 8 case", "the DT the 8 det", "liberation NN liberation 5 nmod", "of IN of 10 case", "Minsk NNP Minsk 8 nmod", ". . . 2 punct")
                .place("Minsk", FeatureKind.POPULATED_PLACE, "BY").analyzed();
        assertThat(of(old, Kind.CONTROL)).isEmpty();

        Doc recent = Parsed.of("Residents marked the first anniversary of the liberation of Kherson.", "Residents NNS resident 2 nsubj", "marked VBD mark 0 root", "the DT the 5 det", "first JJ first 5 amod", "anniversary NN anniversary 2 obj", "of IN of 8 case", "the DT the 8 det", "liberation NN liberation 5 nmod", "of IN of 10 case", "Kherson NNP Kherson 8 nmod", ". . . 2 punct")
                .place("Kherson", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(actual(recent, Kind.CONTROL)).hasSize(1);
    }

    @Test
    void theInvadersOfTheWorldWarMarkHistoryTodaysInvadersDoNot() {
        Doc old = Parsed.of("The Nazi invaders killed 200 villagers in Dubrava.", "The DT the 3 det", "Nazi NNP Nazi 3 compound", "invaders NNS invader 4 nsubj", "killed VBD kill 0 root", "200 CD 200 6 nummod", "villagers NNS villager 4 obj", "in IN in 8 case", "Dubrava NNP Dubrava 4 obl", ". . . 4 punct")
                .place("Dubrava", FeatureKind.POPULATED_PLACE, "BY").analyzed();
        assertThat(of(old, Kind.CASUALTIES)).isEmpty();

        Doc now = Parsed.of("The Russian invaders killed 12 villagers in Dubrava.", "The DT the 3 det", "Russian JJ Russian 3 amod", "invaders NNS invader 4 nsubj", "killed VBD kill 0 root", "12 CD 12 6 nummod", "villagers NNS villager 4 obj", "in IN in 8 case", "Dubrava NNP Dubrava 4 obl", ". . . 4 punct")
                .actor("Russian", "RUS").place("Dubrava", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(of(now, Kind.CASUALTIES)).extracting(a -> a.count().value()).containsExactly(12L);
    }

    @Test
    void aBattleForAnIdeaIsNoFightingABattleForATownIs() {
        Doc idea = Parsed.of("Ukraine's battle for freedom continues in Kharkiv.", "Ukraine NNP Ukraine 3 nmod:poss", "'s POS 's 1 case", "battle NN battle 6 nsubj", "for IN for 5 case", "freedom NN freedom 3 nmod", "continues VBZ continue 0 root", "in IN in 8 case", "Kharkiv NNP Kharkiv 6 obl", ". . . 6 punct")
                .actor("Ukraine", "UKR").place("Kharkiv", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(of(idea, Kind.FIGHTING)).isEmpty();

        Doc town = Parsed.of("Ukraine's battle for Kharkiv continues.", "Ukraine NNP Ukraine 3 nmod:poss", "'s POS 's 1 case", "battle NN battle 6 nsubj", "for IN for 5 case", "Kharkiv NNP Kharkiv 3 nmod", "continues VBZ continue 0 root", ". . . 6 punct")
                .actor("Ukraine", "UKR").place("Kharkiv", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(actual(town, Kind.FIGHTING)).hasSize(1);
    }

    @Test
    void aFightToPreserveAnIdeaIsNoFightingAlsoWhenTheParserMakesItTheInfinitivesSubject() {
        Doc doc = Parsed.of("Though the empire fell in Moscow, the fight to preserve freedom remains.", "Though IN though 4 mark", "the DT the 3 det", "empire NN empire 4 nsubj", "fell VBD fall 11 advcl", "in IN in 6 case", "Moscow NNP Moscow 4 obl", ", , , 11 punct", "the DT the 9 det", "fight NN fight 11 nsubj", "to TO to 11 mark", "preserve VB preserve 0 root", "freedom NN freedom 13 compound", "remains NNS remains 11 obj", ". . . 11 punct")
                .place("Moscow", FeatureKind.POPULATED_PLACE, "RU").analyzed();
        assertThat(doc.get(Layer.EVENTS)).extracting(e -> e.trigger()).contains("fight");
        assertThat(of(doc, Kind.FIGHTING)).isEmpty();
    }

    @Test
    void groundAttacksAreFightingDroneAttacksAreNot() {
        Doc ground = Parsed.of("Russian forces conducted ground attacks near Kreminna.", "Russian JJ Russian 2 amod", "forces NNS force 3 nsubj", "conducted VBD conduct 0 root", "ground NN ground 5 compound", "attacks NNS attack 3 obj", "near IN near 7 case", "Kreminna NNP Kreminna 5 nmod", ". . . 3 punct")
                .actor("Russian forces", "RUSMIL").place("Kreminna", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(actual(ground, Kind.FIGHTING)).hasSize(1);

        Doc drones = Parsed.of("Russian forces conducted drone attacks near Kreminna.", "Russian JJ Russian 2 amod", "forces NNS force 3 nsubj", "conducted VBD conduct 0 root", "drone NN drone 5 compound", "attacks NNS attack 3 obj", "near IN near 7 case", "Kreminna NNP Kreminna 5 nmod", ". . . 3 punct")
                .actor("Russian forces", "RUSMIL").place("Kreminna", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(of(drones, Kind.FIGHTING)).isEmpty();
    }

    @Test
    void anAttackInACountrysSouthIsNoFrontShellingThereIs() {
        Doc attack = Parsed.of("The bridge was destroyed in an attack in southern Ukraine.", "The DT the 2 det", "bridge NN bridge 4 nsubj:pass", "was VBD be 4 aux:pass", "destroyed VBN destroy 0 root", "in IN in 7 case", "an DT a 7 det", "attack NN attack 4 obl", "in IN in 10 case", "southern JJ southern 10 amod", "Ukraine NNP Ukraine 7 nmod", ". . . 4 punct")
                .place("Ukraine", FeatureKind.COUNTRY, "UA").analyzed();
        assertThat(of(attack, Kind.FIGHTING)).isEmpty();

        Doc shelling = Parsed.of("Shelling in southern Ukraine intensified.", "Shelling VBG shell 5 nsubj", "in IN in 4 case", "southern JJ southern 4 amod", "Ukraine NNP Ukraine 1 obl", "intensified VBD intensify 0 root", ". . . 5 punct")
                .place("Ukraine", FeatureKind.COUNTRY, "UA").analyzed();
        assertThat(actual(shelling, Kind.FIGHTING)).hasSize(1);
    }

    @Test
    void whatAnAimIsSaidToBeIsPlanned() {
        Doc aim = Parsed.of("Their main objective is the capture of Pokrovsk.", "Their PRP$ they 3 nmod:poss", "main JJ main 3 amod", "objective NN objective 6 nsubj", "is VBZ be 6 cop", "the DT the 6 det", "capture NN capture 0 root", "of IN of 8 case", "Pokrovsk NNP Pokrovsk 6 nmod", ". . . 6 punct")
                .place("Pokrovsk", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(of(aim, Kind.CONTROL)).extracting(Assertion::modality).containsOnly(Modality.PLANNED);

        Doc fact = Parsed.of("Their main concern is the capture of Pokrovsk.", "Their PRP$ they 3 nmod:poss", "main JJ main 3 amod", "concern NN concern 6 nsubj", "is VBZ be 6 cop", "the DT the 6 det", "capture NN capture 0 root", "of IN of 8 case", "Pokrovsk NNP Pokrovsk 6 nmod", ". . . 6 punct")
                .place("Pokrovsk", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(actual(fact, Kind.CONTROL)).hasSize(1);
    }
    @Test
    void territoryHeldInAPlaceTheParserHangsOnTheVerbIsThatPlace() {
        Doc ground = Parsed.of("Separatists control territory in Luhansk.", "Separatists NNS separatist 2 nsubj", "control VBP control 0 root", "territory NN territory 2 obj", "in IN in 5 case", "Luhansk NNP Luhansk 2 obl", ". . . 2 punct")
                .place("Luhansk", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(of(ground, Kind.CONTROL)).extracting(a -> a.placeName().of(ground.text())).containsExactly("Luhansk");

        Doc things = Parsed.of("Separatists control checkpoints in Luhansk.", "Separatists NNS separatist 2 nsubj", "control VBP control 0 root", "checkpoints NNS checkpoint 2 obj", "in IN in 5 case", "Luhansk NNP Luhansk 2 obl", ". . . 2 punct")
                .place("Luhansk", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(of(things, Kind.CONTROL)).isEmpty();
    }
    @Test
    void aTollThatClaimsLivesIsNoSpeechActItsCountIsPlacedByItsSentence() {
        Doc toll = Parsed.of("Russia's war in Ukraine has claimed about 10,000 civilian lives.", "Russia NNP Russia 3 nmod:poss", "'s POS 's 1 case", "war NN war 7 nsubj", "in IN in 5 case", "Ukraine NNP Ukraine 3 nmod", "has VBZ have 7 aux", "claimed VBN claim 0 root", "about IN about 9 advmod", "10,000 CD 10000 11 nummod", "civilian JJ civilian 11 amod", "lives NNS life 7 obj", ". . . 7 punct")
                .actor("Russia", "RUS").actor("Ukraine", "UKR").place("Ukraine", FeatureKind.COUNTRY, "UA")
                .claim("claimed", "assert", "Russia's war in Ukraine", "UKR", "about 10,000 civilian lives").analyzed();
        assertThat(of(toll, Kind.CASUALTIES)).singleElement().satisfies(a -> {
            assertThat(a.claim()).isNull();
            assertThat(a.place().place().name()).isEqualTo("Ukraine");
        });

        Doc speech = Parsed.of("Kyiv claimed that 300 soldiers were killed in Bakhmut.", "Kyiv NNP Kyiv 2 nsubj", "claimed VBD claim 0 root", "that IN that 7 mark", "300 CD 300 5 nummod", "soldiers NNS soldier 7 nsubj:pass", "were VBD be 7 aux:pass", "killed VBN kill 2 ccomp", "in IN in 9 case", "Bakhmut NNP Bakhmut 7 obl", ". . . 2 punct")
                .actor("Kyiv", "UKRGOV").place("Bakhmut", FeatureKind.POPULATED_PLACE, "UA")
                .claim("claimed", "assert", "Kyiv", "UKRGOV", "300 soldiers were killed in Bakhmut").analyzed();
        assertThat(of(speech, Kind.CASUALTIES)).singleElement().satisfies(a -> assertThat(a.holder().code()).isEqualTo("UKRGOV"));
    }
    @Test
    void theSouthOfTheCountryIsTheCountryNamedBeforeItInTheSentenceOrNothing() {
        Doc named = Parsed.of("Meanwhile, Ukraine has launched a counteroffensive in the south of the country.", "Meanwhile RB meanwhile 5 advmod", ", , , 5 punct", "Ukraine NNP Ukraine 5 nsubj", "has VBZ have 5 aux", "launched VBN launch 0 root", "a DT a 7 det", "counteroffensive NN counteroffensive 5 obj", "in IN in 10 case", "the DT the 10 det", "south NN south 7 nmod", "of IN of 13 case", "the DT the 13 det", "country NN country 10 nmod", ". . . 5 punct")
                .actor("Ukraine", "UKR").place("Ukraine", FeatureKind.COUNTRY, "UA").analyzed();
        assertThat(actual(named, Kind.FIGHTING)).singleElement()
                .satisfies(a -> assertThat(a.place().place().name()).isEqualTo("Ukraine"));

        Doc unnamed = Parsed.of("Russian forces shelled positions in the south of the country.", "Russian JJ Russian 2 amod", "forces NNS force 3 nsubj", "shelled VBD shell 0 root", "positions NNS position 3 obj", "in IN in 7 case", "the DT the 7 det", "south NN south 3 obl", "of IN of 10 case", "the DT the 10 det", "country NN country 7 nmod", ". . . 3 punct")
                .actor("Russian forces", "RUSMIL").analyzed();
        assertThat(actual(unnamed, Kind.FIGHTING)).singleElement().satisfies(a -> assertThat(a.placeName()).isNull());
    }
}
