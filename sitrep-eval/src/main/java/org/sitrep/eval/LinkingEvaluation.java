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
        /** Cosine of the documents' anchors at which a document group's parts stay together; NaN: never split. */
        public static final double ANCHOR_THRESHOLD = 0.2;
        /** Fewest documents a part split off by anchors keeps as a group of its own. */
        public static final int ANCHOR_MIN_PART = 4;
        /** Mean cosine to a group at which a document the first grouping left alone joins it; NaN: it stays alone. */
        public static final double LONER_THRESHOLD = 0.1;

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
        return documentClusters(docs, threshold, Params.LONER_THRESHOLD);
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

    /**
     * Document groups where a document left alone joins the group it is most like on average if that is at least
     * {@code loner} (NaN: stays alone): alone, none of its mentions can link across documents.
     */
    public static Map<String, String> documentClusters(List<EcbPlus.Document> docs, double threshold, double loner) {
        List<Map<String, Double>> vec = documentVectors(docs, NAME_WEIGHT);
        int n = docs.size();
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++) {
                sim[i][j] = sim[j][i] = cosine(vec.get(i), vec.get(j));
            }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < n; i++) all.add(i);
        List<List<Integer>> groups = averageLink(sim, all, threshold);
        if (!Double.isNaN(loner)) groups = attachLoners(sim, groups, loner);
        Map<String, String> out = new LinkedHashMap<>();
        for (int g = 0; g < groups.size(); g++) for (int d : groups.get(g)) out.put(docs.get(d).id(), "g" + g);
        return out;
    }

    /**
     * Splits each document group by the documents' anchors alone (names, figures, years, months and weekdays: what
     * tells two instances of one kind of event apart — two earthquakes, two shootings): average link over anchor
     * tf-idf vectors inside the group, at {@code threshold}. Groups stay whole below 2 documents or with NaN.
     */
    public static Map<String, String> splitByAnchors(List<EcbPlus.Document> docs, Map<String, String> groups, double threshold,
                                                     int minPart) {
        if (Double.isNaN(threshold)) return groups;
        List<Map<String, Double>> vec = anchorVectors(docs);
        int n = docs.size();
        double[][] sim = new double[n][n];
        Map<String, List<Integer>> byGroup = new TreeMap<>();
        for (int i = 0; i < n; i++) byGroup.computeIfAbsent(groups.get(docs.get(i).id()), k -> new ArrayList<>()).add(i);
        Map<String, String> out = new LinkedHashMap<>();
        for (var g : byGroup.entrySet()) {
            List<Integer> members = g.getValue();
            for (int a : members) for (int b : members) if (a < b) sim[a][b] = sim[b][a] = cosine(vec.get(a), vec.get(b));
            List<List<Integer>> parts = attachSmallParts(sim, averageLink(sim, members, threshold), minPart);
            for (int k = 0; k < parts.size(); k++) for (int d : parts.get(k)) out.put(docs.get(d).id(), g.getKey() + "." + k);
        }
        return out;
    }

    /**
     * Parts of fewer than {@code minPart} documents join the larger part whose anchors they share most (average
     * cosine): a document with few names or dates says too little to stand as an event of its own.
     */
    static List<List<Integer>> attachSmallParts(double[][] sim, List<List<Integer>> parts, int minPart) {
        List<List<Integer>> large = new ArrayList<>(), small = new ArrayList<>();
        for (List<Integer> p : parts) (p.size() >= minPart ? large : small).add(p);
        if (large.isEmpty()) {
            List<Integer> whole = new ArrayList<>();
            parts.forEach(whole::addAll);
            return List.of(whole);
        }
        for (List<Integer> p : small) {
            List<Integer> into = null;
            double best = -1;
            for (List<Integer> q : large) {
                double s = meanSimilarity(sim, p, q);
                if (s > best) { best = s; into = q; }
            }
            into.addAll(p);
        }
        return large;
    }

    /** Single documents join the group of two or more they are most like on average, if that is at least {@code min}. */
    static List<List<Integer>> attachLoners(double[][] sim, List<List<Integer>> groups, double min) {
        List<List<Integer>> out = new ArrayList<>(), alone = new ArrayList<>();
        List<Integer> loners = new ArrayList<>();
        for (List<Integer> g : groups) if (g.size() == 1) loners.add(g.get(0)); else out.add(new ArrayList<>(g));
        int multi = out.size();
        for (int d : loners) {
            List<Integer> into = null;
            double best = min;
            for (List<Integer> q : out.subList(0, multi)) {
                double s = meanSimilarity(sim, List.of(d), q);
                if (s >= best) { best = s; into = q; }
            }
            if (into != null) into.add(d); else alone.add(List.of(d));
        }
        out.addAll(alone);
        return out;
    }

    /** Mean similarity of the pairs across two sets of documents. */
    private static double meanSimilarity(double[][] sim, List<Integer> a, List<Integer> b) {
        double s = 0;
        for (int x : a) for (int y : b) s += sim[x][y];
        return s / (a.size() * (double) b.size());
    }

        /** Unit-length tf-idf vectors of the documents' anchors: names, figures, years, months, weekdays. */
    static List<Map<String, Double>> anchorVectors(List<EcbPlus.Document> docs) {
        List<Map<String, Double>> vec = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (EcbPlus.Document d : docs) {
            Map<String, Double> tf = new HashMap<>();
            for (List<String> s : d.sentences().values()) for (String a : anchors(s)) tf.merge(a, 1.0, Double::sum);
            for (String t : tf.keySet()) df.merge(t, 1, Integer::sum);
            vec.add(tf);
        }
        int n = docs.size();
        for (Map<String, Double> v : vec) {
            double norm = 0;
            for (var e : v.entrySet()) {
                double w = (1 + Math.log(e.getValue())) * Math.log((n + 1.0) / (df.get(e.getKey()) + 0.5));
                e.setValue(w);
                norm += w * w;
            }
            double len = Math.sqrt(norm);
            if (len > 0) v.replaceAll((k, x) -> x / len);
        }
        return vec;
    }

    /**
     * A sentence's anchors: capitalized words not opening it (nor after a quote or bracket), numbers of two or more
     * digits, month and weekday names; lower-cased.
     */
    static List<String> anchors(List<String> s) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            String w = s.get(i), t = w.toLowerCase(Locale.ROOT);
            if (TIMES.contains(t) || (t.length() >= 2 && t.chars().allMatch(Character::isDigit))) out.add(t);
            else if (i > 0 && w.length() > 1 && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter)
                    && !s.get(i - 1).matches("[\"'`“‘(:]+") && !STOP.contains(t)) out.add(t);
        }
        return out;
    }

    static final Set<String> TIMES = Set.of(("january february march april may june july august september "
            + "october november december monday tuesday wednesday thursday friday saturday sunday").split(" "));

    /**
     * Pairwise agreement of document groups with a reference partition of the same documents: [precision, recall]
     * of the same-group document pairs (a diagnostic on dev against gold subtopics).
     */
    public static double[] pairAgreement(Map<String, String> groups, Map<String, String> reference) {
        List<String> ids = new ArrayList<>(groups.keySet());
        long both = 0, sys = 0, ref = 0;
        for (int i = 0; i < ids.size(); i++)
            for (int j = i + 1; j < ids.size(); j++) {
                boolean s = groups.get(ids.get(i)).equals(groups.get(ids.get(j)));
                boolean r = reference.get(ids.get(i)).equals(reference.get(ids.get(j)));
                if (s) sys++;
                if (r) ref++;
                if (s && r) both++;
            }
        return new double[] {both / (double) Math.max(1, sys), both / (double) Math.max(1, ref)};
    }

    /** Average-link agglomeration of {@code items} (indexes into {@code sim}) while the best pair is ≥ threshold. */
    static List<List<Integer>> averageLink(double[][] sim, List<Integer> items, double threshold) {
        List<List<Integer>> groups = new ArrayList<>();
        for (int i : items) groups.add(new ArrayList<>(List.of(i)));
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
        return groups;
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
