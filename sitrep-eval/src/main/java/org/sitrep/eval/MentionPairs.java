package org.sitrep.eval;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Mention-pair linking for ECB+: a logistic regression over pair signals, trained on the train split's pairs within
 * a topic, then average-link clustering of the mentions of each document group, merging while the best pair of
 * clusters has a mean probability of at least a threshold (chosen on dev). The heads always count (same stem; how
 * often train shows two stems, or one stem across documents, coreferring); the other signals are optional, so their
 * worth can be measured one by one (see {@link Signal}).
 */
public final class MentionPairs {
    /** Optional signals beside the heads. */
    public enum Signal {
        /** tf-idf cosine of the two mentions' sentences (content words). */
        LEX,
        /** cosine of the encoder's sentence vectors. */
        EMB,
        /** cosine of the encoder's vectors of the trigger words in their sentences. */
        TRIGGER,
        /** arguments from the sentences: shared or clashing names, dates and figures. */
        ARGS,
        /** tf-idf cosine of the two mentions' documents (as the document groups weigh words). */
        DOC,
        /** cosine of the documents' mean encoder vectors of their mention sentences. */
        DOCEMB,
        /** tf-idf cosine of the two documents' anchors (names, figures, dates): two instances of one kind of event. */
        ANCHOR
    }

    /**
     * The signals and threshold adopted for {@code sitrep eval linking}: the best of the dev ablation
     * (docs/EVALUATION.md, "What each signal adds on dev"); the trigger vectors are the one signal that clearly helps.
     */
    public static final Set<Signal> ADOPTED = EnumSet.of(Signal.LEX, Signal.TRIGGER);

    public static final double THRESHOLD = 0.25;

    /** Pair counts from train: {key → [coreferring, not]}, different stems under "a b", one stem under "a". */
    record Counts(Map<String, int[]> pairs) {
        int[] get(String key) {
            return pairs.getOrDefault(key, new int[2]);
        }
    }

    /** A trained model and the signals it reads. */
    public record Trained(Model model, Set<Signal> signals, Counts counts, double sameRate, double otherRate) {}

    private MentionPairs() {}

    /** The split's view of its mentions: their sentences' words, tf-idf vectors, arguments and encoder vectors. */
    public static final class Context {
        final List<EcbPlus.Mention> mentions;
        final MentionVectors vectors;
        final Map<String, Map<String, Double>> lexical = new HashMap<>();
        final Map<String, Args> args = new HashMap<>();
        final Map<String, String> stems = new HashMap<>();
        final Map<String, Map<String, Double>> documents = new HashMap<>();
        final Map<String, float[]> documentVectors = new HashMap<>();
        final Map<String, Map<String, Double>> anchors = new HashMap<>();

        public Context(EcbPlus.Corpus corpus, MentionVectors vectors) {
            this.mentions = corpus.mentions();
            this.vectors = vectors;
            Map<String, EcbPlus.Document> docs = new HashMap<>();
            for (EcbPlus.Document d : corpus.documents()) docs.put(d.id(), d);
            // document frequency of words over every sentence of the split
            Map<String, Integer> df = new HashMap<>();
            int n = 0;
            for (EcbPlus.Document d : corpus.documents())
                for (List<String> s : d.sentences().values()) {
                    n++;
                    for (String t : new HashSet<>(content(s, List.of()))) df.merge(t, 1, Integer::sum);
                }
            for (EcbPlus.Mention m : mentions) {
                List<String> s = docs.get(m.doc()).sentences().get(m.sentence());
                Map<String, Double> v = new HashMap<>();
                for (String t : content(s, m.positions())) v.merge(t, 1.0, Double::sum);
                double norm = 0;
                for (var e : v.entrySet()) {
                    double w = (1 + Math.log(e.getValue())) * Math.log((n + 1.0) / (df.getOrDefault(e.getKey(), 0) + 0.5));
                    e.setValue(w);
                    norm += w * w;
                }
                double len = Math.sqrt(norm);
                if (len > 0) v.replaceAll((k, x) -> x / len);
                lexical.put(m.id(), v);
                args.put(m.id(), Args.of(s, m.positions()));
                stems.put(m.id(), HeadStemmer.headStem(m.words()));
            }
            List<Map<String, Double>> dv = LinkingEvaluation.documentVectors(corpus.documents(), LinkingEvaluation.NAME_WEIGHT);
            for (int i = 0; i < dv.size(); i++) documents.put(corpus.documents().get(i).id(), dv.get(i));
            List<Map<String, Double>> av = LinkingEvaluation.anchorVectors(corpus.documents());
            for (int i = 0; i < av.size(); i++) anchors.put(corpus.documents().get(i).id(), av.get(i));
            // a document's encoder vector: the mean of its mention sentences' vectors (those are cached)
            Map<String, Set<Integer>> seen = new HashMap<>();
            for (EcbPlus.Mention m : mentions) {
                float[] v = vectors.sentence(m);
                if (v == null || !seen.computeIfAbsent(m.doc(), k -> new HashSet<>()).add(m.sentence())) continue;
                float[] sum = documentVectors.computeIfAbsent(m.doc(), k -> new float[v.length]);
                for (int d = 0; d < v.length; d++) sum[d] += v[d];
            }
        }
    }

