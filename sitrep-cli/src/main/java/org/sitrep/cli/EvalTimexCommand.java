package org.sitrep.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.eval.TimexEvaluation;
import org.sitrep.eval.TimexScorer;
import org.sitrep.json.Json;
import org.sitrep.nlp.TemporalTaggers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep eval timex DIR}: TempEval-3 Task A (extent, type, value) over a folder of TimeML files. */
@Command(name = "timex", mixinStandardHelpOptions = true,
        description = "TempEval-3 Task A on a folder of TimeML .tml files with a DCT: strict and relaxed extent "
                + "P/R/F1, type and value F1, computed as the official TE3 scorer does.")
final class EvalTimexCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "Folder of .tml files (searched recursively).")
    Path dir;

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    boolean json;

    @Option(names = "--write-tml", paramLabel = "OUTDIR",
            description = "Write one system TimeML file per input (same relative name) for the official scorer.")
    Path writeTml;

    @Option(names = "--tagger", paramLabel = "NAME", defaultValue = TemporalTaggers.DEFAULT,
            description = "Temporal tagger: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, the one the "
                    + "pipeline runs; 'combined' adds SUTime's years, weeks, months and sets, which the pipeline cannot).")
    TemporalTaggers.Tagger tagger;

    @Option(names = "--per-file", description = "With --json: add every file's counts.")
    boolean perFile;

    @Option(names = "--raw", description = "Score the tagger's own values, without sitrep's value resolution.")
    boolean raw;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Cache the tagger's output per file here (re-runs then skip CoreNLP/HeidelTime).")
    Path cache;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir)) {
            System.err.println("sitrep eval timex: not a folder: " + dir);
            return Main.USAGE;
        }
        TimexEvaluation eval = new TimexEvaluation(TimexEvaluation.nlp(), TimexEvaluation.after(tagger, raw), cache,
                writeTml);
        TimexEvaluation.Result r = eval.evaluate(dir, p -> System.err.print("\r" + p + "          "));
        System.err.println();
        for (String f : r.failures()) System.err.println("failed: " + f);
        for (String d : r.duplicates()) System.err.println("skipped duplicate: " + d);
        if (json) {
            ObjectNode root = Json.mapper().createObjectNode();
            root.put("dir", dir.toString());
            root.put("tagger", tagger.name().toLowerCase(Locale.ROOT));
            root.put("valueResolution", !raw);
            root.set("total", tree(r.total()));
            ObjectNode groups = root.putObject("groups");
            for (Map.Entry<String, TimexScorer.Counts> g : r.byGroup().entrySet()) groups.set(g.getKey(), tree(g.getValue()));
            if (perFile) {
                ObjectNode files = root.putObject("files");
                for (Map.Entry<String, TimexScorer.Counts> f : r.byFile().entrySet()) files.set(f.getKey(), tree(f.getValue()));
            }
            root.put("failures", r.failures().size());
            root.put("duplicatesSkipped", r.duplicates().size());
            System.out.println(Json.mapper().writeValueAsString(root));
        } else {
            System.out.printf(Locale.ROOT, "%-12s %6s %6s | %6s %6s %6s | %6s %6s %6s | %6s %6s%n", "set", "gold", "sys",
                    "strF1", "strP", "strR", "relF1", "relP", "relR", "valF1", "typF1");
            for (Map.Entry<String, TimexScorer.Counts> g : r.byGroup().entrySet()) row(g.getKey(), g.getValue());
            row("total", r.total());
        }
        return r.failures().isEmpty() ? Main.OK : Main.PARTIAL;
    }

    private static void row(String name, TimexScorer.Counts c) {
        TimexScorer.Metrics m = c.metrics();
        System.out.printf(Locale.ROOT, "%-12s %6d %6d | %6.2f %6.2f %6.2f | %6.2f %6.2f %6.2f | %6.2f %6.2f%n", name,
                c.gold(), c.system(), 100 * m.strictF1(), 100 * m.strictP(), 100 * m.strictR(), 100 * m.relaxedF1(),
                100 * m.relaxedP(), 100 * m.relaxedR(), 100 * m.valueF1(), 100 * m.typeF1());
    }

    private static ObjectNode tree(TimexScorer.Counts c) {
        TimexScorer.Metrics m = c.metrics();
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("gold", c.gold()).put("system", c.system()).put("relaxedMatches", c.relaxed())
                .put("strictMatches", c.strict()).put("typeMatches", c.type()).put("valueMatches", c.value());
        o.put("strictP", m.strictP()).put("strictR", m.strictR()).put("strictF1", m.strictF1());
        o.put("relaxedP", m.relaxedP()).put("relaxedR", m.relaxedR()).put("relaxedF1", m.relaxedF1());
        o.put("typeAccuracy", m.typeAccuracy()).put("valueAccuracy", m.valueAccuracy());
        o.put("typeF1", m.typeF1()).put("valueF1", m.valueF1());
        return o;
    }
}
