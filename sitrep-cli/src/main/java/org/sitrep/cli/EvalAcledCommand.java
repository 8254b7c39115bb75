package org.sitrep.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.eval.AcledEvaluation;
import org.sitrep.pipeline.Analyzer;
import org.sitrep.resolve.ActorRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep eval acled FILE.csv}: ACLED event type, sub-event type, actor1, admin1, location and fatalities. */
@Command(name = "acled", mixinStandardHelpOptions = true,
        description = "Score the pipeline on rows of an ACLED export (codebook columns): each row's notes analyzed as an "
                + "article dated event_date. Loads the standard pipeline.")
final class EvalAcledCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "ACLED-format rows with a header line")
    Path file;

    @Option(names = "--json", description = "print one JSON object instead of a table")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (Main.missing(spec, file)) return Main.USAGE;
        Analyzer analyzer = Analyzer.standard();
        AcledEvaluation.Result r = new AcledEvaluation(analyzer::analyze, ActorRegistry.standard()).run(file);
        spec.commandLine().getOut().print(json ? r.json().toString() + "\n" : r.table());
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
