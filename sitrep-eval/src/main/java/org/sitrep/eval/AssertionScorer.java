package org.sitrep.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.eval.AssertionGold.Count;
import org.sitrep.eval.AssertionGold.GoldAssertion;
import org.sitrep.eval.ClaimGold.GoldArticle;
import org.sitrep.json.Json;
import org.sitrep.model.Assertion;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Place;
import org.sitrep.model.Modality;
import org.sitrep.model.Quantity;
import org.sitrep.model.Span;
import org.sitrep.resolve.RegionNames;

/**
 * Scores built assertions against an {@link AssertionGold} set. Pure and model-free.
 *
 * <p>Only the system's actual (not planned, demanded or hypothetical) CONTROL, FIGHTING and CASUALTIES assertions
 * take part: the gold annotates statements of fact. A system assertion and a gold one <em>match</em> when their kinds
 * are equal and the gold evidence overlaps the assertion's span or its count's span. Pairs are one to one, greedy,
 * best first (a pair whose place is right before one whose place is wrong, then the larger overlap): one sentence
 * "Crimea and parts of Donetsk and Luhansk Oblasts were occupied" holds three gold assertions, one per place.
 * Fields of a pair:
 * <ul>
 *   <li>place: gold {@code -} wants no place; else the resolved place's name is one of the gold names (case and
 *       accents ignored; "Donetsk Oblast" is the first-level region the gazetteer names "Donetsk"), or, unresolved,
 *       the characters naming the place contain one;</li>
 *   <li>holder: {@code outlet} wants narration (no holding claim); a code wants that holder code; {@code -} is not
 *       scored;</li>
 *   <li>count: both absent, or value, bound and counted thing equal ({@code losses} and {@code casualties} are one
 *       thing: killed and wounded together);</li>
 *   <li>controller (CONTROL with a gold controller): the assertion's actor code equals it;</li>
 *   <li>polarity equal;</li>
 *   <li>strict: place, holder and count right (the "kind, place, holder and count all right"); all: every
 *       scored field right.</li>
 * </ul>
 * Recall and precision count pairs; strict recall and precision count pairs whose strict fields are right (a second
 * system assertion on the same evidence is a false alarm there: it is not one of the pairs).
 */
public final class AssertionScorer {
    static final List<String> FIELDS = List.of("place", "holder", "count", "controller", "polarity", "strict", "all");

    private AssertionScorer() {}

    /** One pairing, for error listings; {@code predicted} or {@code gold} is null for a miss or a false alarm. */
    public record Pair(String article, GoldAssertion gold, Assertion predicted, Map<String, Boolean> fields) {}

    /** Counts for one kind (or all kinds). */
    public static final class Score {
        int gold;
        int predicted;
        int matched;
        int strict;
        final Map<String, int[]> fields = new LinkedHashMap<>(); // field → {right, scored}

        Score() {
            for (String f : FIELDS) fields.put(f, new int[2]);
        }

        public double recall() { return ratio(matched, gold); }
        public double precision() { return ratio(matched, predicted); }
        public double strictRecall() { return ratio(strict, gold); }
        public double strictPrecision() { return ratio(strict, predicted); }
        public double accuracy(String field) { int[] c = fields.get(field); return ratio(c[0], c[1]); }
        public int right(String field) { return fields.get(field)[0]; }
        public int scored(String field) { return fields.get(field)[1]; }
        public int gold() { return gold; }
        public int predicted() { return predicted; }
    }

    /** Scores per kind and over all kinds ("all"), with every pair for error listings. */
    public record Result(Map<String, Score> kinds, List<Pair> pairs, String header) {
        public Score all() { return kinds.get("all"); }

