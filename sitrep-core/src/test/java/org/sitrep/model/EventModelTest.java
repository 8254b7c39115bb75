package org.sitrep.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.json.StandoffJson;
import org.sitrep.testkit.TestDocs;

class EventModelTest {
    private static final String TEXT = "Ukraine's General Staff said 21 clashes took place in the Kursk region on April 27.";

    static Doc withEventAndAssertion() {
        Doc doc = TestDocs.tokenized(TEXT);
        ArticleId id = doc.article().id();
        Evidence ev = new Evidence(id, new Span(0, TEXT.length()), "events", "1", 0.7);
        Place kursk = new Place(0, "Kursk Oblast", FeatureKind.ADMIN1, "RU", "Kursk Oblast", "", 51.7, 36.2, 3);
        PlaceMention place = new PlaceMention(new Span(58, 70), kursk, ev);
        TimeValue day = new TimeValue("2025-04-27", "DATE", TimeValue.Granularity.DAY, LocalDate.of(2025, 4, 27),
                LocalDate.of(2025, 4, 28), null, LocalDate.of(2025, 4, 28), TimeValue.Anchoring.PUBLICATION_DATE, null);
        TimeMention time = new TimeMention(new Span(74, 82), day, ev);
        Quantity clashes = new Quantity(new Span(29, 39), 21, null, Quantity.Bound.EXACT, "clashes", ev);
        ActorRef staff = ActorRef.named("UKRMIL", "General Staff of Ukraine", new Span(0, 23));
        Event fight = new Event(new Span(32, 39), "clash", PloverType.FIGHT, "", "190", null, null, place, null, time,
                List.of(clashes), Polarity.POSITIVE, Modality.ACTUAL, "cue:24-28", staff, ev);
        Assertion fighting = new Assertion(new Span(32, 39), Assertion.Kind.FIGHTING, Polarity.POSITIVE, null, place, null,
                time, clashes, null, 0, "cue:24-28", staff, ev);
        return doc.with(Layer.EVENTS, List.of(fight)).with(Layer.ASSERTIONS, List.of(fighting));
    }

    @Test
    void eventsAndAssertionsRoundTripThroughStandoffJson() {
        Doc doc = withEventAndAssertion();
        String json = StandoffJson.write(doc);
        assertThat(json).contains("\"events\":[{\"start\":32,\"end\":39,\"trigger\":\"clash\"");
        assertThat(StandoffJson.read(json)).isEqualTo(doc);
        assertThat(Layer.known()).contains(Layer.EVENTS, Layer.ASSERTIONS);
    }

    @Test
    void missingOptionalPartsAreNormalized() {
        Evidence ev = new Evidence(ArticleId.of("x", null), new Span(0, 1), "events", "1", 0.5);
        Event e = new Event(new Span(0, 1), "x", PloverType.ASSAULT, null, null, null, null, null, null, null, null,
                Polarity.POSITIVE, Modality.ACTUAL, null, ActorRef.named(null, "(the article)", null), ev);
        assertThat(e.mode()).isEmpty();
        assertThat(e.cameo()).isEmpty();
        assertThat(e.quantities()).isEmpty();
    }

    @Test
    void aNegativeQuantityIsAProgrammingError() {
        assertThatThrownBy(() -> new Quantity(new Span(0, 1), -1, null, Quantity.Bound.EXACT, "killed", null))
                .hasMessageContaining("-1");
    }

    @Test
    void claimRefIsTheCueSpan() {
        Claim c = new Claim(new Span(24, 28), "say", CueClass.ASSERT, ActorRef.named("UKRMIL", "x", null), List.of(),
                new Span(29, 80), Stance.NEUTRAL, ClaimPolarity.ASSERTS, false, null, DateBasis.PUBLICATION, null);
        assertThat(Event.claimRef(c)).isEqualTo("cue:24-28");
    }
}
