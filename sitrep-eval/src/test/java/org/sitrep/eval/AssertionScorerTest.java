package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ActorRef;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Assertion;
import org.sitrep.model.Assertion.Kind;
import org.sitrep.model.Evidence;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Modality;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Polarity;
import org.sitrep.model.Quantity;
import org.sitrep.model.Span;

class AssertionScorerTest {
    private static final String TEXT = "Russian forces captured Kamianka on Monday. The General Staff said 21 clashes "
            + "took place near Orikhiv, killing one soldier and wounding four. Russia could take Huliaipole.";
    private static final Evidence EV = new Evidence(new ArticleId("0123456789abcdef"), new Span(0, 1), "assert", "1", 0.7);

    @TempDir
    Path dir;

    private static Span at(String s) {
        int i = TEXT.indexOf(s);
        if (i < 0) throw new IllegalArgumentException(s);
        return new Span(i, i + s.length());
    }

    private static String row(String kind, String evidence, String place, String holder, String count, String controller) {
        Span s = at(evidence);
        return String.join("\t", "assertion", "A1", kind, "" + s.start(), "" + s.end(), "positive", place, holder,
                count, controller) + "\n";
    }

    /** The gold of TEXT: the capture (narration), the clashes and the two casualty counts (the General Staff's). */
    private AssertionGold gold() throws IOException {
        Path f = dir.resolve("gold.tsv");
        Files.writeString(f, "# a comment\narticle\tA1\tnative\t" + TEXT.length() + "\t0123456789abcdef\n"
                + row("CONTROL", "Russian forces captured Kamianka", "Kamianka/Kamyanka", "outlet", "-", "RUS")
                + row("FIGHTING", "21 clashes took place near Orikhiv", "Orikhiv", "UKRMIL", "21:EXACT:clashes", "-")
                + row("CASUALTIES", "killing one soldier", "Orikhiv", "UKRMIL", "1:EXACT:killed", "-")
                + row("CASUALTIES", "wounding four", "Orikhiv", "UKRMIL", "4:EXACT:wounded", "-"));
        return AssertionGold.read(f);
    }

    private static final ActorRef OUTLET = ActorRef.named(null, "(the article)", null);
    private static final ActorRef STAFF = ActorRef.named("UKRMIL", "General Staff", at("The General Staff"));

    private static PlaceMention place(String name, String text) {
        return new PlaceMention(at(text), new Place(1, name, FeatureKind.POPULATED_PLACE, "UA", "Zaporizhzhia Oblast",
                "", 47.5, 35.8, 1), EV);
    }

    private static Quantity count(String text, long value, String counted) {
        return new Quantity(at(text), value, null, Quantity.Bound.EXACT, counted, EV);
    }

    private static Assertion assertion(String span, Kind kind, Modality modality, ActorRef actor, PlaceMention place,
                                       Quantity count, String claim, ActorRef holder) {
        return new Assertion(at(span), kind, Polarity.POSITIVE, modality, actor, place, null, null, count, null, 0, claim,
                holder, EV);
    }

    @Test
    void readsRowsWithDashesAsAbsent() throws IOException {
        AssertionGold g = gold();
        assertThat(g.assertions()).hasSize(4);
        assertThat(g.assertions().get(0).places()).containsExactly("Kamianka", "Kamyanka");
        assertThat(g.assertions().get(0).count()).isNull();
        assertThat(g.assertions().get(1).controller()).isNull();
        assertThat(g.assertions().get(1).count()).isEqualTo(new AssertionGold.Count(21, Quantity.Bound.EXACT, "clashes"));
    }

    @Test
    void malformedRowNamesItsLine() throws IOException {
        Path f = dir.resolve("bad.tsv");
        Files.writeString(f, "article\tA1\tnative\t10\tabc\nassertion\tA1\tOCCURRED\t0\t4\tpositive\t-\t-\t-\t-\n");
        assertThatThrownBy(() -> AssertionGold.read(f)).hasMessageContaining("bad.tsv:2").hasMessageContaining("kind");
    }