        public String table() {
            StringBuilder b = new StringBuilder(header).append(System.lineSeparator());
            b.append(String.format(Locale.ROOT, "%-10s %5s %5s %7s %9s %6s %6s %6s %10s %8s %7s %9s %6s%n", "kind",
                    "gold", "pred", "recall", "precision", "place", "holder", "count", "controller", "polarity",
                    "strictR", "strictP", "all"));
            for (Map.Entry<String, Score> e : kinds.entrySet()) {
                Score s = e.getValue();
                b.append(String.format(Locale.ROOT, "%-10s %5d %5d %7.3f %9.3f %6.3f %6.3f %6.3f %10.3f %8.3f %7.3f %9.3f %6.3f%n",
                        e.getKey(), s.gold, s.predicted, s.recall(), s.precision(), s.accuracy("place"),
                        s.accuracy("holder"), s.accuracy("count"), s.accuracy("controller"), s.accuracy("polarity"),
                        s.strictRecall(), s.strictPrecision(), s.accuracy("all")));
            }
            return b.toString();
        }

        public ObjectNode json() {
            ObjectMapper m = Json.mapper();
            ObjectNode root = m.createObjectNode();
            root.put("header", header);
            ObjectNode ks = root.putObject("kinds");
            for (Map.Entry<String, Score> e : kinds.entrySet()) {
                Score s = e.getValue();
                ObjectNode o = ks.putObject(e.getKey());
                o.put("gold", s.gold).put("predicted", s.predicted).put("matched", s.matched).put("strict", s.strict)
                        .put("recall", s.recall()).put("precision", s.precision())
                        .put("strictRecall", s.strictRecall()).put("strictPrecision", s.strictPrecision());
                ObjectNode f = o.putObject("fields");
                for (String field : FIELDS)
                    f.putObject(field).put("accuracy", s.accuracy(field)).put("right", s.right(field))
                            .put("scored", s.scored(field));
            }
            return root;
        }
    }

    /**
     * Scores {@code predicted} (assertions per gold article id; a missing article has none) against {@code gold};
     * {@code texts} holds each article's text (for unresolved place names).
     */
    public static Result score(AssertionGold gold, Map<String, List<Assertion>> predicted, Map<String, String> texts,
                               String header) {
        Map<String, Score> kinds = new LinkedHashMap<>();
        kinds.put("all", new Score());
        for (Assertion.Kind k : AssertionGold.KINDS) kinds.put(k.name(), new Score());
        List<Pair> pairs = new ArrayList<>();
        for (GoldArticle a : gold.articles().values()) {
            List<GoldAssertion> g = gold.assertions().stream().filter(x -> x.article().equals(a.id())).toList();
            List<Assertion> p = predicted.getOrDefault(a.id(), List.of()).stream().filter(AssertionScorer::scored).toList();
            score(a.id(), g, p, texts.getOrDefault(a.id(), ""), kinds, pairs);
        }
        return new Result(kinds, pairs, header);
    }

    /** Whether a system assertion takes part: an actual CONTROL, FIGHTING or CASUALTIES. */
    static boolean scored(Assertion a) {
        return AssertionGold.KINDS.contains(a.kind()) && a.modality() == Modality.ACTUAL;
    }

