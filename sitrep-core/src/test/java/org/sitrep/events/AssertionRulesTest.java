package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Assertion;
import org.sitrep.model.Assertion.Kind;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Layer;
import org.sitrep.model.Modality;

/** The rules that tell ground fighting from strikes and wars, and control stated by an adjective (hand parses). */
class AssertionRulesTest {
    @Test
    void aControllerIsNamedAsItsCountryNotAsTheOfficeWhoseWordsMadeIt() {
        var ministry = new ActorRef("RUSMIL", "Ministry of Defence of the Russian Federation", null, null);
        assertThat(AssertionBuilder.country(ministry)).extracting(r -> r.code(), r -> r.name()).containsExactly("RUS", "Russia");
        // an alliance keeps its code and name; a code that names no state in the registry keeps the name it had
        var nato = new ActorRef("IGOWSTNAT", "NATO", null, null);
        assertThat(AssertionBuilder.country(nato)).isEqualTo(nato);
        assertThat(AssertionBuilder.country(new ActorRef("ZZZMIL", "Zedland troops", null, null)).name())
                .isEqualTo("Zedland troops");
    }

    private static List<Assertion> of(Doc doc, Kind kind) {
        return doc.get(Layer.ASSERTIONS).stream().filter(a -> a.kind() == kind).toList();
    }

    private static String at(Doc doc, Assertion a) {
        return a.span().of(doc.text());
    }

