package org.sitrep.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Article;
import org.sitrep.model.Assertion;
import org.sitrep.model.Assertion.Kind;
import org.sitrep.model.Doc;
import org.sitrep.model.Evidence;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Layer;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Polarity;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;

/**
 * Villages the gazetteer lacks link by the name the articles give them (spelling variants included), inside the
 * region named around them; blame for one happening laid on different sides is a responsibility dispute.
 */
class NamedPlacesTest {
    static final Place DONETSK_OBLAST = new Place(709716, "Donetsk", FeatureKind.ADMIN1, "UA", "Donetsk", "", 48.0, 37.8, 3);
    static final ActorRef RUSMIL = ActorRef.named("RUSMIL", "Russia (military)", null);
    static final ActorRef UKRMIL = ActorRef.named("UKRMIL", "Ukraine (military)", null);
    static final ActorRef UKRGOV = ActorRef.named("UKRGOV", "Donetsk regional administration", null);
    static final ActorRef RUS = ActorRef.named("RUS", "Russia", null);
    static final ActorRef UKR = ActorRef.named("UKR", "Ukraine", null);

    /**
     * A one-sentence article whose assertion is about {@code village} (unresolved: only named), with "the Donetsk
     * region" resolved in the same sentence when {@code region} is set.
     */
    static Doc doc(String outlet, String date, String text, String trigger, String village, boolean region,
                   ActorRef holder, Kind kind, Polarity polarity, ActorRef actor) {
        Article art = Article.of(outlet, null, "en", LocalDate.parse(date), null, null, text, "test");
        Evidence ev = new Evidence(art.id(), new Span(0, text.length()), "test", "1", 1.0);
        int t = text.indexOf(trigger), v = text.indexOf(village);
        List<PlaceMention> places = new ArrayList<>();
        if (region) {
            int r = text.indexOf("Donetsk region");
            places.add(new PlaceMention(new Span(r, r + "Donetsk region".length()), DONETSK_OBLAST, ev));
        }
        Assertion a = new Assertion(new Span(t, t + trigger.length()), kind, polarity, actor, null,
                new Span(v, v + village.length()), null, null, null, -1, "cue:0-1", holder, ev);
        return Doc.of(art).with(Layer.SENTENCES, List.of(new Sentence(new Span(0, text.length()), 0, 1)))
                .with(Layer.PLACES, places).with(Layer.ASSERTIONS, List.of(a));
    }

    @Test
    void spellingVariantsOfAnUnlistedVillageAreOneHappeningWithItsContestAndReversal() {
        Linker linker = new Linker(OutletRegistry.standard());
        linker.add(doc("NRA", "2026-03-10", "Units liberated the settlement of Predtechino, the ministry said.",
                "liberated", "Predtechino", false, RUSMIL, Kind.CONTROL, Polarity.POSITIVE, RUS));
        linker.add(doc("Meridian Wire", "2026-03-10", "The military said its troops still held Predtechyne in the Donetsk region.",
                "held", "Predtechyne", true, UKRMIL, Kind.CONTROL, Polarity.POSITIVE, UKR));
        linker.add(doc("ABS News", "2026-03-13", "The military said its troops pulled back from Predtechyne in the Donetsk region.",
                "pulled", "Predtechyne", true, UKRMIL, Kind.CONTROL, Polarity.NEGATIVE, UKR));
        // another village the same week: a happening of its own, no dispute with the others
        linker.add(doc("NRA", "2026-03-11", "Units liberated the settlement of Stupochky, the ministry said.",
                "liberated", "Stupochky", false, RUSMIL, Kind.CONTROL, Polarity.POSITIVE, RUS));

        List<Happening> hs = linker.happenings();
        assertThat(hs).hasSize(2);
        Happening predtechyne = hs.stream().filter(h -> h.members().size() == 3).findFirst().orElseThrow();
        assertThat(predtechyne.members()).allSatisfy(r -> assertThat(NamedPlaces.namedOnly(r.assertion().place().place())).isTrue());
        assertThat(linker.disputes()).extracting(Dispute::kind)
                .containsExactlyInAnyOrder(Dispute.Kind.CONTESTED_CONTROL, Dispute.Kind.REVERSAL);
        Dispute reversal = linker.disputes().stream().filter(d -> d.kind() == Dispute.Kind.REVERSAL).findFirst().orElseThrow();
        assertThat(reversal.first().stated()).isEqualTo(LocalDate.parse("2026-03-10"));
        assertThat(reversal.second().stated()).isEqualTo(LocalDate.parse("2026-03-13"));
    }

