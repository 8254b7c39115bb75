package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Assertion;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Layer;
import org.sitrep.model.Modality;
import org.sitrep.model.PloverType;
import org.sitrep.model.Polarity;
import org.sitrep.model.Quantity;
import org.sitrep.testkit.TestDocs;

class EventExtractorTest {
    private static final String CAPTURED = "Russian forces captured Avdiivka.";

    private static Parsed captured() {
        return Parsed.of(CAPTURED, "Russian JJ russian 2 amod", "forces NNS force 3 nsubj",
                        "captured VBD capture 0 root", "Avdiivka NNP avdiivka 3 obj", ". . . 3 punct")
                .actor("Russian forces", "RUSMIL").place("Avdiivka", FeatureKind.POPULATED_PLACE, "UA");
    }

    @Test
    void aCaptureIsSeizureWithAgentPlaceAndControlForTheAgentsCountry() {
        Doc doc = captured().analyzed();
        Event e = doc.get(Layer.EVENTS).get(0);
        assertThat(e.type()).isEqualTo(PloverType.COERCE);
        assertThat(e.agent().code()).isEqualTo("RUSMIL");
        assertThat(e.place().place().name()).isEqualTo("Avdiivka");
        assertThat(e.polarity()).isEqualTo(Polarity.POSITIVE);
        assertThat(e.holder().name()).isEqualTo("Test Wire");
        assertThat(e.claim()).isNull();
        Assertion a = doc.get(Layer.ASSERTIONS).get(0);
        assertThat(a.kind()).isEqualTo(Assertion.Kind.CONTROL);
        assertThat(a.actor().code()).isEqualTo("RUS");
        assertThat(a.polarity()).isEqualTo(Polarity.POSITIVE);
        assertThat(a.time().value().start()).isEqualTo(doc.article().published()); // narration: as of publication
    }

    @Test
    void aWithdrawalIsControlOfTheLeaverDenied() {
        Doc doc = Parsed.of("Ukrainian troops withdrew from Avdiivka.", "Ukrainian JJ ukrainian 2 amod",
                        "troops NNS troop 3 nsubj", "withdrew VBD withdraw 0 root", "from IN from 5 case",
                        "Avdiivka NNP avdiivka 3 obl", ". . . 3 punct")
                .actor("Ukrainian troops", "UKRMIL").place("Avdiivka", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(doc.get(Layer.EVENTS)).extracting(Event::type).containsExactly(PloverType.RETREAT);
        Assertion a = doc.get(Layer.ASSERTIONS).get(0);
        assertThat(a.kind()).isEqualTo(Assertion.Kind.CONTROL);
        assertThat(a.actor().code()).isEqualTo("UKR");
        assertThat(a.polarity()).isEqualTo(Polarity.NEGATIVE);
    }

    @Test
    void negationMakesTheEventDenied() {
        Doc doc = Parsed.of("Russian forces did not capture Avdiivka.", "Russian JJ russian 2 amod",
                        "forces NNS force 5 nsubj", "did VBD do 5 aux", "not RB not 5 advmod",
                        "capture VB capture 0 root", "Avdiivka NNP avdiivka 5 obj", ". . . 5 punct")
                .actor("Russian forces", "RUSMIL").place("Avdiivka", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(doc.get(Layer.EVENTS).get(0).polarity()).isEqualTo(Polarity.NEGATIVE);
        assertThat(doc.get(Layer.ASSERTIONS).get(0).polarity()).isEqualTo(Polarity.NEGATIVE);
    }

    @Test
    void clashesAreCountedFightingHeldByTheClaimsSource() {
        String text = "The General Staff said 21 clashes occurred in the Kursk region.";
        Doc doc = Parsed.of(text, "The DT the 3 det", "General NNP general 3 compound", "Staff NNP staff 4 nsubj",
                        "said VBD say 0 root", "21 CD 21 6 nummod", "clashes NNS clash 7 nsubj",
                        "occurred VBD occur 4 ccomp", "in IN in 11 case", "the DT the 11 det",
                        "Kursk NNP kursk 11 compound", "region NN region 7 obl", ". . . 4 punct")
                .actor("General Staff", "UKRMIL").place("Kursk region", FeatureKind.ADMIN1, "RU")
                .claim("said", "assert", "General Staff", "UKRMIL", "21 clashes occurred in the Kursk region")
                .analyzed();
        Event e = doc.get(Layer.EVENTS).get(0);
        assertThat(e.type()).isEqualTo(PloverType.FIGHT);
        assertThat(e.holder().code()).isEqualTo("UKRMIL");
        assertThat(e.claim()).isEqualTo("cue:" + text.indexOf("said") + "-" + (text.indexOf("said") + 4));
        assertThat(e.quantities()).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(21);
            assertThat(q.counted()).isEqualTo("clashes");
        });
        Assertion a = doc.get(Layer.ASSERTIONS).get(0);
        assertThat(a.kind()).isEqualTo(Assertion.Kind.FIGHTING);
        assertThat(a.count().value()).isEqualTo(21);
        assertThat(a.place().place().name()).isEqualTo("Kursk region");
        assertThat(a.time().value().timex()).isEqualTo("2025-04-26"); // the claim's statement date
    }

