package org.sitrep.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.eval.CorefMetrics;
import org.sitrep.eval.EcbPlus;
import org.sitrep.eval.LinkingEvaluation;
import org.sitrep.eval.MentionPairs;
import org.sitrep.eval.MentionVectors;
import org.sitrep.encode.Encoder;
import org.sitrep.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep eval linking DIR}: cross-document event coreference on ECB+ gold mentions. */
@Command(name = "linking", mixinStandardHelpOptions = true,
        description = "Cross-document event coreference on ECB+ (standard setting: validated sentences, gold event "
                + "mentions, singletons kept; documents grouped by sitrep, no gold topics): MUC, B3, CEAF-e and CoNLL "
                + "F1 of sitrep beside the same-lemma baseline in the same document groups.")
final class EvalLinkingCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "ECB+ folder (holding ECB+/ and ECBplus_coreference_sentences.csv).")
    Path dir;

    @Option(names = "--split", defaultValue = "test", description = "test (default) or dev; train is what is learned from.")
    String split;

    @Option(names = "--write-response", paramLabel = "FILE",
            description = "Write sitrep's clusters as {\"mention\", \"cluster\"} lines (../shared/tools/ecb-score format).")
    Path response;

    @Option(names = "--doc-threshold", description = "Average-link cosine at which document groups merge (default: ${DEFAULT-VALUE}).")
    double docThreshold = LinkingEvaluation.Params.standard().docThreshold();

    @Option(names = "--pair-precision", description = "Share of train pairs that must corefer for two heads to link (default: ${DEFAULT-VALUE}).")
    double pairPrecision = LinkingEvaluation.Params.standard().pairPrecision();

    @Option(names = "--pair-min", description = "Coreferring train pairs two heads need (default: ${DEFAULT-VALUE}).")
    int pairMin = LinkingEvaluation.Params.standard().pairMinCount();

    @Option(names = "--signals", split = ",", paramLabel = "SIGNAL",
            description = "Link mention pairs by a model over the heads and these signals (lex, emb, trigger, args; "
                    + "doc, docemb, anchor; 'none' for the heads alone), clustered per document group; 'rule' for the head rule "
                    + "alone. Without emb, trigger or docemb no encoder is loaded (default: ${DEFAULT-VALUE}).")
    List<String> signals = MentionPairs.ADOPTED.stream().map(s -> s.name().toLowerCase(Locale.ROOT)).toList();

    @Option(names = "--threshold", description = "Mean pair probability at which clusters merge, with --signals (default: ${DEFAULT-VALUE}).")
    double threshold = MentionPairs.THRESHOLD;

    @Option(names = "--cache", paramLabel = "FILE", description = "Keep the encoder's mention vectors here and reuse them on later runs.")
    Path cache;

    @Option(names = "--ablation", description = "On dev: each combination of signals at its best threshold, beside the rule (chooses, never on test).")
    boolean ablation;

    @Option(names = "--also", paramLabel = "SIGNALS", split = ",", description = "With --ablation: also these combinations, signals joined by '+' (trigger+args).")
    List<String> also = List.of();

    private List<EnumSet<MentionPairs.Signal>> extraSets = List.of();

    @Option(names = "--anchor-threshold", description = "Split each document group by the documents' names, figures "
            + "and dates alone, average link at this cosine; NaN keeps the groups whole (default: ${DEFAULT-VALUE}).")
    double anchorThreshold = LinkingEvaluation.Params.ANCHOR_THRESHOLD;

    @Option(names = "--anchor-min-part", description = "Parts split off by anchors with fewer documents join the part "
            + "they share most anchors with (default: ${DEFAULT-VALUE}).")
    int anchorMinPart = LinkingEvaluation.Params.ANCHOR_MIN_PART;

    @Option(names = "--loner-threshold", description = "A document the first grouping leaves alone joins the group it "
            + "is most like if their mean cosine is at least this; NaN leaves it alone (default: ${DEFAULT-VALUE}).")
    double lonerThreshold = LinkingEvaluation.Params.LONER_THRESHOLD;

    @Option(names = "--sweep-anchors", split = ",", paramLabel = "T", description = "On dev: the adopted pair model at its "
            + "best threshold with the groups split by anchors at each of these cosines (NaN: unsplit; gold: gold subtopics, "
            + "a diagnostic), with the groups' pairwise agreement with gold subtopics.")
    List<String> sweepAnchors = List.of();

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (!split.equals("test") && !split.equals("dev")) {
            System.err.println("sitrep eval linking: --split must be test or dev");
            return Main.USAGE;
        }
        if (!Files.isDirectory(dir)) {
            System.err.println("sitrep eval linking: not a folder: " + dir);
            return Main.USAGE;
        }
        if (ablation && !split.equals("dev")) {
            System.err.println("sitrep eval linking: --ablation chooses thresholds, so it runs on dev only");
            return Main.USAGE;
        }
        EnumSet<MentionPairs.Signal> chosen = parse(signals);
        boolean rule = signals.contains("rule");
        extraSets = also.stream().map(a -> parse(List.of(a.split("\\+")))).toList();
        EcbPlus.Corpus train = EcbPlus.read(dir, "train");
        EcbPlus.Corpus eval = EcbPlus.read(dir, split);
        LinkingEvaluation.Statistics stats = LinkingEvaluation.learn(train);
        LinkingEvaluation.Params p = new LinkingEvaluation.Params(docThreshold, pairPrecision, pairMin, true);
        Map<String, String> groups = LinkingEvaluation.splitByAnchors(eval.documents(),
                LinkingEvaluation.documentClusters(eval.documents(), p.docThreshold(), lonerThreshold), anchorThreshold, anchorMinPart);
        Map<String, String> key = LinkingEvaluation.key(eval.mentions());
        boolean encode = ablation || !sweepAnchors.isEmpty() || chosen.contains(MentionPairs.Signal.EMB) || chosen.contains(MentionPairs.Signal.TRIGGER)
                || chosen.contains(MentionPairs.Signal.DOCEMB);
        MentionVectors trainVectors = MentionVectors.none(), evalVectors = MentionVectors.none();
        if (encode) {
            Encoder encoder = Encoder.miniLm();
            trainVectors = MentionVectors.of(encoder, train, cache);
            evalVectors = MentionVectors.of(encoder, eval, cache);
        }
        if (!sweepAnchors.isEmpty()) {
            if (!split.equals("dev")) {
                System.err.println("sitrep eval linking: --sweep-anchors chooses a threshold, so it runs on dev only");
                return Main.USAGE;
            }
            return sweepAnchors(train, eval, trainVectors, evalVectors, chosen, key, p);
        }
        if (ablation) return ablation(train, eval, trainVectors, evalVectors, groups, key, stats, p);
        Map<String, String> sys = rule ? LinkingEvaluation.link(eval.mentions(), groups, stats, p)
                : MentionPairs.cluster(MentionPairs.score(new MentionPairs.Context(eval, evalVectors), groups,
                        MentionPairs.train(train, trainVectors, chosen)), threshold);
        Map<String, String> base = LinkingEvaluation.link(eval.mentions(), groups, stats, p.baseline());
        Map<String, CorefMetrics.Scores> rows = new LinkedHashMap<>();
        rows.put("sitrep", CorefMetrics.score(key, sys));
        if (!rule) rows.put("rule", CorefMetrics.score(key, LinkingEvaluation.link(eval.mentions(), groups, stats, p)));
        rows.put("same-lemma", CorefMetrics.score(key, base));
        if (response != null) {
            try (BufferedWriter w = Files.newBufferedWriter(response, StandardCharsets.UTF_8)) {
                for (var e : sys.entrySet()) {
                    ObjectNode line = Json.mapper().createObjectNode();
                    line.put("mention", e.getKey());
                    line.put("cluster", e.getValue());
                    w.write(Json.mapper().writeValueAsString(line));
                    w.newLine();
                }
            }
        }
        long nGroups = groups.values().stream().distinct().count();
        if (json) {
            ObjectNode root = Json.mapper().createObjectNode();
            root.put("split", split);
            root.put("mentions", key.size());
            root.put("documents", eval.documents().size());
            root.put("documentGroups", nGroups);
            root.put("grouping", "sitrep document clusters (tf-idf, average link, threshold " + p.docThreshold() + ")");
            root.put("system", rule ? "rule" : "pairs " + chosen.toString().toLowerCase(Locale.ROOT) + " threshold " + threshold);
            for (var r : rows.entrySet()) {
                ObjectNode s = root.putObject(r.getKey());
                put(s, "muc", r.getValue().muc());
                put(s, "b3", r.getValue().b3());
                put(s, "ceafe", r.getValue().ceafe());
                s.put("conll_f1", round(r.getValue().conll()));
                s.put("clusters", r.getValue().responseClusters());
            }
            System.out.println(Json.mapper().writeValueAsString(root));
        } else {
            System.out.printf(Locale.ROOT, "ECB+ %s: %d gold event mentions, %d gold clusters, %d documents in %d sitrep groups; "
                    + "sitrep: %s%n", split, key.size(), rows.get("sitrep").keyClusters(), eval.documents().size(), nGroups,
                    rule ? "the head rule" : "mention pairs on the heads" + (chosen.isEmpty() ? "" : " and "
                            + chosen.toString().toLowerCase(Locale.ROOT)) + ", threshold " + threshold);
            System.out.printf(Locale.ROOT, "%-11s %20s %20s %20s %8s%n", "system", "MUC R/P/F1", "B3 R/P/F1", "CEAF-e R/P/F1", "CoNLL");
            for (var r : rows.entrySet())
                System.out.printf(Locale.ROOT, "%-11s %20s %20s %20s %8.2f%n", r.getKey(), prf(r.getValue().muc()),
                        prf(r.getValue().b3()), prf(r.getValue().ceafe()), r.getValue().conll());
        }
        return Main.OK;
    }

    private Integer ablation(EcbPlus.Corpus train, EcbPlus.Corpus dev, MentionVectors trainVectors, MentionVectors devVectors,
                             Map<String, String> groups, Map<String, String> key, LinkingEvaluation.Statistics stats,
                             LinkingEvaluation.Params p) {
        System.out.printf(Locale.ROOT, "%-24s %9s %20s %20s %20s %8s%n", "system", "threshold", "MUC R/P/F1", "B3 R/P/F1",
                "CEAF-e R/P/F1", "CoNLL");
        row("rule (heads, learned pairs)", Double.NaN, CorefMetrics.score(key, LinkingEvaluation.link(dev.mentions(), groups, stats, p)));
        row("same lemma", Double.NaN, CorefMetrics.score(key, LinkingEvaluation.link(dev.mentions(), groups, stats, p.baseline())));
        MentionPairs.Context cx = new MentionPairs.Context(dev, devVectors);
        // the heads alone, each signal alone, each beside the trigger vectors, all together
        List<EnumSet<MentionPairs.Signal>> sets = new java.util.ArrayList<>();
        sets.add(EnumSet.noneOf(MentionPairs.Signal.class));
        for (MentionPairs.Signal s : MentionPairs.Signal.values()) sets.add(EnumSet.of(s));
        for (MentionPairs.Signal s : MentionPairs.Signal.values())
            if (s != MentionPairs.Signal.TRIGGER) sets.add(EnumSet.of(MentionPairs.Signal.TRIGGER, s));
        sets.add(EnumSet.allOf(MentionPairs.Signal.class));
        sets.addAll(extraSets);
        for (EnumSet<MentionPairs.Signal> set : sets) {
            MentionPairs.Scored scored = MentionPairs.score(cx, groups, MentionPairs.train(train, trainVectors, set));
            CorefMetrics.Scores best = null;
            double bestT = 0;
            for (int t = 5; t <= 80; t += 5) {
                CorefMetrics.Scores s = CorefMetrics.score(key, MentionPairs.cluster(scored, t / 100.0));
                if (best == null || s.conll() > best.conll()) { best = s; bestT = t / 100.0; }
            }
            row("pairs " + (set.isEmpty() ? "heads" : "heads+" + set.toString().replaceAll("[\\[\\] ]", "").toLowerCase(Locale.ROOT)),
                    bestT, best);
        }
        return Main.OK;
    }

    private Integer sweepAnchors(EcbPlus.Corpus train, EcbPlus.Corpus dev, MentionVectors trainVectors, MentionVectors devVectors,
                                 EnumSet<MentionPairs.Signal> signals, Map<String, String> key, LinkingEvaluation.Params p) {
        MentionPairs.Trained model = MentionPairs.train(train, trainVectors, signals);
        MentionPairs.Context cx = new MentionPairs.Context(dev, devVectors);
        Map<String, String> subtopics = new LinkedHashMap<>();
        for (EcbPlus.Document d : dev.documents()) subtopics.put(d.id(), d.topic() + (d.id().contains("plus") ? "+" : ""));
        Map<String, String> own = LinkingEvaluation.documentClusters(dev.documents(), p.docThreshold(), lonerThreshold);
        System.out.printf(Locale.ROOT, "%-10s %6s %9s %9s %9s %20s %20s %20s %8s%n", "anchors", "groups", "doc P", "doc R",
                "threshold", "MUC R/P/F1", "B3 R/P/F1", "CEAF-e R/P/F1", "CoNLL");
        for (String t : sweepAnchors) {
            Map<String, String> groups = t.equals("gold") ? subtopics
                    : LinkingEvaluation.splitByAnchors(dev.documents(), own, Double.parseDouble(t), anchorMinPart);
            double[] agree = LinkingEvaluation.pairAgreement(groups, subtopics);
            MentionPairs.Scored scored = MentionPairs.score(cx, groups, model);
            CorefMetrics.Scores best = null;
            double bestT = 0;
            for (int th = 5; th <= 80; th += 5) {
                CorefMetrics.Scores s = CorefMetrics.score(key, MentionPairs.cluster(scored, th / 100.0));
                if (best == null || s.conll() > best.conll()) { best = s; bestT = th / 100.0; }
            }
            System.out.printf(Locale.ROOT, "%-10s %6d %9.3f %9.3f %9.2f %20s %20s %20s %8.2f%n", t,
                    groups.values().stream().distinct().count(), agree[0], agree[1], bestT, prf(best.muc()), prf(best.b3()),
                    prf(best.ceafe()), best.conll());
        }
        return Main.OK;
    }

    /** Signal names (lex, emb, …); "rule" and "none" name none. */
    private static EnumSet<MentionPairs.Signal> parse(List<String> names) {
        EnumSet<MentionPairs.Signal> out = EnumSet.noneOf(MentionPairs.Signal.class);
        for (String name : names)
            if (!name.equals("rule") && !name.equals("none")) out.add(MentionPairs.Signal.valueOf(name.toUpperCase(Locale.ROOT)));
        return out;
    }

    private static void row(String name, double threshold, CorefMetrics.Scores s) {
        System.out.printf(Locale.ROOT, "%-24s %9s %20s %20s %20s %8.2f%n", name, Double.isNaN(threshold) ? "-"
                : String.format(Locale.ROOT, "%.2f", threshold), prf(s.muc()), prf(s.b3()), prf(s.ceafe()), s.conll());
    }

    private static String prf(CorefMetrics.Prf p) {
        return String.format(Locale.ROOT, "%.2f/%.2f/%.2f", p.recall(), p.precision(), p.f1());
    }

    private static void put(ObjectNode s, String name, CorefMetrics.Prf p) {
        ObjectNode o = s.putObject(name);
        o.put("r", round(p.recall()));
        o.put("p", round(p.precision()));
        o.put("f1", round(p.f1()));
    }

    private static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