    /** Stemmed content words of a sentence, leaving out the words at {@code skip} (the trigger). */
    private static List<String> content(List<String> s, List<Integer> skip) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (skip.contains(i)) continue;
            String t = s.get(i).toLowerCase(Locale.ROOT);
            if (t.length() < 3 || !t.chars().allMatch(Character::isLetterOrDigit) || LinkingEvaluation.STOP.contains(t)) continue;
            out.add(HeadStemmer.stem(t));
        }
        return out;
    }

    /** What a sentence says about its event's arguments, by the surface: names, times, figures. */
    record Args(Set<String> names, Set<String> times, Set<String> figures) {
        private static final Pattern FIGURE = Pattern.compile("\\d+([.,]\\d+)*");
        private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

        static Args of(List<String> s, List<Integer> skip) {
            Set<String> names = new HashSet<>(), times = new HashSet<>(), figures = new HashSet<>();
            for (int i = 0; i < s.size(); i++) {
                if (skip.contains(i)) continue;
                String w = s.get(i), t = w.toLowerCase(Locale.ROOT);
                if (TIMES.contains(t) || YEAR.matcher(t).matches()) times.add(t);
                else if (FIGURE.matcher(t).matches()) figures.add(t);
                // a capitalized word not opening the sentence (nor after a quote): a name
                else if (i > 0 && w.length() > 1 && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter)
                        && !s.get(i - 1).matches("[\"'`“‘(:]+") && !LinkingEvaluation.STOP.contains(t)) names.add(t);
            }
            return new Args(names, times, figures);
        }
    }

    private static final Set<String> TIMES = Set.of(("january february march april may june july august september "
            + "october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday "
            + "thursday friday saturday sunday").split(" "));

    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        int shared = 0;
        for (String x : a) if (b.contains(x)) shared++;
        return shared / (double) Math.min(a.size(), b.size());
    }

    private static double clash(Set<String> a, Set<String> b) {
        return !a.isEmpty() && !b.isEmpty() && overlap(a, b) == 0 ? 1 : 0;
    }

    /** Train counts per topic, so that a train pair's head statistics can leave its own topic out. */
    static Map<Integer, Counts> countsByTopic(EcbPlus.Corpus train) {
        Map<Integer, List<EcbPlus.Mention>> byTopic = new TreeMap<>();
        for (EcbPlus.Mention m : train.mentions()) byTopic.computeIfAbsent(topic(m), k -> new ArrayList<>()).add(m);
        Map<Integer, Counts> out = new TreeMap<>();
        for (var t : byTopic.entrySet()) {
            Map<String, int[]> pairs = new HashMap<>();
            List<EcbPlus.Mention> ms = t.getValue();
            for (int i = 0; i < ms.size(); i++)
                for (int j = i + 1; j < ms.size(); j++) {
                    EcbPlus.Mention a = ms.get(i), b = ms.get(j);
                    if (a.doc().equals(b.doc())) continue;
                    String sa = HeadStemmer.headStem(a.words()), sb = HeadStemmer.headStem(b.words());
                    pairs.computeIfAbsent(sa.equals(sb) ? sa : pairKey(sa, sb), k -> new int[2])[a.gold().equals(b.gold()) ? 0 : 1]++;
                }
            out.put(t.getKey(), new Counts(pairs));
        }
        return out;
    }

    private static Counts sum(Map<Integer, Counts> byTopic, int leaveOut) {
        Map<String, int[]> pairs = new HashMap<>();
        for (var t : byTopic.entrySet()) {
            if (t.getKey() == leaveOut) continue;
            for (var e : t.getValue().pairs().entrySet()) {
                int[] c = pairs.computeIfAbsent(e.getKey(), k -> new int[2]);
                c[0] += e.getValue()[0];
                c[1] += e.getValue()[1];
            }
        }
        return new Counts(pairs);
    }

    /** Overall coreference rates of same-stem and different-stem pairs: the priors the per-stem rates shrink to. */
    private static double[] rates(Counts c) {
        long[] same = new long[2], other = new long[2];
        for (var e : c.pairs().entrySet()) {
            long[] into = e.getKey().contains(" ") ? other : same;
            into[0] += e.getValue()[0];
            into[1] += e.getValue()[1];
        }
        return new double[] {same[0] / (double) Math.max(1, same[0] + same[1]), other[0] / (double) Math.max(1, other[0] + other[1])};
    }

    /** The pair's signal values, in a fixed order for the chosen signals. */
    static double[] features(Context cx, EcbPlus.Mention a, EcbPlus.Mention b, Set<Signal> signals, Counts counts,
                             double sameRate, double otherRate) {
        String sa = cx.stems.get(a.id()), sb = cx.stems.get(b.id());
        boolean same = sa.equals(sb);
        List<Double> f = new ArrayList<>();
        int[] c = counts.get(same ? sa : pairKey(sa, sb));
        double rate = (c[0] + 2 * (same ? sameRate : otherRate)) / (c[0] + c[1] + 2.0);
        f.add(same ? 1.0 : 0.0);
        f.add(same ? rate : 0.0);
        f.add(same ? 0.0 : rate);
        f.add(same ? 0.0 : Math.log1p(c[0]));
        f.add(a.doc().equals(b.doc()) ? 1.0 : 0.0);
        if (signals.contains(Signal.LEX)) {
            double dot = LinkingEvaluation.cosine(cx.lexical.get(a.id()), cx.lexical.get(b.id()));
            similarity(f, dot, same);
        }
        if (signals.contains(Signal.EMB)) {
            double s = MentionVectors.cosine(cx.vectors.sentence(a), cx.vectors.sentence(b));
            similarity(f, s, same);
        }
        if (signals.contains(Signal.TRIGGER)) {
            double s = MentionVectors.cosine(cx.vectors.trigger(a), cx.vectors.trigger(b));
            similarity(f, s, same);
        }
        if (signals.contains(Signal.ARGS)) {
            Args x = cx.args.get(a.id()), y = cx.args.get(b.id());
            f.add(overlap(x.names(), y.names()));
            f.add(clash(x.names(), y.names()));
            f.add(clash(x.times(), y.times()));
            f.add(clash(x.figures(), y.figures()));
            f.add(same ? overlap(x.names(), y.names()) : 0.0);
            f.add(same ? clash(x.times(), y.times()) : 0.0);
        }
        if (signals.contains(Signal.DOC)) {
            double s = LinkingEvaluation.cosine(cx.documents.get(a.doc()), cx.documents.get(b.doc()));
            similarity(f, s, same);
        }
        if (signals.contains(Signal.DOCEMB)) {
            double s = MentionVectors.cosine(cx.documentVectors.get(a.doc()), cx.documentVectors.get(b.doc()));
            similarity(f, s, same);
        }
        if (signals.contains(Signal.ANCHOR)) {
            double s = LinkingEvaluation.cosine(cx.anchors.get(a.doc()), cx.anchors.get(b.doc()));
            similarity(f, s, same);
        }
        double[] out = new double[f.size()];
        for (int i = 0; i < out.length; i++) out[i] = f.get(i);
        return out;
    }

    /**
     * A similarity as a value and as one of {@link #BINS} ranges, each apart for same and different heads: how much a
     * similarity counts is not linear, nor the same for both.
     */
    private static void similarity(List<Double> f, double s, boolean same) {
        f.add(s);
        f.add(same ? s : 0.0);
        int bin = Math.max(0, Math.min(BINS - 1, (int) Math.floor(s * BINS)));
        for (int b = 0; b < 2 * BINS; b++) f.add(b == bin + (same ? 0 : BINS) ? 1.0 : 0.0);
    }

    private static final int BINS = 10;

    /**
     * Logistic regression on every pair of train mentions in one topic (gold topics are train data here, not used
     * at prediction); each pair's head statistics leave its own topic out, as they would for an unseen topic.
     */
    public static Trained train(EcbPlus.Corpus train, MentionVectors vectors, Set<Signal> signals) {
        Context cx = new Context(train, vectors);
        Map<Integer, Counts> byTopic = countsByTopic(train);
        Map<Integer, List<EcbPlus.Mention>> mentions = new TreeMap<>();
        for (EcbPlus.Mention m : train.mentions()) mentions.computeIfAbsent(topic(m), k -> new ArrayList<>()).add(m);
        List<Feature[]> rows = new ArrayList<>();
        List<Double> labels = new ArrayList<>();
        for (var t : mentions.entrySet()) {
            Counts c = sum(byTopic, t.getKey());
            double[] r = rates(c);
            List<EcbPlus.Mention> ms = t.getValue();
            for (int i = 0; i < ms.size(); i++)
                for (int j = i + 1; j < ms.size(); j++) {
                    rows.add(row(features(cx, ms.get(i), ms.get(j), signals, c, r[0], r[1])));
                    labels.add(ms.get(i).gold().equals(ms.get(j).gold()) ? 1.0 : 0.0);
                }
        }
        Problem p = new Problem();
        p.l = rows.size();
        p.n = rows.get(0).length;
        p.x = rows.toArray(Feature[][]::new);
        p.y = labels.stream().mapToDouble(Double::doubleValue).toArray();
        p.bias = -1; // the rows end with a constant feature instead
        Parameter param = new Parameter(SolverType.L2R_LR, 1.0, 0.001);
        param.setRandom(new Random(1));
        Linear.disableDebugOutput();
        Counts all = sum(byTopic, Integer.MIN_VALUE);
        double[] r = rates(all);
        return new Trained(Linear.train(p, param), signals.isEmpty() ? EnumSet.noneOf(Signal.class) : EnumSet.copyOf(signals),
                all, r[0], r[1]);
    }

    /** A liblinear row: the values, then a constant 1 (the intercept). */
    private static Feature[] row(double[] f) {
        Feature[] row = new Feature[f.length + 1];
        for (int i = 0; i < f.length; i++) row[i] = new FeatureNode(i + 1, f[i]);
        row[f.length] = new FeatureNode(f.length + 1, 1.0);
        return row;
    }

    /**
     * Pair probabilities of the mentions of each document group: {group → [mention indexes in the group, matrix]}.
     * Computed once, so that several thresholds can be tried cheaply.
     */
    public record Scored(List<List<EcbPlus.Mention>> groups, List<double[][]> probabilities) {}

    public static Scored score(Context cx, Map<String, String> docGroups, Trained t) {
        Map<String, List<EcbPlus.Mention>> byGroup = new LinkedHashMap<>();
        for (EcbPlus.Mention m : cx.mentions) byGroup.computeIfAbsent(docGroups.getOrDefault(m.doc(), m.doc()), k -> new ArrayList<>()).add(m);
        int yes = t.model().getLabels()[0] == 1 ? 0 : 1;
        List<List<EcbPlus.Mention>> groups = new ArrayList<>(byGroup.values());
        List<double[][]> probs = new ArrayList<>();
        double[] est = new double[2];
        for (List<EcbPlus.Mention> ms : groups) {
            double[][] p = new double[ms.size()][ms.size()];
            for (int i = 0; i < ms.size(); i++)
                for (int j = i + 1; j < ms.size(); j++) {
                    Linear.predictProbability(t.model(), row(features(cx, ms.get(i), ms.get(j), t.signals(), t.counts(),
                            t.sameRate(), t.otherRate())), est);
                    p[i][j] = p[j][i] = est[yes];
                }
            probs.add(p);
        }
        return new Scored(groups, probs);
    }

    /** Average-link clusters of each group at {@code threshold}: {mention id → cluster id}. */
    public static Map<String, String> cluster(Scored s, double threshold) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int g = 0; g < s.groups().size(); g++) {
            List<EcbPlus.Mention> ms = s.groups().get(g);
            double[][] p = s.probabilities().get(g);
            int n = ms.size();
            // sums of pair probabilities between clusters; clusters as lists of members
            double[][] sum = new double[n][n];
            for (int i = 0; i < n; i++) sum[i] = p[i].clone();
            List<List<Integer>> members = new ArrayList<>();
            for (int i = 0; i < n; i++) members.add(new ArrayList<>(List.of(i)));
            boolean[] gone = new boolean[n];
            while (true) {
                int bi = -1, bj = -1;
                double best = threshold;
                for (int i = 0; i < n; i++) {
                    if (gone[i]) continue;
                    for (int j = i + 1; j < n; j++) {
                        if (gone[j]) continue;
                        double avg = sum[i][j] / (members.get(i).size() * (double) members.get(j).size());
                        if (avg >= best) { best = avg; bi = i; bj = j; }
                    }
                }
                if (bi < 0) break;
                members.get(bi).addAll(members.get(bj));
                gone[bj] = true;
                for (int k = 0; k < n; k++) {
                    sum[bi][k] += sum[bj][k];
                    sum[k][bi] = sum[bi][k];
                }
            }
            for (int i = 0; i < n; i++)
                if (!gone[i]) for (int k : members.get(i)) out.put(ms.get(k).id(), "g" + g + "c" + i);
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        for (List<EcbPlus.Mention> ms : s.groups()) for (EcbPlus.Mention m : ms) ordered.put(m.id(), out.get(m.id()));
        return ordered;
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
    }

    private static int topic(EcbPlus.Mention m) {
        return Integer.parseInt(m.doc().substring(0, m.doc().indexOf('_')));
    }
}
