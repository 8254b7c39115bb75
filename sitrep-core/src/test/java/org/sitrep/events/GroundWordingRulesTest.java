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
 * Ground won, held and fought over (issue 10, session 17): a town taken by name, a side driven out of a place,
 * ground defended or encircled, attacks repelled. Hand parses (as CoreNLP gives them) of sentences written for these
 * tests.
 */
class GroundWordingRulesTest {
    private static List<Assertion> of(Doc doc, Kind kind) {
        return doc.get(Layer.ASSERTIONS).stream().filter(a -> a.kind() == kind).toList();
    }

    private static List<Assertion> actual(Doc doc, Kind kind) {
        return of(doc, kind).stream().filter(a -> a.modality() == Modality.ACTUAL).toList();
    }

    @Test
    void aTownOrRegionTakenByNameIsControlByTheTaker() {
        Doc took = Parsed.of("Russian forces took Avdiivka in February.", "Russian JJ Russian 2 amod", "forces NNS force 3 nsubj", "took VBD take 0 root", "Avdiivka NNP Avdiivka 3 obj", "in IN in 6 case", "February NNP February 3 obl", ". . . 3 punct")
                .actor("Russian forces", "RUSMIL").place("Avdiivka", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(of(took, Kind.CONTROL)).singleElement().satisfies(a -> {
            assertThat(a.actor().code()).isEqualTo("RUS");
            assertThat(a.placeName().of(took.text())).isEqualTo("Avdiivka");
        });

        Doc back = Parsed.of("Ukraine took back Kherson in November.", "Ukraine NNP Ukraine 2 nsubj", "took VBD take 0 root", "back RB back 2 advmod", "Kherson NNP Kherson 2 obj", "in IN in 6 case", "November NNP November 2 obl", ". . . 2 punct")
                .actor("Ukraine", "UKR").place("Ukraine", FeatureKind.COUNTRY, "UA").place("Kherson", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(of(back, Kind.CONTROL)).singleElement().satisfies(a -> assertThat(a.actor().code()).isEqualTo("UKR"));

        // the passive: the town is the subject, the taker the agent
        Doc passive = Parsed.of("Marinka was taken by Russian troops in December.", "Marinka NNP Marinka 3 nsubj:pass", "was VBD be 3 aux:pass", "taken VBN take 0 root", "by IN by 6 case", "Russian JJ Russian 6 amod", "troops NNS troops 3 obl:agent", "in IN in 8 case", "December NNP December 3 obl", ". . . 3 punct")
                .actor("Russian troops", "RUSMIL").place("Marinka", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(of(passive, Kind.CONTROL)).singleElement()
                .satisfies(a -> assertThat(a.placeName().of(passive.text())).isEqualTo("Marinka"));

        // a country as the object is another sense of "take"
        Doc surprise = Parsed.of("The army took Ukraine by surprise.", "The DT the 2 det", "army NN army 3 nsubj", "took VBD take 0 root", "Ukraine NNP Ukraine 3 obj", "by IN by 6 case", "surprise NN surprise 3 obl", ". . . 3 punct")
                .actor("Ukraine", "UKR").place("Ukraine", FeatureKind.COUNTRY, "UA").analyzed();
        assertThat(of(surprise, Kind.CONTROL)).isEmpty();
    }

    @Test
    void drivingASideOutOfAPlaceTakesIt() {
        Doc pushed = Parsed.of("Ukrainian forces pushed Russian troops out of Kupiansk.", "Ukrainian JJ ukrainian 2 amod", "forces NNS force 3 nsubj", "pushed VBD push 0 root", "Russian JJ Russian 5 amod", "troops NNS troops 3 obj", "out IN out 8 case", "of IN of 8 case", "Kupiansk NNP Kupiansk 3 obl", ". . . 3 punct")
                .actor("Ukrainian forces", "UKRMIL").actor("Russian troops", "RUSMIL")
                .place("Kupiansk", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(of(pushed, Kind.CONTROL)).singleElement().satisfies(a -> {
            assertThat(a.actor().code()).isEqualTo("UKR");
            assertThat(a.placeName().of(pushed.text())).isEqualTo("Kupiansk");
        });

        Doc drove = Parsed.of("Ukraine's army drove Russian forces out of the Kharkiv region.", "Ukraine NNP Ukraine 3 nmod:poss", "'s POS 's 1 case", "army NN army 4 nsubj", "drove VBD drive 0 root", "Russian JJ Russian 6 amod", "forces NNS force 4 obj", "out IN out 11 case", "of IN of 11 case", "the DT the 11 det", "Kharkiv NNP Kharkiv 11 compound", "region NN region 4 obl", ". . . 4 punct")
                .actor("Ukraine's army", "UKRMIL").actor("Russian forces", "RUSMIL")
                .place("Kharkiv region", FeatureKind.ADMIN1, "UA").analyzed();
        assertThat(of(drove, Kind.CONTROL)).singleElement().satisfies(a -> assertThat(a.actor().code()).isEqualTo("UKR"));

        // people forced out of a city are no side driven out of it
        Doc people = Parsed.of("The war forced millions of people out of Kharkiv.", "The DT the 2 det", "war NN war 3 nsubj", "forced VBD force 0 root", "millions NNS million 3 obj", "of IN of 6 case", "people NNS person 4 nmod", "out IN out 9 case", "of IN of 9 case", "Kharkiv NNP Kharkiv 3 obl", ". . . 3 punct")
                .place("Kharkiv", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(of(people, Kind.CONTROL)).isEmpty();
    }

    @Test
    void groundDefendedOrEncircledIsFightingThere() {
        Doc defended = Parsed.of("Ukrainian troops defended Bakhmut for ten months.", "Ukrainian JJ ukrainian 2 amod", "troops NNS troops 3 nsubj", "defended VBD defend 0 root", "Bakhmut NNP Bakhmut 3 obj", "for IN for 7 case", "ten CD ten 7 nummod", "months NNS month 3 obl", ". . . 3 punct")
                .actor("Ukrainian troops", "UKRMIL").place("Bakhmut", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(actual(defended, Kind.FIGHTING)).singleElement()
                .satisfies(a -> assertThat(a.placeName().of(defended.text())).isEqualTo("Bakhmut"));
        assertThat(of(defended, Kind.CONTROL)).isEmpty();

        Doc encircled = Parsed.of("Russian troops have encircled the town of Vuhledar.", "Russian JJ Russian 2 amod", "troops NNS troops 4 nsubj", "have VBP have 4 aux", "encircled VBN encircle 0 root", "the DT the 6 det", "town NN town 4 obj", "of IN of 8 case", "Vuhledar NNP Vuhledar 6 nmod", ". . . 4 punct")
                .actor("Russian troops", "RUSMIL").place("Vuhledar", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(actual(encircled, Kind.FIGHTING)).singleElement()
                .satisfies(a -> assertThat(a.placeName().of(encircled.text())).isEqualTo("Vuhledar"));

        Doc besieged = Parsed.of("Russian units besieged the city for weeks.", "Russian JJ Russian 2 amod", "units NNS unit 3 nsubj", "besieged VBD besiege 0 root", "the DT the 5 det", "city NN city 3 obj", "for IN for 7 case", "weeks NNS week 3 obl", ". . . 3 punct")
                .actor("Russian units", "RUSMIL").analyzed();
        assertThat(actual(besieged, Kind.FIGHTING)).hasSize(1);
        // people around a man are no ground
        Doc advisers = Parsed.of("Advisers surrounded the commander in Kyiv.", "Advisers NNS adviser 2 nsubj", "surrounded VBD surround 0 root", "the DT the 4 det", "commander NN commander 2 obj", "in IN in 6 case", "Kyiv NNP Kyiv 2 obl", ". . . 2 punct")
                .place("Kyiv", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(of(advisers, Kind.FIGHTING)).isEmpty();

        // a decision defended is no ground; an attempt to encircle a city is an aim, not fighting
        Doc decision = Parsed.of("The minister defended the decision in Kyiv.", "The DT the 2 det", "minister NN minister 3 nsubj", "defended VBD defend 0 root", "the DT the 5 det", "decision NN decision 3 obj", "in IN in 7 case", "Kyiv NNP Kyiv 5 nmod", ". . . 3 punct")
                .place("Kyiv", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(of(decision, Kind.FIGHTING)).isEmpty();
        Doc position = Parsed.of("The minister defended that position in Kyiv.", "The DT the 2 det", "minister NN minister 3 nsubj", "defended VBD defend 0 root", "that DT that 5 det", "position NN position 3 obj", "in IN in 7 case", "Kyiv NNP Kyiv 5 nmod", ". . . 3 punct")
                .place("Kyiv", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(of(position, Kind.FIGHTING)).isEmpty();
        Doc attempt = Parsed.of("Minsk's units again attempt to encircle Sumy.", "Minsk NNP Minsk 3 nmod:poss", "'s POS 's 1 case", "units NNS unit 5 nsubj", "again RB again 5 advmod", "attempt VBP attempt 0 root", "to TO to 7 mark", "encircle VB encircle 5 xcomp", "Sumy NNP Sumy 7 obj", ". . . 5 punct")
                .actor("Minsk's units", "BLRMIL").place("Sumy", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(actual(attempt, Kind.FIGHTING)).isEmpty();
    }

    @Test
    void repelledAttacksAreFightingAndSayNothingOfControlButPushingBackHoldsGround() {
        Doc repelled = Parsed.of("Ukrainian forces repelled 12 Russian attacks near Bakhmut.", "Ukrainian JJ ukrainian 2 amod", "forces NNS force 3 nsubj", "repelled VBD repel 0 root", "12 CD 12 6 nummod", "Russian JJ Russian 6 amod", "attacks NNS attack 3 obj", "near IN near 8 case", "Bakhmut NNP Bakhmut 6 nmod", ". . . 3 punct")
                .actor("Ukrainian forces", "UKRMIL").actor("Russian", "RUS").place("Bakhmut", FeatureKind.POPULATED_PLACE, "UA")
                .analyzed();
        assertThat(of(repelled, Kind.CONTROL)).isEmpty();
        assertThat(of(repelled, Kind.FIGHTING)).singleElement().satisfies(a -> {
            assertThat(a.placeName().of(repelled.text())).isEqualTo("Bakhmut");
            assertThat(a.count().value()).isEqualTo(12L);
        });

        Doc pushedBack = Parsed.of("Ukrainian troops pushed the enemy back from Robotyne.", "Ukrainian JJ ukrainian 2 amod", "troops NNS troops 3 nsubj", "pushed VBD push 0 root", "the DT the 5 det", "enemy NN enemy 3 obj", "back RB back 3 advmod", "from IN from 8 case", "Robotyne NNP Robotyne 6 obl", ". . . 3 punct")
                .actor("Ukrainian troops", "UKRMIL").place("Robotyne", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(of(pushedBack, Kind.CONTROL)).singleElement().satisfies(a -> assertThat(a.actor().code()).isEqualTo("UKR"));
    }
}