    @Test
    void scoresTheWrittenExample() throws IOException {
        List<Assertion> predicted = List.of(
                // right in every field; the place's gazetteer name is the second gold alternative
                assertion("captured", Kind.CONTROL, Modality.ACTUAL, ActorRef.named("RUS", "Russia", null),
                        place("Kamyanka", "Kamianka"), null, null, OUTLET),
                // right, but the system counts 4 killed ("killing one ... and wounding four"): count wrong
                assertion("clashes", Kind.FIGHTING, Modality.ACTUAL, null, place("Orikhiv", "Orikhiv"),
                        count("21 clashes", 21, "clashes"), "c1", STAFF),
                assertion("four", Kind.CASUALTIES, Modality.ACTUAL, null, place("Orikhiv", "Orikhiv"),
                        count("four", 4, "killed"), "c1", STAFF),
                // a second FIGHTING on the same words: not paired, a false alarm
                assertion("took place", Kind.FIGHTING, Modality.ACTUAL, null, null, null, "c1", STAFF),
                // hypothetical: not scored at all
                assertion("take", Kind.CONTROL, Modality.HYPOTHETICAL, null, place("Huliaipole", "Huliaipole"), null,
                        null, OUTLET));
        AssertionScorer.Result r = AssertionScorer.score(gold(), Map.of("A1", predicted), Map.of("A1", TEXT), "t");

        AssertionScorer.Score all = r.all();
        assertThat(all.gold()).isEqualTo(4);
        assertThat(all.predicted()).isEqualTo(4);
        assertThat(all.recall()).isEqualTo(0.75);      // "killing one soldier" is missed
        assertThat(all.precision()).isEqualTo(0.75);   // the duplicate FIGHTING is a false alarm
        assertThat(all.strictRecall()).isEqualTo(0.5); // CONTROL and FIGHTING; the casualty count is wrong
        assertThat(all.right("count")).isEqualTo(2);
        assertThat(all.scored("controller")).isEqualTo(1);
        assertThat(all.right("controller")).isEqualTo(1);
        assertThat(r.kinds().get("CASUALTIES").recall()).isEqualTo(0.5);
        assertThat(r.kinds().get("CASUALTIES").accuracy("count")).isEqualTo(0.0);
        assertThat(r.kinds().get("FIGHTING").precision()).isEqualTo(0.5);
        assertThat(r.kinds().get("CONTROL").strictPrecision()).isEqualTo(1.0);
        assertThat(r.table()).contains("CASUALTIES").contains("strictR");
        assertThat(r.json().get("kinds").get("all").get("strict").asInt()).isEqualTo(2);
    }

    @Test
    void holderAndPlaceRules() throws IOException {
        AssertionGold.GoldAssertion control = gold().assertions().get(0);
        // narration wanted, a claim's holder given: holder wrong; an unresolved place name containing the gold name
        Assertion held = new Assertion(at("captured"), Kind.CONTROL, Polarity.POSITIVE, Modality.ACTUAL,
                ActorRef.named("RUS", "Russia", null), null, at("Kamianka on"), null, null, null, 0, "c1", STAFF, EV);
        Map<String, Boolean> f = AssertionScorer.fields(control, held, TEXT);
        assertThat(f).containsEntry("holder", false).containsEntry("place", true).containsEntry("strict", false);
        // a place where the gold has none is wrong; no count where the gold has one is wrong
        AssertionGold.GoldAssertion fighting = gold().assertions().get(1);
        Assertion bare = assertion("clashes", Kind.FIGHTING, Modality.ACTUAL, null, null, null, "c1", STAFF);
        assertThat(AssertionScorer.fields(fighting, bare, TEXT)).containsEntry("count", false).containsEntry("place", false)
                .containsEntry("holder", true);
        // kinds must agree to match at all
        assertThat(AssertionScorer.matchScore(fighting, held, TEXT)).isZero();
    }

    @Test
    void aGoldOblastIsTheFirstLevelRegionOfItsBareNameNotTheCity() throws IOException {
        Path f = dir.resolve("oblast.tsv");
        Files.writeString(f, "article\tA1\tnative\t" + TEXT.length() + "\t0123456789abcdef\n"
                + row("CONTROL", "Russian forces captured Kamianka", "Zaporizhzhia Oblast", "outlet", "-", "-"));
        AssertionGold.GoldAssertion g = AssertionGold.read(f).assertions().get(0);
        PlaceMention region = new PlaceMention(at("Kamianka"), new Place(2, "Zaporizhzhia", FeatureKind.ADMIN1, "UA",
                "Zaporizhzhia", "", 47.5, 35.8, 3), EV);
        PlaceMention city = new PlaceMention(at("Kamianka"), new Place(3, "Zaporizhzhia", FeatureKind.POPULATED_PLACE,
                "UA", "Zaporizhzhia", "", 47.8, 35.2, 1), EV);
        assertThat(AssertionScorer.placeRight(g, assertion("captured", Kind.CONTROL, Modality.ACTUAL, null, region, null,
                null, OUTLET), TEXT)).isTrue();
        assertThat(AssertionScorer.placeRight(g, assertion("captured", Kind.CONTROL, Modality.ACTUAL, null, city, null,
                null, OUTLET), TEXT)).isFalse();
    }

    @Test
    void lossesAndCasualtiesAreOneThing() {
        assertThat(AssertionScorer.countRight(new AssertionGold.Count(899, Quantity.Bound.EXACT, "losses"),
                new Quantity(new Span(0, 3), 899, null, Quantity.Bound.EXACT, "casualties", EV))).isTrue();
        assertThat(AssertionScorer.countRight(new AssertionGold.Count(899, Quantity.Bound.ABOUT, "losses"),
                new Quantity(new Span(0, 3), 899, null, Quantity.Bound.EXACT, "casualties", EV))).isFalse();
        assertThat(AssertionScorer.countRight(null, null)).isTrue();
    }
}