    @Test
    void aDemandOfAnotherToStopDeployingIsDemandedDeployment() {
        String text = "Washington called on Pyongyang to stop deploying its troops in Russia.";
        Doc doc = Parsed.of(text, "Washington NNP washington 2 nsubj", "called VBD call 0 root",
                        "on RP on 2 compound:prt", "Pyongyang NNP pyongyang 2 obj", "to TO to 6 mark",
                        "stop VB stop 2 xcomp", "deploying VBG deploy 6 xcomp", "its PRP$ its 9 nmod:poss",
                        "troops NNS troop 7 obj", "in IN in 11 case", "Russia NNP russia 7 obl", ". . . 2 punct")
                .actor("Washington", "USAGOV").actor("Pyongyang", "PRKGOV")
                .place("Russia", FeatureKind.COUNTRY, "RU")
                .claim("called on", "demand", "Washington", "USAGOV", "Pyongyang to stop deploying its troops in Russia")
                .analyzed();
        List<Event> events = doc.get(Layer.EVENTS);
        assertThat(events).extracting(Event::type).contains(PloverType.DEMAND, PloverType.MOBILIZE);
        Event demand = events.stream().filter(e -> e.type() == PloverType.DEMAND).findFirst().orElseThrow();
        assertThat(demand.agent().code()).isEqualTo("USAGOV");
        assertThat(demand.target().code()).isEqualTo("PRKGOV");
        Event deploy = events.stream().filter(e -> e.type() == PloverType.MOBILIZE).findFirst().orElseThrow();
        assertThat(deploy.modality()).isEqualTo(Modality.DEMANDED);
        assertThat(deploy.agent().code()).isEqualTo("PRKGOV");
        assertThat(deploy.target().code()).isEqualTo("PRKMIL");
        assertThat(deploy.place().place().name()).isEqualTo("Russia");
        assertThat(doc.get(Layer.ASSERTIONS)).anySatisfy(a -> {
            assertThat(a.kind()).isEqualTo(Assertion.Kind.DEPLOYMENT);
            assertThat(a.actor().code()).isEqualTo("PRKMIL");
        });
    }

