package org.sitrep.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Cross-document event coreference on ECB+ gold mentions, with documents grouped by sitrep itself (no gold topics):
 * <ol>
 *   <li>documents are clustered by the tf-idf cosine of their words (all sentences), average link, merging while
 *       the best pair of groups is at least {@link Params#docThreshold} similar;</li>
 *   <li>within a document group, mentions whose heads have the same stem are one event (the same-lemma rule);</li>
 *   <li>groups of different heads are merged when the two stems are a pair that training data shows coreferring
 *       ({@code kill}/{@code death}, {@code quake}/{@code earthquake}) often enough.</li>
 * </ol>
 * The pair and head statistics come from the train split only; the thresholds were chosen on dev.
 */
public final class LinkingEvaluation {
    /** The system's knobs. */
    public record Params(double docThreshold, double pairPrecision, int pairMinCount, boolean learned) {
        public static Params standard() {
            return new Params(0.15, 0.4, 2, true);
        }

        public Params baseline() {
            return new Params(docThreshold, 1.1, Integer.MAX_VALUE, false);
        }
    }

    /** What train says about pairs of different head stems: {"a b" → [coreferring pairs, other pairs]}. */
    public record Statistics(Map<String, int[]> pairs) {
        public static Statistics empty() {
            return new Statistics(Map.of());
        }
    }

    private LinkingEvaluation() {}

    /** Counts, over the train split's mention pairs in one gold topic but different documents, coreferring ones. */
    public static Statistics learn(EcbPlus.Corpus train) {
        Map<Integer, List<EcbPlus.Mention>> byTopic = new TreeMap<>();
        for (EcbPlus.Mention m : train.mentions()) byTopic.computeIfAbsent(topic(m.doc()), k -> new ArrayList<>()).add(m);
        Map<String, int[]> pairs = new HashMap<>();
        for (List<EcbPlus.Mention> ms : byTopic.values())
            for (int i = 0; i < ms.size(); i++)
                for (int j = i + 1; j < ms.size(); j++) {
                    EcbPlus.Mention a = ms.get(i), b = ms.get(j);
                    if (a.doc().equals(b.doc())) continue;
                    String sa = HeadStemmer.headStem(a.words()), sb = HeadStemmer.headStem(b.words());
                    if (sa.equals(sb)) continue;
                    pairs.computeIfAbsent(key(sa, sb), k -> new int[2])[a.gold().equals(b.gold()) ? 0 : 1]++;
                }
        return new Statistics(pairs);
    }

    /** Document groups: {doc id → group id}. */
    public static Map<String, String> documentClusters(List<EcbPlus.Document> docs, double threshold) {
        return documentClusters(docs, threshold, NAME_WEIGHT);
    }

    /** Weight of a capitalized word (not sentence-initial) or a number: names, dates and figures tell events apart. */
    static double NAME_WEIGHT = 3.0;

    /** Unit-length tf-idf vectors of the documents (stems; names and numbers weighted {@code nameWeight}). */
    static List<Map<String, Double>> documentVectors(List<EcbPlus.Document> docs, double nameWeight) {
        List<Map<String, Double>> vec = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (EcbPlus.Document d : docs) {
            Map<String, Double> tf = new HashMap<>();
            for (List<String> s : d.sentences().values())
                for (int i = 0; i < s.size(); i++) {
                    String w = s.get(i), t = w.toLowerCase(Locale.ROOT);
                    boolean number = t.chars().allMatch(Character::isDigit) && t.length() >= 2;
                    if (!number && (t.length() < 3 || !t.chars().allMatch(Character::isLetter) || STOP.contains(t))) continue;
                    boolean name = number || (i > 0 && Character.isUpperCase(w.charAt(0)));
                    tf.merge(HeadStemmer.stem(t), name ? nameWeight : 1.0, Double::sum);
                }
            for (String t : tf.keySet()) df.merge(t, 1, Integer::sum);
            vec.add(tf);
        }
        int n = docs.size();
        for (Map<String, Double> v : vec) {
            double norm = 0;
            for (var e : v.entrySet()) {
                double w = (1 + Math.log(Math.max(1, e.getValue()))) * Math.log((n + 1.0) / (df.get(e.getKey()) + 0.5));
                e.setValue(w);
                norm += w * w;
            }
            double s = Math.sqrt(norm);
            if (s > 0) v.replaceAll((k, x) -> x / s);
        }
        return vec;
    }

    /** Cosine of two unit-length sparse vectors. */
    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        if (a.size() > b.size()) { var t = a; a = b; b = t; }
        double dot = 0;
        for (var e : a.entrySet()) dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
        return dot;
    }

    static Map<String, String> documentClusters(List<EcbPlus.Document> docs, double threshold, double nameWeight) {
        List<Map<String, Double>> vec = documentVectors(docs, nameWeight);
        int n = docs.size();
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++) {
                sim[i][j] = sim[j][i] = cosine(vec.get(i), vec.get(j));
            }
        // average-link agglomeration: groups as lists of doc indexes
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) groups.add(new ArrayList<>(List.of(i)));
        while (true) {
            int bi = -1, bj = -1;
            double best = threshold;
            for (int i = 0; i < groups.size(); i++)
                for (int j = i + 1; j < groups.size(); j++) {
                    double s = 0;
                    for (int a : groups.get(i)) for (int b : groups.get(j)) s += sim[a][b];
                    s /= groups.get(i).size() * (double) groups.get(j).size();
                    if (s >= best) { best = s; bi = i; bj = j; }
                }
            if (bi < 0) break;
            groups.get(bi).addAll(groups.remove(bj));
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int g = 0; g < groups.size(); g++) for (int d : groups.get(g)) out.put(docs.get(d).id(), "g" + g);
        return out;
    }

    /** The response: {mention id → cluster id}. */
    public static Map<String, String> link(List<EcbPlus.Mention> mentions, Map<String, String> docGroups,
                                           Statistics stats, Params p) {
        // 1. same stem within a document group
        Map<String, String> keyOf = new LinkedHashMap<>();
        for (EcbPlus.Mention m : mentions)
            keyOf.put(m.id(), docGroups.getOrDefault(m.doc(), m.doc()) + "|" + HeadStemmer.headStem(m.words()));
        if (!p.learned()) return keyOf;
        // 2. merge stem groups of one document group whose stems are a learned pair
        Map<String, Set<String>> stemsOfGroup = new TreeMap<>();
        for (EcbPlus.Mention m : mentions)
            stemsOfGroup.computeIfAbsent(docGroups.getOrDefault(m.doc(), m.doc()), k -> new java.util.TreeSet<>())
                    .add(keyOf.get(m.id()));
        Map<String, String> parent = new HashMap<>();
        for (Set<String> keys : stemsOfGroup.values()) {
            List<String> ks = new ArrayList<>(keys);
            for (int i = 0; i < ks.size(); i++)
                for (int j = i + 1; j < ks.size(); j++) {
                    String a = stemOf(ks.get(i)), b = stemOf(ks.get(j));
                    if (a.equals(b)) continue;
                    int[] c = stats.pairs().get(key(a, b));
                    if (c != null && c[0] >= p.pairMinCount() && c[0] / (double) (c[0] + c[1]) >= p.pairPrecision())
                        union(parent, ks.get(i), ks.get(j));
                }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (var e : keyOf.entrySet()) out.put(e.getKey(), find(parent, e.getValue()));
        return out;
    }

    private static String stemOf(String key) {
        return key.substring(key.lastIndexOf('|') + 1);
    }

    private static String find(Map<String, String> parent, String x) {
        while (parent.containsKey(x)) x = parent.get(x);
        return x;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a), rb = find(parent, b);
        if (ra.equals(rb)) return;
        if (ra.compareTo(rb) < 0) parent.put(rb, ra);
        else parent.put(ra, rb);
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
    }

    private static int topic(String doc) {
        return Integer.parseInt(doc.substring(0, doc.indexOf('_')));
    }

    /** The gold partition of the mentions. */
    public static Map<String, String> key(List<EcbPlus.Mention> mentions) {
        Map<String, String> k = new LinkedHashMap<>();
        for (EcbPlus.Mention m : mentions) k.put(m.id(), m.gold());
        return k;
    }

    /** Words too common to tell documents or sentences apart. */
    static final Set<String> STOP = new HashSet<>(List.of(("the and for that with was were from this have has had "
            + "are but not his her its their they them you your our who whom which what when where why how all any "
            + "been being also into over after before about more most than then there these those will would could "
            + "should said says say she him one two new just like can may might other some such only out very "
            + "http https www com html htm").split(" ")));
}