    private static void score(String article, List<GoldAssertion> gold, List<Assertion> pred, String text,
                              Map<String, Score> kinds, List<Pair> pairs) {
        record Candidate(int g, int p, double score) {}
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++)
            for (int j = 0; j < pred.size(); j++) {
                double s = matchScore(gold.get(i), pred.get(j), text);
                if (s > 0) candidates.add(new Candidate(i, j, s));
            }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparingInt(Candidate::g).thenComparingInt(Candidate::p));
        int[] goldTo = new int[gold.size()];
        int[] predTo = new int[pred.size()];
        Arrays.fill(goldTo, -1);
        Arrays.fill(predTo, -1);
        for (Candidate c : candidates) {
            if (goldTo[c.g] >= 0 || predTo[c.p] >= 0) continue;
            goldTo[c.g] = c.p;
            predTo[c.p] = c.g;
        }
        for (GoldAssertion g : gold)
            for (Score s : List.of(kinds.get("all"), kinds.get(g.kind().name()))) s.gold++;
        for (Assertion p : pred)
            for (Score s : List.of(kinds.get("all"), kinds.get(p.kind().name()))) s.predicted++;
        for (int i = 0; i < gold.size(); i++) {
            GoldAssertion g = gold.get(i);
            if (goldTo[i] < 0) {
                pairs.add(new Pair(article, g, null, Map.of()));
                continue;
            }
            Assertion p = pred.get(goldTo[i]);
            Map<String, Boolean> fields = fields(g, p, text);
            for (Score s : List.of(kinds.get("all"), kinds.get(g.kind().name()))) {
                s.matched++;
                if (fields.get("strict")) s.strict++;
                for (Map.Entry<String, Boolean> e : fields.entrySet()) {
                    int[] c = s.fields.get(e.getKey());
                    c[1]++;
                    if (e.getValue()) c[0]++;
                }
            }
            pairs.add(new Pair(article, g, p, fields));
        }
        for (int j = 0; j < pred.size(); j++)
            if (predTo[j] < 0) pairs.add(new Pair(article, null, pred.get(j), Map.of()));
    }

    /** Above zero when the two match: 1 + overlap share, plus 1 when the place is right. */
    static double matchScore(GoldAssertion g, Assertion p, String text) {
        if (g.kind() != p.kind()) return 0;
        int overlap = Math.max(overlap(g.evidence(), p.span()), p.count() == null ? 0 : overlap(g.evidence(), p.count().span()));
        if (overlap == 0) return 0;
        double share = (double) overlap / Math.max(1, g.evidence().end() - g.evidence().start());
        return 1 + share + (placeRight(g, p, text) ? 1 : 0);
    }

    /** Which fields of a matched pair are right; a field that is not scored is absent. */
    static Map<String, Boolean> fields(GoldAssertion g, Assertion p, String text) {
        Map<String, Boolean> f = new LinkedHashMap<>();
        f.put("place", placeRight(g, p, text));
        if (g.holder() != null)
            f.put("holder", g.holder().equals(AssertionGold.OUTLET) ? p.claim() == null
                    : g.holder().equals(p.holder().code()));
        f.put("count", countRight(g.count(), p.count()));
        if (g.kind() == Assertion.Kind.CONTROL && g.controller() != null)
            f.put("controller", p.actor() != null && g.controller().equals(p.actor().code()));
        f.put("polarity", g.polarity() == p.polarity());
        f.put("strict", f.get("place") && f.getOrDefault("holder", true) && f.get("count"));
        f.put("all", f.values().stream().allMatch(Boolean::booleanValue));
        return f;
    }

    static boolean placeRight(GoldAssertion g, Assertion p, String text) {
        if (g.places().isEmpty()) return p.place() == null && p.placeName() == null;
        if (p.place() != null)
            return g.places().stream().anyMatch(n -> fold(n).equals(fold(p.place().place().name()))
                    || regionNamed(n, p.place().place()));
        Span s = p.placeName();
        if (s == null || s.end() > text.length()) return false;
        String named = fold(text.substring(s.start(), s.end()));
        return g.places().stream().anyMatch(n -> named.contains(fold(n)));
    }

    /**
     * Whether gold name {@code gold} with a designator ("Donetsk Oblast") names first-level region {@code place},
     * which the gazetteer calls by its bare name ("Donetsk"); the city of that name is no match.
     */
    private static boolean regionNamed(String gold, Place place) {
        String bare = RegionNames.strip(gold);
        return place.featureKind() == FeatureKind.ADMIN1 && !bare.equals(gold) && fold(bare).equals(fold(place.name()));
    }

    static boolean countRight(Count gold, Quantity q) {
        if (gold == null || q == null) return gold == null && q == null;
        return gold.value() == q.value() && gold.bound() == q.bound() && thing(gold.counted()).equals(thing(q.counted()));
    }

    /** Losses and casualties both mean killed and wounded together. */
    private static String thing(String counted) {
        return counted.equals("losses") ? "casualties" : counted;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
    }

    private static int overlap(Span a, Span b) {
        return a == null || b == null ? 0 : Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }

    private static double ratio(double a, double b) {
        return b == 0 ? 0 : a / b;
    }
}