    @Test
    void aNamedVillageLiesInTheRegionNamedBesideItAndNowhereElse() {
        Doc d = doc("Meridian Wire", "2026-03-10", "The military said its troops still held Predtechyne in the Donetsk region.",
                "held", "Predtechyne", true, UKRMIL, Kind.CONTROL, Polarity.POSITIVE, UKR);
        Place village = NamedPlaces.locate(d, d.get(Layer.ASSERTIONS).get(0)).place().place();
        assertThat(village.name()).isEqualTo("Predtechyne");
        assertThat(village.country()).isEqualTo("UA");
        assertThat(Compatibility.within(village, DONETSK_OBLAST)).isTrue();
        Place kharkivOblast = new Place(706482, "Kharkiv", FeatureKind.ADMIN1, "UA", "Kharkiv", "", 49.5, 36.5, 3);
        assertThat(Compatibility.within(village, kharkivOblast)).isFalse();
        assertThat(Compatibility.within(DONETSK_OBLAST, village)).isFalse();
        Place other = new Place(NamedPlaces.NAMED_ONLY, "Stupochky", FeatureKind.POPULATED_PLACE, "UA", "Donetsk", "", 0, 0, 1);
        assertThat(Compatibility.within(village, other)).isFalse();
    }

    @Test
    void anAssertionWithoutAnyPlaceNameIsLeftAlone() {
        Doc d = doc("X", "2026-03-10", "Fighting went on.", "Fighting", "Fighting", false, UKRMIL, Kind.FIGHTING,
                Polarity.POSITIVE, null);
        Assertion bare = new Assertion(new Span(0, 8), Kind.FIGHTING, Polarity.POSITIVE, null, null, null, null, null,
                null, -1, null, UKRMIL, d.get(Layer.ASSERTIONS).get(0).evidence());
        assertThat(NamedPlaces.locate(d, bare)).isSameAs(bare);
    }

    @Test
    void blameLaidOnDifferentSidesForOneStrikeIsAResponsibilityDispute() {
        Linker linker = new Linker(OutletRegistry.standard());
        String ua = "Officials blamed Russia for the strike on Bilytske in the Donetsk region.";
        String ru = "The ministry blamed Ukrainian forces for the strike on Bilytske in the Donetsk region.";
        String ua2 = "The governor held Russia responsible for the strike on Bilytske in the Donetsk region.";
        linker.add(doc("Kyiv Daily Monitor", "2026-03-10", ua, "blamed", "Bilytske", true, UKRGOV, Kind.RESPONSIBILITY,
                Polarity.POSITIVE, RUS));
        linker.add(doc("NRA", "2026-03-11", ru, "blamed", "Bilytske", true, RUSMIL, Kind.RESPONSIBILITY,
                Polarity.POSITIVE, UKRMIL));
        linker.add(doc("Donechchyna Today", "2026-03-11", ua2, "responsible", "Bilytske", true, UKRMIL,
                Kind.RESPONSIBILITY, Polarity.POSITIVE, RUS));
        assertThat(linker.happenings()).hasSize(1);
        List<Dispute> ds = linker.disputes();
        // each Ukrainian holder against the Russian one; the two Ukrainian holders agree
        assertThat(ds).extracting(Dispute::kind).containsOnly(Dispute.Kind.RESPONSIBILITY_DISPUTED).hasSize(2);
        assertThat(ds).allSatisfy(d -> assertThat(d.reason()).contains("responsible", "Bilytske"));
        assertThat(ds).allSatisfy(d -> assertThat(List.of(d.first().original(), d.second().original())).contains("RUSMIL"));
    }
}
