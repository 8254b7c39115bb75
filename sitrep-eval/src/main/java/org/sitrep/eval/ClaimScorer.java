package org.sitrep.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.eval.ClaimGold.GoldArticle;
import org.sitrep.eval.ClaimGold.GoldClaim;
import org.sitrep.json.Json;
import org.sitrep.model.Claim;
import org.sitrep.model.Span;

/**
 * Scores extracted claims against a {@link ClaimGold} set. Pure and model-free.
 *
 * <p>A predicted claim and a gold attribution <em>match</em> when their cues overlap, or when their contents overlap
 * with a character F1 of at least 0.5 (the cue was found elsewhere: "according to" vs "said"). Recall pairs them one
 * to one (greedy, best match first: cue overlap, then content F1); a prediction counts as a genuine attribution
 * (precision) when it matches some gold attribution, even one already paired (a duplicate is counted apart).
 * Fields are scored on the one-to-one pairs:
 * <ul>
 *   <li>source: the predicted source mention overlaps the gold source span;</li>
 *   <li>actor / actor country: the code, and its first three letters, equal the gold code (pairs whose gold source
 *       is no one actor are not scored);</li>
 *   <li>cue class equal; polarity equal;</li>
 *   <li>content: character F1 of the two content spans ≥ 0.8 (the mean F1 is reported too);</li>
 *   <li>statement date: equal to a gold day, or inside a gold month or year (pairs with no gold date not scored);</li>
 *   <li>all: every scored field right.</li>
 * </ul>
 */
public final class ClaimScorer {
    /** Content character F1 at or above which content boundaries count as right. */
    public static final double CONTENT_RIGHT = 0.8;
    static final double CONTENT_MATCH = 0.5;
    static final List<String> FIELDS = List.of("source", "actor", "actorCountry", "cueClass", "content", "polarity",
            "statementDate", "all");

    private ClaimScorer() {}

    /** One pairing, for error listings. {@code predicted} or {@code gold} is null for a miss or a false alarm. */
    public record Pair(String article, String group, GoldClaim gold, Claim predicted, Map<String, Boolean> fields) {}

    /** Counts for one group of articles. */
    public static final class Score {
        int gold;
        int predicted;
        int matchedGold;
        int genuine;
        int duplicates;
        double contentF1Sum;
        final Map<String, int[]> fields = new LinkedHashMap<>(); // field → {right, scored}

        Score() {
            for (String f : FIELDS) fields.put(f, new int[2]);
        }

        public double recall() { return ratio(matchedGold, gold); }
        public double precision() { return ratio(genuine, predicted); }
        public double accuracy(String field) { int[] c = fields.get(field); return ratio(c[0], c[1]); }
        public int right(String field) { return fields.get(field)[0]; }
        public int scored(String field) { return fields.get(field)[1]; }
        public int gold() { return gold; }
        public int predicted() { return predicted; }
        public double meanContentF1() { return ratio(contentF1Sum, matchedGold); }
    }

    /** Scores per group ("native", "mt") and over all articles, with every pair for error listings. */
    public record Result(Map<String, Score> groups, List<Pair> pairs, String header) {
        public Score all() { return groups.get("all"); }

        public String table() {
            StringBuilder b = new StringBuilder(header).append(System.lineSeparator());
            b.append(String.format(Locale.ROOT, "%-7s %5s %5s %7s %9s %7s %7s %8s %8s %8s %8s %8s %6s%n", "group",
                    "gold", "pred", "recall", "precision", "source", "actor", "country", "cueClass", "content",
                    "polarity", "date", "all"));
            for (Map.Entry<String, Score> e : groups.entrySet()) {
                Score s = e.getValue();
                b.append(String.format(Locale.ROOT, "%-7s %5d %5d %7.3f %9.3f %7.3f %7.3f %8.3f %8.3f %8.3f %8.3f %8.3f %6.3f%n",
                        e.getKey(), s.gold, s.predicted, s.recall(), s.precision(), s.accuracy("source"),
                        s.accuracy("actor"), s.accuracy("actorCountry"), s.accuracy("cueClass"), s.accuracy("content"),
                        s.accuracy("polarity"), s.accuracy("statementDate"), s.accuracy("all")));
            }
            return b.toString();
        }

        public ObjectNode json() {
            ObjectMapper m = Json.mapper();
            ObjectNode root = m.createObjectNode();
            root.put("header", header);
            ObjectNode gs = root.putObject("groups");
            for (Map.Entry<String, Score> e : groups.entrySet()) {
                Score s = e.getValue();
                ObjectNode o = gs.putObject(e.getKey());
                o.put("gold", s.gold).put("predicted", s.predicted).put("matchedGold", s.matchedGold)
                        .put("genuine", s.genuine).put("duplicates", s.duplicates)
                        .put("recall", s.recall()).put("precision", s.precision())
                        .put("meanContentF1", s.meanContentF1());
                ObjectNode f = o.putObject("fields");
                for (String field : FIELDS)
                    f.putObject(field).put("accuracy", s.accuracy(field)).put("right", s.right(field))
                            .put("scored", s.scored(field));
            }
            return root;
        }
    }

