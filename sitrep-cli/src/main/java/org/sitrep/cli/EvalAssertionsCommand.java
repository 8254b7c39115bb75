package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.eval.AssertionEvaluation;
import org.sitrep.eval.AssertionGold;
import org.sitrep.eval.AssertionScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep eval assertions FILE}: assertions of the standard pipeline against a hand-annotated real-news set. */
@Command(name = "assertions", mixinStandardHelpOptions = true,
        description = "Score the CONTROL, FIGHTING and CASUALTIES assertions on hand-annotated real articles (a gold "
                + "file of ids, offsets and codes, such as data/realnews-assertions/dev.tsv): recall, precision, "
                + "per-field accuracy (place, holder, count, controller, polarity) and the strict figures (place, "
                + "holder and count right), per kind. Loads CoreNLP.")
final class EvalAssertionsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "gold file (article and assertion rows; see AssertionGold)")
    Path file;

    @Option(names = "--corpus", paramLabel = "FILE.jsonl",
            defaultValue = "../shared/eval/ukraine-news-gdelt-447/articles.jsonl",
            description = "the corpus the gold ids come from (default: ${DEFAULT-VALUE})")
    Path corpus;

    @Option(names = "--json", description = "print one JSON object instead of a table")
    boolean json;

    @Option(names = "--cache", paramLabel = "DIR", description = "keep the parse (CoreNLP, HeidelTime) of each article here, keyed by its text and date, and reuse it")
    Path cache;

    @Option(names = "--errors", description = "after the table, list every miss, false alarm and wrong field with its text")
    boolean errors;

    @Override
    public Integer call() throws Exception {
        if (Main.missing(spec, file, corpus)) return Main.USAGE;
        AssertionGold gold = AssertionGold.read(file);
        AssertionEvaluation evaluation = new AssertionEvaluation(cache);
        AssertionScorer.Result r = evaluation.run(gold, corpus);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? r.json().toString() + System.lineSeparator() : r.table());
        if (errors && !json) out.print(evaluation.errors(r));
        out.flush();
        return Main.OK;
    }
}