    @Test
    void casualtiesAreCountedWithTheirKind() {
        String text = "Five civilians were killed and 11 wounded.";
        Doc doc = Parsed.of(text, "Five CD five 2 nummod", "civilians NNS civilian 4 nsubj:pass",
                        "were VBD be 4 aux:pass", "killed VBN kill 0 root", "and CC and 7 cc", "11 CD 11 7 nsubj",
                        "wounded VBN wound 4 conj", ". . . 4 punct").analyzed();
        List<Quantity> counts = doc.get(Layer.ASSERTIONS).stream()
                .filter(a -> a.kind() == Assertion.Kind.CASUALTIES).map(Assertion::count).toList();
        assertThat(counts).extracting(Quantity::value, Quantity::counted)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(5L, "killed"),
                        org.assertj.core.groups.Tuple.tuple(11L, "wounded"));
    }

    @Test
    void aHungerStrikeIsAProtestNotAnAirStrike() {
        Doc doc = Parsed.of("Landowners began a hunger strike.", "Landowners NNS landowner 2 nsubj",
                "began VBD begin 0 root", "a DT a 5 det", "hunger NN hunger 5 compound", "strike NN strike 2 obj",
                ". . . 2 punct").analyzed();
        assertThat(doc.get(Layer.EVENTS)).extracting(Event::type).containsExactly(PloverType.PROTEST);
        Doc air = Parsed.of("The strike hit a depot.", "The DT the 2 det", "strike NN strike 3 nsubj", "hit VBD hit 0 root",
                "a DT a 5 det", "depot NN depot 3 obj", ". . . 3 punct").analyzed();
        assertThat(air.get(Layer.EVENTS)).extracting(Event::type).contains(PloverType.FIGHT);
    }

    @Test
    void anEmptyDocumentHasNoEvents() {
        Doc doc = Parsed.of("", new String[0]).analyzed();
        assertThat(doc.get(Layer.EVENTS)).isEmpty();
        assertThat(doc.get(Layer.ASSERTIONS)).isEmpty();
        assertThat(doc.issues()).isEmpty();
    }

    @Property(tries = 100)
    void anyTextPassesWithoutThrowingAndWithSpansInside(@ForAll String text) {
        Doc doc = TestDocs.tokenized(text).with(Layer.DEPENDENCIES, List.of()).with(Layer.ACTORS, List.of())
                .with(Layer.PLACES, List.of()).with(Layer.TIMES, List.of()).with(Layer.CLAIMS, List.of());
        Doc out = new AssertionBuilder().apply(new EventExtractor().apply(doc));
        for (Event e : out.get(Layer.EVENTS)) assertThat(e.span().end()).isLessThanOrEqualTo(text.length());
        assertThat(out.has(Layer.ASSERTIONS)).isTrue();
    }

    @Test
    void anOccupationNamedByANounHasNoControllerFromItsHolder() {
        // the speaker's side is the taker only for a verb ("was liberated"); "the occupation" names no taker
        String text = "Kyiv said the occupation of Crimea continued.";
        Doc doc = Parsed.of(text, "Kyiv NNP kyiv 2 nsubj", "said VBD say 0 root", "the DT the 4 det",
                        "occupation NN occupation 7 nsubj", "of IN of 6 case", "Crimea NNP crimea 4 nmod",
                        "continued VBD continue 2 ccomp", ". . . 2 punct")
                .actor("Kyiv", "UKRGOV").place("Crimea", FeatureKind.ADMIN1, "UA")
                .claim("said", "assert", "Kyiv", "UKRGOV", "the occupation of Crimea continued").analyzed();
        Assertion a = doc.get(Layer.ASSERTIONS).stream().filter(x -> x.kind() == Assertion.Kind.CONTROL).findFirst().orElseThrow();
        assertThat(a.holder().code()).isEqualTo("UKRGOV");
        assertThat(a.actor()).isNull();
    }

    @Test
    void aPersonIsNoController() {
        String text = "Putin captured Avdiivka.";
        Doc doc = Parsed.of(text, "Putin NNP putin 2 nsubj", "captured VBD capture 0 root", "Avdiivka NNP avdiivka 2 obj",
                        ". . . 2 punct")
                .actor("Putin", "RUSGOV", "VLADIMIR_PUTIN").place("Avdiivka", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        Assertion a = doc.get(Layer.ASSERTIONS).get(0);
        assertThat(a.kind()).isEqualTo(Assertion.Kind.CONTROL);
        assertThat(a.actor()).isNull();
        // the same words naming a state do make it the controller
        Doc state = Parsed.of("Russia captured Avdiivka.", "Russia NNP russia 2 nsubj", "captured VBD capture 0 root",
                        "Avdiivka NNP avdiivka 2 obj", ". . . 2 punct")
                .actor("Russia", "RUS").place("Avdiivka", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(state.get(Layer.ASSERTIONS).get(0).actor().code()).isEqualTo("RUS");
    }

    @Test
    void aCaptureThatCouldHappenOrIsTriedIsNoActualControl() {
        Doc could = Parsed.of("Russian forces could capture Avdiivka.", "Russian JJ russian 2 amod",
                        "forces NNS force 4 nsubj", "could MD could 4 aux", "capture VB capture 0 root",
                        "Avdiivka NNP avdiivka 4 obj", ". . . 4 punct")
                .actor("Russian forces", "RUSMIL").place("Avdiivka", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        Assertion a = could.get(Layer.ASSERTIONS).get(0);
        assertThat(a.kind()).isEqualTo(Assertion.Kind.CONTROL);
        assertThat(a.modality()).isEqualTo(Modality.HYPOTHETICAL);
        Doc should = Parsed.of("Ukraine should try to retake Avdiivka.", "Ukraine NNP ukraine 3 nsubj",
                        "should MD should 3 aux", "try VB try 0 root", "to TO to 5 mark", "retake VB retake 3 xcomp",
                        "Avdiivka NNP avdiivka 5 obj", ". . . 3 punct")
                .actor("Ukraine", "UKR").place("Avdiivka", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        Assertion b = should.get(Layer.ASSERTIONS).get(0);
        assertThat(b.kind()).isEqualTo(Assertion.Kind.CONTROL);
        assertThat(b.modality()).isNotEqualTo(Modality.ACTUAL);
        assertThat(captured().analyzed().get(Layer.ASSERTIONS).get(0).modality()).isEqualTo(Modality.ACTUAL);
    }

    @Test
    void seizingOnAFearTakesNothing() {
        String text = "Russian forces are seizing on fears about Kharkiv.";
        Doc doc = Parsed.of(text, "Russian JJ russian 2 amod", "forces NNS force 4 nsubj", "are VBP be 4 aux",
                        "seizing VBG seize 0 root", "on IN on 6 case", "fears NNS fear 4 obl", "about IN about 8 case",
                        "Kharkiv NNP kharkiv 6 nmod", ". . . 4 punct")
                .actor("Russian forces", "RUSMIL").place("Kharkiv", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(doc.get(Layer.ASSERTIONS)).noneMatch(a -> a.kind() == Assertion.Kind.CONTROL);
        assertThat(doc.get(Layer.EVENTS)).noneMatch(e -> e.trigger().equals("seize"));
        // the same verb with an object is a capture
        Doc took = Parsed.of("Russian forces seized Kharkiv.", "Russian JJ russian 2 amod", "forces NNS force 3 nsubj",
                        "seized VBD seize 0 root", "Kharkiv NNP kharkiv 3 obj", ". . . 3 punct")
                .actor("Russian forces", "RUSMIL").place("Kharkiv", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(took.get(Layer.ASSERTIONS)).anyMatch(a -> a.kind() == Assertion.Kind.CONTROL);
    }
}
