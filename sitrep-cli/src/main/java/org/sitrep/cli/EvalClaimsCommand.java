package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.eval.ClaimEvaluation;
import org.sitrep.eval.ClaimGold;
import org.sitrep.eval.ClaimScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep eval claims FILE}: claims of the standard pipeline against a hand-annotated real-news set. */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = "Score the ledger's claims on hand-annotated real articles (a gold file of ids and offsets, "
                + "such as eval-data/realnews-claims/dev.tsv): recall, precision, and per-field accuracy on matched "
                + "claims, for native-English and machine-translated articles apart. Loads CoreNLP.")
final class EvalClaimsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "gold file (article and claim rows; see ClaimGold)")
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
        ClaimGold gold = ClaimGold.read(file);
        ClaimEvaluation evaluation = new ClaimEvaluation(cache);
        ClaimScorer.Result r = evaluation.run(gold, corpus);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? r.json().toString() + System.lineSeparator() : r.table());
        if (errors && !json) out.print(evaluation.errors(r));
        out.flush();
        return Main.OK;
    }
}
