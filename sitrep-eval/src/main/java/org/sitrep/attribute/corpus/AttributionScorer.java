package org.sitrep.attribute.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.attribute.brat.BratAnnotations;
import org.sitrep.attribute.brat.BratRelation;
import org.sitrep.attribute.brat.BratSpan;
import org.sitrep.model.Span;

/**
 * A port of the shared PolNeAR reference scorer ({@code tools/polnear-score/score.py}, {@code --multi first}); its
 * docstring defines the metrics and this class must agree with it to the last bit of every figure.
 *
 * <p>Per span type (cue, source, content): {@code exact} (token sets equal), {@code strict} (character fragments
 * equal), {@code token} (token-level overlap of the per-article unions) and {@code overlap} (span shares a token).
 * Relations: {@code rel} (cue, source and content each overlap; no source must meet no source), {@code rel_no_cue},
 * {@code rel_no_source}; each {@code match} (lenient) and {@code match1to1} (maximum bipartite matching).
 * Counts are micro-aggregated. Not thread-safe: one instance accumulates one evaluation.
 */
public final class AttributionScorer {
    public static final List<String> TYPES = List.of("cue", "source", "content");
    public static final List<String> SPAN_METRICS = List.of("exact", "strict", "token", "overlap");
    public static final List<String> RELATIONS = List.of("rel", "rel_no_cue", "rel_no_source");
    public static final List<String> MATCHINGS = List.of("match", "match1to1");

    /** Counts of one metric: true positives among predictions, predictions, gold matched, gold. */
    public record Counts(long tpPred, long nPred, long tpGold, long nGold) {
        public double precision() {
            return nPred == 0 ? 0.0 : (double) tpPred / nPred;
        }

        public double recall() {
            return nGold == 0 ? 0.0 : (double) tpGold / nGold;
        }