    @Test
    void aDroneAttackOnATownIsNoFightingButAnAttackOnPositionsIs() {
        Doc drones = Parsed.of("Russian drones attacked Odesa.", "Russian JJ russian 2 amod", "drones NNS drone 3 nsubj",
                "attacked VBD attack 0 root", "Odesa NNP odesa 3 obj")
                .actor("Russian drones", "RUSMIL").place("Odesa", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(drones.get(Layer.EVENTS)).extracting(Event::trigger).contains("attack");
        assertThat(of(drones, Kind.FIGHTING)).isEmpty();

        Doc positions = Parsed.of("Russian forces attacked Ukrainian positions near Bakhmut.",
                "Russian JJ russian 2 amod", "forces NNS force 3 nsubj", "attacked VBD attack 0 root",
                "Ukrainian JJ ukrainian 5 amod", "positions NNS position 3 obj", "near IN near 7 case",
                "Bakhmut NNP bakhmut 3 obl")
                .actor("Russian forces", "RUSMIL").actor("Ukrainian", "UKR")
                .place("Bakhmut", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(of(positions, Kind.FIGHTING)).hasSize(1);
    }

    @Test
    void repelledAttacksAreOneFightingWithTheirCount() {
        Doc doc = Parsed.of("Ukrainian forces repelled 12 Russian attacks near Bakhmut.", "Ukrainian JJ ukrainian 2 amod",
                "forces NNS force 3 nsubj", "repelled VBD repel 0 root", "12 CD 12 6 nummod", "Russian JJ russian 6 amod",
                "attacks NNS attack 3 obj", "near IN near 8 case", "Bakhmut NNP bakhmut 3 obl")
                .actor("Ukrainian forces", "UKRMIL").actor("Russian", "RUS")
                .place("Bakhmut", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        List<Assertion> fighting = of(doc, Kind.FIGHTING);
        assertThat(fighting).hasSize(1);
        assertThat(at(doc, fighting.get(0))).isEqualTo("repelled");
        assertThat(fighting.get(0).count().value()).isEqualTo(12);
        assertThat(fighting.get(0).count().counted()).isEqualTo("attacks");
    }

    @Test
    void fightingInAWholeCountryIsTheWarButInItsEastAFront() {
        Doc war = Parsed.of("Wagner contractors are fighting in Ukraine.", "Wagner NNP wagner 2 compound",
                "contractors NNS contractor 4 nsubj", "are VBP be 4 aux", "fighting VBG fight 0 root", "in IN in 6 case",
                "Ukraine NNP ukraine 4 obl").place("Ukraine", FeatureKind.COUNTRY, "UA").analyzed();
        assertThat(of(war, Kind.FIGHTING)).isEmpty();

        Doc front = Parsed.of("Russian forces are fighting in eastern Ukraine.", "Russian JJ russian 2 amod",
                "forces NNS force 4 nsubj", "are VBP be 4 aux", "fighting VBG fight 0 root", "in IN in 7 case",
                "eastern JJ eastern 7 amod", "Ukraine NNP ukraine 4 obl")
                .actor("Russian forces", "RUSMIL").place("Ukraine", FeatureKind.COUNTRY, "UA").analyzed();
        assertThat(of(front, Kind.FIGHTING)).hasSize(1);
    }

    @Test
    void aPlannedAssaultAPossibleOffensiveAndAnAimToSeizeAreNoFacts() {
        Doc planned = Parsed.of("Moscow denied planning an assault.", "Moscow NNP moscow 2 nsubj", "denied VBD deny 0 root",
                "planning VBG plan 2 xcomp", "an DT a 5 det", "assault NN assault 3 obj").actor("Moscow", "RUS").analyzed();
        assertThat(of(planned, Kind.FIGHTING)).extracting(Assertion::modality).containsExactly(Modality.PLANNED);

        Doc possible = Parsed.of("Kyiv warned of a possible future offensive.", "Kyiv NNP kyiv 2 nsubj",
                "warned VBD warn 0 root", "of IN of 7 case", "a DT a 7 det", "possible JJ possible 7 amod",
                "future JJ future 7 amod", "offensive NN offensive 2 obl")
                .actor("Kyiv", "UKR").analyzed();
        assertThat(possible.get(Layer.EVENTS)).extracting(Event::trigger).contains("offensive");
        assertThat(of(possible, Kind.FIGHTING)).extracting(Assertion::modality).containsExactly(Modality.HYPOTHETICAL);

        Doc aim = Parsed.of("A Russian offensive is under way to seize Chasiv Yar.", "A DT a 3 det",
                "Russian JJ russian 3 amod", "offensive NN offensive 6 nsubj", "is VBZ be 6 cop", "under IN under 6 case",
                "way NN way 0 root", "to TO to 8 mark", "seize VB seize 6 advcl", "Chasiv NNP chasiv 10 compound",
                "Yar NNP yar 8 obj").actor("Russian", "RUS").place("Chasiv Yar", FeatureKind.POPULATED_PLACE, "UA")
                .analyzed();
        assertThat(of(aim, Kind.CONTROL)).extracting(Assertion::modality).containsExactly(Modality.PLANNED);
        assertThat(of(aim, Kind.FIGHTING)).extracting(a -> at(aim, a)).containsExactly("offensive");
        assertThat(of(aim, Kind.FIGHTING)).extracting(Assertion::modality).containsExactly(Modality.ACTUAL);
        // the offensive is where its aim lies
        assertThat(of(aim, Kind.FIGHTING).get(0).place().place().name()).isEqualTo("Chasiv Yar");
    }

    @Test
    void anAttemptedAssaultIsFightingButAnAttemptedCaptureNoControl() {
        Doc storm = Parsed.of("Enemy troops are trying to storm the town.", "Enemy NN enemy 2 compound",
                "troops NNS troop 4 nsubj", "are VBP be 4 aux", "trying VBG try 0 root", "to TO to 6 mark",
                "storm VB storm 4 xcomp", "the DT the 8 det", "town NN town 6 obj").analyzed();
        assertThat(of(storm, Kind.FIGHTING)).extracting(Assertion::modality).containsExactly(Modality.ACTUAL);

        Doc capture = Parsed.of("Russian troops tried to capture Chasiv Yar.", "Russian JJ russian 2 amod",
                "troops NNS troop 3 nsubj", "tried VBD try 0 root", "to TO to 5 mark", "capture VB capture 3 xcomp",
                "Chasiv NNP chasiv 7 compound", "Yar NNP yar 5 obj").actor("Russian troops", "RUSMIL")
                .place("Chasiv Yar", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(of(capture, Kind.CONTROL)).extracting(Assertion::modality).containsExactly(Modality.PLANNED);
    }

    @Test
    void gainingGroundAndAnAreaTakenAreControl() {
        Doc ground = Parsed.of("Russian forces are gaining ground in Ukraine.", "Russian JJ russian 2 amod",
                "forces NNS force 4 nsubj", "are VBP be 4 aux", "gaining VBG gain 0 root", "ground NN ground 4 obj",
                "in IN in 7 case", "Ukraine NNP ukraine 4 obl").actor("Russian forces", "RUSMIL")
                .place("Ukraine", FeatureKind.COUNTRY, "UA").analyzed();
        assertThat(of(ground, Kind.CONTROL)).singleElement().satisfies(a -> {
            assertThat(a.actor().code()).isEqualTo("RUS");
            assertThat(a.place().place().name()).isEqualTo("Ukraine");
        });

        Doc area = Parsed.of("Ukrainian forces liberated 3,800 square kilometres.", "Ukrainian JJ ukrainian 2 amod",
                "forces NNS force 3 nsubj", "liberated VBD liberate 0 root", "3,800 CD 3,800 6 nummod",
                "square JJ square 6 amod", "kilometres NNS kilometre 3 obj").actor("Ukrainian forces", "UKRMIL").analyzed();
        assertThat(of(area, Kind.CONTROL)).singleElement().satisfies(a -> {
            assertThat(a.actor().code()).isEqualTo("UKR");
            assertThat(a.placeName()).isNull();
        });

        // no area, no place: nothing to hold
        Doc people = Parsed.of("Ukrainian forces liberated 150 people.", "Ukrainian JJ ukrainian 2 amod",
                "forces NNS force 3 nsubj", "liberated VBD liberate 0 root", "150 CD 150 5 nummod",
                "people NNS people 3 obj").actor("Ukrainian forces", "UKRMIL").analyzed();
        assertThat(of(people, Kind.CONTROL)).isEmpty();
    }

    @Test
    void takingPartAndAnotherSenseOfAControlVerbTakeNoGround() {
        Doc part = Parsed.of("Russian athletes take part in the Paris Games.", "Russian JJ russian 2 amod",
                "athletes NNS athlete 3 nsubj", "take VBP take 0 root", "part NN part 3 obj", "in IN in 8 case",
                "the DT the 8 det", "Paris NNP paris 8 compound", "Games NNPS games 3 obl")
                .actor("Russian athletes", "RUS").place("Paris", FeatureKind.POPULATED_PLACE, "FR").analyzed();
        assertThat(of(part, Kind.CONTROL)).isEmpty();
        assertThat(WarLexicon.control("push back", "190")).isEqualTo(WarLexicon.ControlEffect.DEFEND);
        assertThat(WarLexicon.control("push", "1711")).isEqualTo(WarLexicon.ControlEffect.NONE);
    }

    @Test
    void aPlaceInAnActorsNameAClauseOfTimeOrAnotherClauseIsNotWhereItHappened() {
        Doc forces = Parsed.of("The armed forces of Ukraine began a counteroffensive.", "The DT the 3 det",
                "armed JJ armed 3 amod", "forces NNS force 6 nsubj", "of IN of 5 case", "Ukraine NNP ukraine 3 nmod",
                "began VBD begin 0 root", "a DT a 8 det", "counteroffensive NN counteroffensive 6 obj")
                .actor("armed forces of Ukraine", "UKRMIL").place("Ukraine", FeatureKind.COUNTRY, "UA").analyzed();
        assertThat(of(forces, Kind.FIGHTING)).singleElement().satisfies(a -> assertThat(a.placeName()).isNull());

        Doc since = Parsed.of("Five soldiers were killed since Russia invaded Ukraine.", "Five CD five 2 nummod",
                "soldiers NNS soldier 4 nsubj:pass", "were VBD be 4 aux:pass", "killed VBN kill 0 root",
                "since IN since 7 mark", "Russia NNP russia 7 nsubj", "invaded VBD invade 4 advcl",
                "Ukraine NNP ukraine 7 obj").actor("Russia", "RUS").place("Russia", FeatureKind.COUNTRY, "RU")
                .place("Ukraine", FeatureKind.COUNTRY, "UA").analyzed();
        assertThat(of(since, Kind.CASUALTIES)).singleElement().satisfies(a -> assertThat(a.placeName()).isNull());

        Doc other = Parsed.of("Ten people died, and there are 900 displaced in Ukraine.", "Ten CD ten 2 nummod",
                "people NNS people 3 nsubj", "died VBD die 0 root", ", , , 7 punct", "and CC and 7 cc",
                "there EX there 7 expl", "are VBP be 3 conj", "900 CD 900 7 nsubj", "displaced VBN displace 8 acl",
                "in IN in 11 case", "Ukraine NNP ukraine 9 obl").place("Ukraine", FeatureKind.COUNTRY, "UA").analyzed();
        assertThat(of(other, Kind.CASUALTIES)).singleElement().satisfies(a -> assertThat(a.placeName()).isNull());
    }

    @Test
    void anOccupiedPlaceInsideAClaimIsTheReportersWordsUnlessQuoted() {
        Doc doc = Parsed.of("Four people were killed in Russian-occupied Melitopol, officials said.",
                "Four CD four 2 nummod", "people NNS people 4 nsubj:pass", "were VBD be 4 aux:pass",
                "killed VBN kill 0 root", "in IN in 9 case", "Russian JJ russian 8 amod", "- HYPH - 8 punct",
                "occupied JJ occupied 9 amod", "Melitopol NNP melitopol 4 obl", ", , , 12 punct",
                "officials NNS official 12 nsubj", "said VBD say 4 parataxis")
                .place("Melitopol", FeatureKind.POPULATED_PLACE, "UA")
                .claim("said", "assert", "officials", "RUSGOV", "Four people were killed in Russian-occupied Melitopol")
                .analyzed();
        assertThat(of(doc, Kind.CONTROL)).singleElement().satisfies(a -> {
            assertThat(a.claim()).isNull();
            assertThat(a.actor().code()).isEqualTo("RUS");
        });
        assertThat(of(doc, Kind.CASUALTIES)).singleElement().satisfies(a -> assertThat(a.claim()).isNotNull());
    }

    @Test
    void anInfinitiveHangingFromTheAddresseeOfADemandIsDemanded() {
        Doc doc = Parsed.of("The EU called on Russia to withdraw from Kherson.", "The DT the 2 det", "EU NNP eu 3 nsubj",
                "called VBD call 0 root", "on IN on 5 case", "Russia NNP russia 3 obl", "to TO to 7 mark",
                "withdraw VB withdraw 5 acl", "from IN from 9 case", "Kherson NNP kherson 7 obl")
                .actor("EU", "IGOEEU").actor("Russia", "RUS").place("Kherson", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(doc.get(Layer.EVENTS)).filteredOn(e -> e.trigger().equals("withdraw"))
                .extracting(Event::modality).containsExactly(Modality.DEMANDED);
    }

    @Test
    void anOccupiedPlaceIsControlledByTheStateBeforeTheHyphen() {
        Doc doc = Parsed.of("Russian-occupied Melitopol was hit.", "Russian JJ russian 3 amod", "- HYPH - 3 punct",
                "occupied JJ occupied 4 amod", "Melitopol NNP melitopol 6 nsubj:pass", "was VBD be 6 aux:pass",
                "hit VBN hit 0 root").place("Melitopol", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        List<Assertion> control = of(doc, Kind.CONTROL);
        assertThat(control).hasSize(1);
        assertThat(control.get(0).actor().code()).isEqualTo("RUS");
        assertThat(control.get(0).place().place().name()).isEqualTo("Melitopol");

        Doc bare = Parsed.of("The occupied town of Avdiivka was shelled.", "The DT the 3 det", "occupied JJ occupied 3 amod",
                "town NN town 7 nsubj:pass", "of IN of 5 case", "Avdiivka NNP avdiivka 3 nmod", "was VBD be 7 aux:pass",
                "shelled VBN shell 0 root").place("Avdiivka", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        List<Assertion> held = of(bare, Kind.CONTROL);
        assertThat(held).hasSize(1);
        assertThat(held.get(0).actor()).isNull(); // who occupies it, the words do not say
        assertThat(of(bare, Kind.FIGHTING)).isEmpty(); // shelling a town is no ground fighting
    }

    @Test
    void twoSidesOfAClashAreAgentAndTarget() {
        Doc doc = Parsed.of("Russian and Ukrainian forces clashed near Robotyne.", "Russian JJ russian 4 amod",
                "and CC and 3 cc", "Ukrainian JJ ukrainian 1 conj", "forces NNS force 5 nsubj", "clashed VBD clash 0 root",
                "near IN near 7 case", "Robotyne NNP robotyne 5 obl")
                .actor("Russian", "RUS").actor("Ukrainian forces", "UKRMIL").analyzed();
        Event clash = doc.get(Layer.EVENTS).get(0);
        assertThat(clash.agent().code()).isEqualTo("RUS");
        assertThat(clash.target().code()).isEqualTo("UKRMIL");
    }

    @Test
    void troopsAreNamedMilitaryOnce() {
        assertThat(EventArguments.military("Ukraine (forces)")).isEqualTo("Ukraine (military)");
        assertThat(EventArguments.military("Ukraine (military)")).isEqualTo("Ukraine (military)");
        assertThat(EventArguments.military("Russia")).isEqualTo("Russia (military)");
    }

    @Test
    void aCapitalSpeakingOrRulingForItsGovernmentIsNoPlaceOfTheEvent() {
        Doc threat = Parsed.of("Moscow threatened an attack on the bridge.", "Moscow NNP moscow 2 nsubj",
                "threatened VBD threaten 0 root", "an DT an 4 det", "attack NN attack 2 obj", "on IN on 7 case",
                "the DT the 7 det", "bridge NN bridge 4 nmod").place("Moscow", FeatureKind.POPULATED_PLACE, "RU").analyzed();
        Doc ruled = Parsed.of("Shelling hit Moscow-controlled areas.", "Shelling NN shelling 2 nsubj",
                "hit VBD hit 0 root", "Moscow-controlled JJ moscow-controlled 4 amod", "areas NNS area 2 obj")
                .place("Moscow", FeatureKind.POPULATED_PLACE, "RU").analyzed();
        Doc hit = Parsed.of("Shelling hit Moscow.", "Shelling NN shelling 2 nsubj", "hit VBD hit 0 root",
                "Moscow NNP moscow 2 obj").place("Moscow", FeatureKind.POPULATED_PLACE, "RU").analyzed();
        assertThat(threat.get(Layer.EVENTS)).isNotEmpty().allMatch(e -> e.place() == null);
        assertThat(ruled.get(Layer.EVENTS)).isNotEmpty().allMatch(e -> e.place() == null);
        assertThat(hit.get(Layer.EVENTS)).isNotEmpty().anyMatch(e -> e.place() != null && e.place().place().name().equals("Moscow"));
    }

    private static String place(Assertion a) {
        return a.place() == null ? null : a.place().place().name();
    }

    @Test
    void aTakingInARelativeClauseTakesTheNounItModifiesNotItsSubjectOrWhatItIsTakenFrom() {
        Doc which = Parsed.of("Kyiv wants Crimea, which Moscow annexed from Ukraine.", "Kyiv NNP kyiv 2 nsubj",
                "wants VBZ want 0 root", "Crimea NNP crimea 2 obj", ", , , 3 punct", "which WDT which 7 obj",
                "Moscow NNP moscow 7 nsubj", "annexed VBD annex 3 acl:relcl", "from IN from 9 case",
                "Ukraine NNP ukraine 7 obl").place("Crimea", FeatureKind.ADMIN1, "UA")
                .place("Moscow", FeatureKind.POPULATED_PLACE, "RU").place("Ukraine", FeatureKind.COUNTRY, "UA").analyzed();
        assertThat(of(which, Kind.CONTROL)).extracting(AssertionRulesTest::place).containsExactly("Crimea");

        Doc participle = Parsed.of("He joined exchanges of prisoners in Donetsk, occupied by Russia.",
                "He PRP he 2 nsubj", "joined VBD join 0 root", "exchanges NNS exchange 2 obj", "of IN of 5 case",
                "prisoners NNS prisoner 3 nmod", "in IN in 7 case", "Donetsk NNP donetsk 3 nmod", ", , , 9 punct",
                "occupied VBN occupy 3 acl", "by IN by 11 case", "Russia NNP russia 9 obl").actor("Russia", "RUS")
                .place("Donetsk", FeatureKind.ADMIN1, "UA").analyzed();
        assertThat(of(participle, Kind.CONTROL)).singleElement().satisfies(a -> {
            assertThat(place(a)).isEqualTo("Donetsk");
            assertThat(a.actor().code()).isEqualTo("RUS");
        });

        Doc village = Parsed.of("Troops entered Predtechino, a village in Donetsk that was liberated on Tuesday.",
                "Troops NNS troop 2 nsubj", "entered VBD enter 0 root", "Predtechino NNP predtechino 2 obj", ", , , 3 punct",
                "a DT a 6 det", "village NN village 3 appos", "in IN in 8 case", "Donetsk NNP donetsk 6 nmod",
                "that WDT that 11 nsubj:pass", "was VBD be 11 aux:pass", "liberated VBN liberate 6 acl:relcl",
                "on IN on 13 case", "Tuesday NNP tuesday 11 obl").place("Predtechino", FeatureKind.POPULATED_PLACE, "UA")
                .place("Donetsk", FeatureKind.ADMIN1, "UA").analyzed();
        assertThat(of(village, Kind.CONTROL)).filteredOn(a -> at(village, a).equals("liberated"))
                .extracting(AssertionRulesTest::place).containsExactly("Predtechino");

        // "it" refers back to the sentence's first town, not to a country named in between
        Doc pronoun = Parsed.of("Kherson's port, unlike America's, is empty after it was occupied.",
                "Kherson NNP kherson 3 nmod:poss", "'s POS 's 1 case", "port NN port 10 nsubj", ", , , 5 punct",
                "unlike IN unlike 6 case", "America NNP america 3 nmod", "'s POS 's 6 case", ", , , 3 punct",
                "is VBZ be 10 cop", "empty JJ empty 0 root", "after IN after 14 mark", "it PRP it 14 nsubj:pass",
                "was VBD be 14 aux:pass", "occupied VBN occupy 10 advcl").place("Kherson", FeatureKind.POPULATED_PLACE, "UA")
                .place("America", FeatureKind.POPULATED_PLACE, "US").analyzed();
        assertThat(of(pronoun, Kind.CONTROL)).extracting(AssertionRulesTest::place).containsExactly("Kherson");
    }

    @Test
    void aPlaceAndOtherOccupiedRegionsAndCoordinatedPlacesAreEachControl() {
        Doc other = Parsed.of("Votes are planned in Kherson and other occupied regions.", "Votes NNS vote 3 nsubj:pass",
                "are VBP be 3 aux:pass", "planned VBN plan 0 root", "in IN in 5 case", "Kherson NNP kherson 3 obl",
                "and CC and 9 cc", "other JJ other 9 amod", "occupied JJ occupied 9 amod", "regions NNS region 5 conj")
                .place("Kherson", FeatureKind.ADMIN1, "UA").analyzed();
        assertThat(of(other, Kind.CONTROL)).extracting(AssertionRulesTest::place).containsExactly("Kherson");

        Doc both = Parsed.of("Russian forces occupied Crimea and parts of Donetsk.", "Russian JJ russian 2 amod",
                "forces NNS force 3 nsubj", "occupied VBD occupy 0 root", "Crimea NNP crimea 3 obj", "and CC and 6 cc",
                "parts NNS part 4 conj", "of IN of 8 case", "Donetsk NNP donetsk 6 nmod").actor("Russian forces", "RUSMIL")
                .place("Crimea", FeatureKind.ADMIN1, "UA").place("Donetsk", FeatureKind.ADMIN1, "UA").analyzed();
        assertThat(of(both, Kind.CONTROL)).extracting(AssertionRulesTest::place).containsExactlyInAnyOrder("Crimea", "Donetsk");
        assertThat(of(both, Kind.CONTROL)).allSatisfy(a -> assertThat(a.actor().code()).isEqualTo("RUS"));

        Doc demonym = Parsed.of("They toured liberated Ukrainian cities like Izium.", "They PRP they 2 nsubj",
                "toured VBD tour 0 root", "liberated JJ liberated 5 amod", "Ukrainian JJ ukrainian 5 amod",
                "cities NNS city 2 obj", "like IN like 7 case", "Izium NNP izium 5 nmod")
                .place("Ukrainian", FeatureKind.COUNTRY, "UA").place("Izium", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(of(demonym, Kind.CONTROL)).extracting(AssertionRulesTest::place).containsExactly("Izium");
    }

    @Test
    void takingOverAndACounterAttackAreWarTriggersAndAByPhraseNamesNoPlace() {
        Doc over = Parsed.of("He took over Crimea.", "He PRP he 2 nsubj", "took VBD take 0 root",
                "over RP over 2 compound:prt", "Crimea NNP crimea 2 obj").place("Crimea", FeatureKind.ADMIN1, "UA").analyzed();
        assertThat(of(over, Kind.CONTROL)).extracting(AssertionRulesTest::place).containsExactly("Crimea");

        Doc counter = Parsed.of("A counter-attack by Kyiv began.", "A DT a 2 det", "counter-attack NN counter-attack 5 nsubj",
                "by IN by 4 case", "Kyiv NNP kyiv 2 nmod", "began VBD begin 0 root")
                .place("Kyiv", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(of(counter, Kind.FIGHTING)).singleElement().satisfies(a -> assertThat(a.placeName()).isNull());
    }

    @Test
    void potentialPreventedAndObligedEventsAreNoFacts() {
        Doc potential = Parsed.of("We have potential for an advance of our forces.", "We PRP we 2 nsubj",
                "have VBP have 0 root", "potential NN potential 2 obj", "for IN for 6 case", "an DT an 6 det",
                "advance NN advance 3 nmod", "of IN of 9 case", "our PRP$ our 9 nmod:poss", "forces NNS force 6 nmod").analyzed();
        assertThat(of(potential, Kind.FIGHTING)).extracting(Assertion::modality).containsExactly(Modality.HYPOTHETICAL);

        Doc prevent = Parsed.of("This will prevent the occupation of Odesa.", "This DT this 3 nsubj", "will MD will 3 aux",
                "prevent VB prevent 0 root", "the DT the 5 det", "occupation NN occupation 3 obj", "of IN of 7 case",
                "Odesa NNP odesa 5 nmod").place("Odesa", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(of(prevent, Kind.CONTROL)).extracting(Assertion::modality).containsExactly(Modality.HYPOTHETICAL);

        Doc obliged = Parsed.of("We have to repel the attack near Kupiansk.", "We PRP we 4 nsubj", "have VBP have 4 aux",
                "to TO to 4 mark", "repel VB repel 0 root", "the DT the 6 det", "attack NN attack 4 obj", "near IN near 8 case",
                "Kupiansk NNP kupiansk 4 obl").place("Kupiansk", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(of(obliged, Kind.FIGHTING)).isNotEmpty().allMatch(a -> a.modality() == Modality.HYPOTHETICAL);
    }

    @Test
    void capturedThingsRepelledMissilesNamedBattlesAndFightingByDronesHoldNoGround() {
        Doc drones = Parsed.of("All drones were captured near Kharkiv.", "All DT all 2 det", "drones NNS drone 4 nsubj:pass",
                "were VBD be 4 aux:pass", "captured VBN capture 0 root", "near IN near 6 case", "Kharkiv NNP kharkiv 4 obl")
                .place("Kharkiv", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(of(drones, Kind.CONTROL)).isEmpty();

        Doc missiles = Parsed.of("They helped Israel repel a missile attack from Iran.", "They PRP they 2 nsubj",
                "helped VBD help 0 root", "Israel NNP israel 2 obj", "repel VB repel 2 xcomp", "a DT a 7 det",
                "missile NN missile 7 compound", "attack NN attack 4 obj", "from IN from 9 case", "Iran NNP iran 7 nmod")
                .place("Iran", FeatureKind.COUNTRY, "IR").analyzed();
        assertThat(of(missiles, Kind.CONTROL)).isEmpty();
        assertThat(of(missiles, Kind.FIGHTING)).isEmpty();

        Doc named = Parsed.of("He marked the Battle of Stalingrad.", "He PRP he 2 nsubj", "marked VBD mark 0 root",
                "the DT the 4 det", "Battle NN battle 2 obj", "of IN of 6 case", "Stalingrad NNP stalingrad 4 nmod").analyzed();
        assertThat(of(named, Kind.FIGHTING)).isEmpty();

        Doc byAir = Parsed.of("Ukraine brought the battle to Russian soil through drone attacks.",
                "Ukraine NNP ukraine 2 nsubj", "brought VBD bring 0 root", "the DT the 4 det", "battle NN battle 2 obj",
                "to IN to 7 case", "Russian JJ russian 7 amod", "soil NN soil 2 obl", "through IN through 2 advmod",
                "drone NN drone 10 compound", "attacks NNS attack 8 dep").analyzed();
        assertThat(of(byAir, Kind.FIGHTING)).isEmpty();
    }

    @Test
    void aCountOfPeopleHurtIsCasualtiesWithOrWithoutAVerb() {
        Doc known = Parsed.of("Three people are known to have died, and 20 people are on the list of wounded.",
                "Three CD three 2 nummod", "people NNS person 4 nsubj:pass", "are VBP be 4 aux:pass", "known VBN know 0 root",
                "to TO to 7 mark", "have VB have 7 aux", "died VBN die 4 xcomp", ", , , 15 punct", "and CC and 15 cc",
                "20 CD 20 11 nummod", "people NNS person 15 nsubj", "are VBP be 15 cop", "on IN on 15 case", "the DT the 15 det",
                "list NN list 7 conj", "of IN of 17 case", "wounded VBN wound 15 nmod").analyzed();
        assertThat(of(known, Kind.CASUALTIES)).extracting(a -> a.count().value() + " " + a.count().counted())
                .containsExactlyInAnyOrder("3 killed", "20 wounded");
        assertThat(of(known, Kind.CASUALTIES)).allMatch(a -> a.modality() == Modality.ACTUAL);

        Doc injuries = Parsed.of("Authorities reported four injuries.", "Authorities NNS authority 2 nsubj",
                "reported VBD report 0 root", "four CD four 4 nummod", "injuries NNS injury 2 obj").analyzed();
        assertThat(of(injuries, Kind.CASUALTIES)).extracting(a -> a.count().value() + " " + a.count().counted())
                .containsExactly("4 wounded");
    }

    @Test
    void fightingWithNoPlaceCountOrForcesIsTheWar() {
        Doc survival = Parsed.of("Ukraine is fighting for its survival.", "Ukraine NNP ukraine 3 nsubj", "is VBZ be 3 aux",
                "fighting VBG fight 0 root", "for IN for 6 case", "its PRP$ its 6 nmod:poss", "survival NN survival 3 obl")
                .actor("Ukraine", "UKR").analyzed();
        assertThat(of(survival, Kind.FIGHTING)).isEmpty();

        Doc combat = Parsed.of("We thank everyone who is now in combat.", "We PRP we 2 nsubj", "thank VBP thank 0 root",
                "everyone NN everyone 2 obj", "who WP who 8 nsubj", "is VBZ be 8 cop", "now RB now 8 advmod",
                "in IN in 8 case", "combat NN combat 3 acl:relcl").analyzed();
        assertThat(of(combat, Kind.FIGHTING)).isEmpty();

        Doc shifts = Parsed.of("The fighting shifts to the eastern part of the country.", "The DT the 2 det",
                "fighting NN fighting 3 nsubj", "shifts VBZ shift 0 root", "to IN to 7 case", "the DT the 7 det",
                "eastern JJ eastern 7 amod", "part NN part 3 obl", "of IN of 10 case", "the DT the 10 det",
                "country NN country 7 nmod").analyzed();
        assertThat(of(shifts, Kind.FIGHTING)).hasSize(1); // a front named by its direction

        Doc placed = Parsed.of("Fighting continued near Bakhmut.", "Fighting NN fighting 2 nsubj",
                "continued VBD continue 0 root", "near IN near 4 case", "Bakhmut NNP bakhmut 2 obl")
                .place("Bakhmut", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(of(placed, Kind.FIGHTING)).hasSize(1);
    }

    @Test
    void aCapitalizedOccupationOfIsTheNameOfADay() {
        Doc day = Parsed.of("They marked the Day of Resistance to the Occupation of Crimea.", "They PRP they 2 nsubj",
                "marked VBD mark 0 root", "the DT the 4 det", "Day NNP day 2 obj", "of IN of 6 case",
                "Resistance NNP resistance 4 nmod", "to IN to 9 case", "the DT the 9 det", "Occupation NNP occupation 6 nmod",
                "of IN of 11 case", "Crimea NNP crimea 9 nmod")
                .place("Crimea", FeatureKind.ADMIN1, "UA").analyzed();
        assertThat(of(day, Kind.CONTROL)).isEmpty();

        Doc occupation = Parsed.of("They condemned the occupation of Crimea.", "They PRP they 2 nsubj",
                "condemned VBD condemn 0 root", "the DT the 4 det", "occupation NN occupation 2 obj", "of IN of 6 case",
                "Crimea NNP crimea 4 nmod").place("Crimea", FeatureKind.ADMIN1, "UA").analyzed();
        assertThat(of(occupation, Kind.CONTROL)).hasSize(1);
    }

    @Test
    void territoriesUnderAStatesControlAreHeldByIt() {
        Doc doc = Parsed.of("People in Crimea and other territories under Russia's control speak up.",
                "People NNS people 12 nsubj", "in IN in 3 case", "Crimea NNP crimea 1 nmod", "and CC and 6 cc",
                "other JJ other 6 amod", "territories NNS territory 3 conj", "under IN under 10 case",
                "Russia NNP russia 10 nmod:poss", "'s POS 's 8 case", "control NN control 6 nmod", "speak VBP speak 0 root",
                "up RP up 11 compound:prt")
                .actor("Russia", "RUS").place("Crimea", FeatureKind.ADMIN1, "UA").analyzed();
        List<Assertion> control = of(doc, Kind.CONTROL);
        assertThat(control).hasSize(1);
        assertThat(control.get(0).place().place().name()).isEqualTo("Crimea");
        assertThat(control.get(0).actor().code()).isEqualTo("RUS");

        // the parser hangs the phrase on the verb: the noun before "under" is what is held
        Doc onVerb = Parsed.of("They back people in Crimea and other territories currently under Russia's control.",
                "They PRP they 2 nsubj", "back VBP back 0 root", "people NNS people 2 obj", "in IN in 5 case",
                "Crimea NNP crimea 3 nmod", "and CC and 8 cc", "other JJ other 8 amod", "territories NNS territory 5 conj",
                "currently RB currently 13 advmod", "under IN under 13 case", "Russia NNP russia 13 nmod:poss",
                "'s POS 's 11 case", "control NN control 2 obl")
                .actor("Russia", "RUS").place("Crimea", FeatureKind.ADMIN1, "UA").analyzed();
        assertThat(of(onVerb, Kind.CONTROL)).extracting(a -> a.place().place().name() + " " + a.actor().code())
                .containsExactly("Crimea RUS");

        Doc troops = Parsed.of("Kyiv placed its troops under Polish control.", "Kyiv NNP kyiv 2 nsubj",
                "placed VBD place 0 root", "its PRP$ its 4 nmod:poss", "troops NNS troop 2 obj", "under IN under 7 case",
                "Polish JJ polish 7 amod", "control NN control 2 obl").actor("Kyiv", "UKR").actor("Polish", "POL")
                .place("Kyiv", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(of(troops, Kind.CONTROL)).isEmpty(); // troops are no ground
    }

    @Test
    void aHeldLabelOverSeveralPlacesIsOneControlEach() {
        Doc doc = Parsed.of("Votes were held in Russian-controlled parts of Donetsk, Luhansk and Kherson.",
                "Votes NNS vote 3 nsubj:pass", "were VBD be 3 aux:pass", "held VBN hold 0 root", "in IN in 8 case",
                "Russian JJ russian 7 amod", "- HYPH - 7 punct", "controlled JJ controlled 8 amod", "parts NNS part 3 obl",
                "of IN of 10 case", "Donetsk NNP donetsk 8 nmod", ", , , 12 punct", "Luhansk NNP luhansk 10 conj",
                "and CC and 15 cc", "Kherson NNP kherson 10 conj")
                .place("Donetsk", FeatureKind.ADMIN1, "UA").place("Luhansk", FeatureKind.ADMIN1, "UA")
                .place("Kherson", FeatureKind.ADMIN1, "UA").analyzed();
        assertThat(of(doc, Kind.CONTROL)).extracting(a -> a.place().place().name())
                .containsExactlyInAnyOrder("Donetsk", "Luhansk", "Kherson");
        assertThat(of(doc, Kind.CONTROL)).allMatch(a -> a.actor() != null && a.actor().code().equals("RUS"));
    }
}