    /**
     * Scores {@code predicted} (claims per gold article id; an article missing from the map has none) against
     * {@code gold}.
     */
    public static Result score(ClaimGold gold, Map<String, List<Claim>> predicted, String header) {
        Map<String, Score> groups = new LinkedHashMap<>();
        groups.put("all", new Score());
        groups.put("native", new Score());
        groups.put("mt", new Score());
        List<Pair> pairs = new ArrayList<>();
        for (GoldArticle a : gold.articles().values()) {
            List<GoldClaim> g = gold.claims().stream().filter(c -> c.article().equals(a.id())).toList();
            List<Claim> p = predicted.getOrDefault(a.id(), List.of());
            Score group = groups.computeIfAbsent(a.group(), k -> new Score());
            for (Score s : List.of(groups.get("all"), group)) {
                s.gold += g.size();
                s.predicted += p.size();
            }
            score(a, g, p, List.of(groups.get("all"), group), pairs);
        }
        return new Result(groups, pairs, header);
    }

    private static void score(GoldArticle a, List<GoldClaim> gold, List<Claim> pred, List<Score> into, List<Pair> pairs) {
        record Candidate(int g, int p, double score) {}
        List<Candidate> candidates = new ArrayList<>();
        boolean[] genuine = new boolean[pred.size()];
        for (int i = 0; i < gold.size(); i++)
            for (int j = 0; j < pred.size(); j++) {
                double s = matchScore(gold.get(i), pred.get(j));
                if (s > 0) {
                    candidates.add(new Candidate(i, j, s));
                    genuine[j] = true;
                }
            }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparingInt(Candidate::g).thenComparingInt(Candidate::p));
        int[] goldTo = new int[gold.size()];
        int[] predTo = new int[pred.size()];
        java.util.Arrays.fill(goldTo, -1);
        java.util.Arrays.fill(predTo, -1);
        for (Candidate c : candidates) {
            if (goldTo[c.g] >= 0 || predTo[c.p] >= 0) continue;
            goldTo[c.g] = c.p;
            predTo[c.p] = c.g;
        }
        for (int i = 0; i < gold.size(); i++) {
            GoldClaim g = gold.get(i);
            if (goldTo[i] < 0) {
                pairs.add(new Pair(a.id(), a.group(), g, null, Map.of()));
                continue;
            }
            Claim p = pred.get(goldTo[i]);
            Map<String, Boolean> fields = fields(g, p);
            double f1 = f1(g.content(), p.content());
            for (Score s : into) {
                s.matchedGold++;
                s.contentF1Sum += f1;
                for (Map.Entry<String, Boolean> e : fields.entrySet()) {
                    int[] c = s.fields.get(e.getKey());
                    c[1]++;
                    if (e.getValue()) c[0]++;
                }
            }
            pairs.add(new Pair(a.id(), a.group(), g, p, fields));
        }
        for (int j = 0; j < pred.size(); j++) {
            for (Score s : into) {
                if (genuine[j]) s.genuine++;
                if (genuine[j] && predTo[j] < 0) s.duplicates++;
            }
            if (predTo[j] < 0) pairs.add(new Pair(a.id(), a.group(), null, pred.get(j), Map.of("duplicate", genuine[j])));
        }
    }

    /** Above zero when the two match: 2 + content F1 when the cues overlap, the content F1 when that is ≥ 0.5. */
    static double matchScore(GoldClaim g, Claim p) {
        double f1 = f1(g.content(), p.content());
        if (overlaps(g.cue(), p.cue())) return 2 + f1;
        return f1 >= CONTENT_MATCH ? f1 : 0;
    }

    /** Which fields of a matched pair are right; a field that cannot be scored is absent. */
    static Map<String, Boolean> fields(GoldClaim g, Claim p) {
        Map<String, Boolean> f = new LinkedHashMap<>();
        Span mention = p.source() == null ? null : p.source().mention();
        f.put("source", mention != null && overlaps(g.source(), mention));
        String code = p.source() == null ? null : p.source().code();
        if (g.actor() != null) {
            f.put("actor", g.actor().equals(code));
            f.put("actorCountry", code != null && code.length() >= 3 && g.actor().length() >= 3
                    && g.actor().substring(0, 3).equals(code.substring(0, 3)));
        }
        f.put("cueClass", g.cueClass().equals(p.cueClass().code())); // gold holds codes ("deny")
        f.put("content", f1(g.content(), p.content()) >= CONTENT_RIGHT);
        f.put("polarity", g.polarity().equals(p.polarity().code()));
        if (g.date() != null)
            f.put("statementDate", p.statementDate() != null && p.statementDate().toString().startsWith(g.date()));
        f.put("all", f.values().stream().allMatch(Boolean::booleanValue));
        return f;
    }

    static boolean overlaps(Span a, Span b) {
        return a != null && b != null && a.start() < b.end() && b.start() < a.end();
    }

    /** Character F1 of two spans (0 when either is null or empty). */
    static double f1(Span gold, Span pred) {
        if (gold == null || pred == null) return 0;
        int inter = Math.max(0, Math.min(gold.end(), pred.end()) - Math.max(gold.start(), pred.start()));
        int gl = gold.end() - gold.start(), pl = pred.end() - pred.start();
        if (inter == 0 || gl == 0 || pl == 0) return 0;
        return 2.0 * inter / (gl + pl);
    }

    private static double ratio(double a, double b) {
        return b == 0 ? 0 : a / b;
    }
}