        /** 2PR/(P+R), computed in the scorer's order of operations. */
        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }
    }

    private final Map<String, long[]> counts = new LinkedHashMap<>();
    private int articles;

    public AttributionScorer() {
        for (String t : TYPES)
            for (String m : List.of("exact", "strict", "overlap", "token")) counts.put(t + "/" + m, new long[4]);
        for (String r : RELATIONS)
            for (String m : MATCHINGS) counts.put(r + "/" + m, new long[4]);
    }

    /** Scores a whole split against predictions in {@code predDir/<stem>.ann} (a missing file = no predictions). */
    public static AttributionScorer score(BratCorpus gold, Path predDir) {
        AttributionScorer s = new AttributionScorer();
        for (String stem : gold.stems())
            s.add(gold.text(stem), gold.gold(stem),
                    BratCorpus.predictions(predDir, stem).orElse(BratAnnotations.parse("")));
        return s;
    }

    /** Adds one article. */
    public void add(String text, BratAnnotations gold, BratAnnotations pred) {
        ScorerTokens doc = new ScorerTokens(text);
        Loaded g = load(doc, gold), p = load(doc, pred);
        articles++;
        for (String t : TYPES) {
            Map<BitSet, List<Span>> gm = g.byType.get(t), pm = p.byType.get(t);
            Set<BitSet> gsets = gm.keySet(), psets = pm.keySet();
            long pHit = psets.stream().filter(gsets::contains).count();
            long gHit = gsets.stream().filter(psets::contains).count();
            bump(t + "/exact", pHit, psets.size(), gHit, gsets.size());
            Set<List<Span>> gk = new HashSet<>(gm.values()), pk = new HashSet<>(pm.values());
            bump(t + "/strict", pk.stream().filter(gk::contains).count(), pk.size(),
                    gk.stream().filter(pk::contains).count(), gk.size());
            BitSet gtok = union(gsets), ptok = union(psets);
            BitSet inter = (BitSet) gtok.clone();
            inter.and(ptok);
            bump(t + "/token", inter.cardinality(), ptok.cardinality(), inter.cardinality(), gtok.cardinality());
            bump(t + "/overlap", psets.stream().filter(s -> s.intersects(gtok)).count(), psets.size(),
                    gsets.stream().filter(s -> s.intersects(ptok)).count(), gsets.size());
        }
        for (String name : RELATIONS) {
            boolean useCue = !name.equals("rel_no_cue"), useSource = !name.equals("rel_no_source");
            Map<Integer, List<Integer>> edges = new HashMap<>();
            Set<Integer> goldMatched = new HashSet<>();
            for (int i = 0; i < p.relations.size(); i++) {
                Rel pr = p.relations.get(i);
                for (int j = 0; j < g.relations.size(); j++) {
                    Rel gr = g.relations.get(j);
                    if (useCue && !pr.cue.intersects(gr.cue)) continue;
                    if (useSource && !overlapsOrBothEmpty(pr.source, gr.source)) continue;
                    if (!pr.content.intersects(gr.content)) continue;
                    edges.computeIfAbsent(i, k -> new ArrayList<>()).add(j);
                    goldMatched.add(j);
                }
            }
            int m = maxMatching(p.relations.size(), g.relations.size(), edges);
            bump(name + "/match1to1", m, p.relations.size(), m, g.relations.size());
            bump(name + "/match", edges.size(), p.relations.size(), goldMatched.size(), g.relations.size());
        }
    }

    /** The counts under a key such as {@code cue/token} or {@code rel/match}. */
    public Counts counts(String key) {
        long[] k = counts.get(key);
        if (k == null) throw new IllegalArgumentException("Unknown metric '" + key + "'; known: " + counts.keySet());
        return new Counts(k[0], k[1], k[2], k[3]);
    }

    /** All metric keys, in the scorer's order. */
    public List<String> keys() {
        return List.copyOf(counts.keySet());
    }

    public int articles() {
        return articles;
    }

    /**
     * The scorer's markdown tables (per span type, then relations), formatted exactly as {@code score.py} prints
     * them: percentages to one decimal, rounded half-even on the exact binary value as Python's {@code %.1f} does.
     */
    public String table() {
        StringBuilder out = new StringBuilder();
        out.append("| type | exact P | exact R | exact F1 | token P | token R | token F1 | overlap P | overlap R | overlap F1 | strict F1 | #gold spans | #pred spans |\n");
        out.append("|---|").append("---|".repeat(12)).append('\n');
        for (String t : TYPES) {
            Counts e = counts(t + "/exact"), k = counts(t + "/token"), o = counts(t + "/overlap"), st = counts(t + "/strict");
            out.append("| ").append(Character.toUpperCase(t.charAt(0))).append(t.substring(1));
            for (double v : new double[] {e.precision(), e.recall(), e.f1(), k.precision(), k.recall(), k.f1(),
                    o.precision(), o.recall(), o.f1(), st.f1()})
                out.append(" | ").append(pct(v));
            out.append(" | ").append(e.nGold()).append(" | ").append(e.nPred()).append(" |\n");
        }
        out.append("\n| relation criterion | matching | P | R | F1 | TP(pred) | #pred | TP(gold) | #gold |\n");
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        Map<String, String> names = Map.of("rel", "cue+source+content overlap", "rel_no_cue",
                "source+content overlap (cue ignored)", "rel_no_source", "cue+content overlap (source ignored)");
        for (String r : RELATIONS)
            for (String m : MATCHINGS) {
                Counts c = counts(r + "/" + m);
                out.append("| ").append(names.get(r)).append(" | ").append(m.equals("match") ? "lenient" : "1:1")
                        .append(" | ").append(pct(c.precision())).append(" | ").append(pct(c.recall()))
                        .append(" | ").append(pct(c.f1())).append(" | ").append(c.tpPred()).append(" | ")
                        .append(c.nPred()).append(" | ").append(c.tpGold()).append(" | ").append(c.nGold()).append(" |\n");
            }
        return out.toString();
    }

    /** Python's {@code "%.1f" % (100 * v)}. */
    static String pct(double v) {
        return new java.math.BigDecimal(100 * v).setScale(1, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }

    /** The figures as the scorer's JSON {@code primary} object: key to {@code {P, R, F1, counts}}. */
    public Map<String, Map<String, Object>> summary() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (String key : counts.keySet()) {
            Counts c = counts(key);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("P", c.precision());
            m.put("R", c.recall());
            m.put("F1", c.f1());
            m.put("counts", List.of(c.tpPred(), c.nPred(), c.tpGold(), c.nGold()));
            out.put(key, m);
        }
        return out;
    }

    private void bump(String key, long a, long b, long c, long d) {
        long[] k = counts.get(key);
        k[0] += a;
        k[1] += b;
        k[2] += c;
        k[3] += d;
    }

    private record Rel(BitSet cue, BitSet source, BitSet content) {}

    private record Loaded(Map<String, Map<BitSet, List<Span>>> byType, List<Rel> relations) {}

    private static Loaded load(ScorerTokens doc, BratAnnotations ann) {
        Map<String, Map<BitSet, List<Span>>> byType = new HashMap<>();
        for (String t : TYPES) byType.put(t, new LinkedHashMap<>());
        Map<String, BitSet> tokensOf = new HashMap<>();
        for (BratSpan s : ann.spans().values()) {
            BitSet ts = doc.tokens(s.fragments());
            tokensOf.put(s.id(), ts);
            if (ts.isEmpty()) continue;
            byType.get(s.type().toLowerCase()).put(ts, doc.strictKey(s.fragments())); // last same-token-set span wins
        }
        Set<Rel> rels = new LinkedHashSet<>();
        for (BratRelation r : ann.relations()) {
            Rel rel = new Rel(unionOf(r.cue(), tokensOf), unionOf(r.source(), tokensOf), unionOf(r.content(), tokensOf));
            if (rel.cue.isEmpty() && rel.content.isEmpty()) continue;
            rels.add(rel);
        }
        return new Loaded(byType, List.copyOf(rels));
    }

    private static BitSet unionOf(List<String> ids, Map<String, BitSet> tokensOf) {
        BitSet out = new BitSet();
        for (String id : ids) out.or(tokensOf.get(id));
        return out;
    }

    private static BitSet union(Set<BitSet> sets) {
        BitSet out = new BitSet();
        for (BitSet s : sets) out.or(s);
        return out;
    }

    private static boolean overlapsOrBothEmpty(BitSet a, BitSet b) {
        return a.isEmpty() && b.isEmpty() || a.intersects(b);
    }

    private static int maxMatching(int nLeft, int nRight, Map<Integer, List<Integer>> edges) {
        int[] matchRight = new int[nRight];
        java.util.Arrays.fill(matchRight, -1);
        int size = 0;
        for (int u = 0; u < nLeft; u++)
            if (augment(u, edges, matchRight, new HashSet<>())) size++;
        return size;
    }

    private static boolean augment(int u, Map<Integer, List<Integer>> edges, int[] matchRight, Set<Integer> seen) {
        for (int v : edges.getOrDefault(u, List.of())) {
            if (!seen.add(v)) continue;
            if (matchRight[v] == -1 || augment(matchRight[v], edges, matchRight, seen)) {
                matchRight[v] = u;
                return true;
            }
        }
        return false;
    }
}
