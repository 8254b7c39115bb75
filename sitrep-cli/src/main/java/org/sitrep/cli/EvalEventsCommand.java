package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.eval.EventEvaluation;
import org.sitrep.nlp.CoreNlpStage;
import org.sitrep.resolve.ActorRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep eval events FILE.jsonl}: PLOVER type, mode and actor accuracy of the events stage. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Score the events stage on PLOVER gold records (JSON Lines: text, event, mode, source/target). "
                + "Loads CoreNLP for the parse.")
final class EvalEventsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.jsonl", description = "records in the format of plover_gsr_dev.jsonl")
    Path file;

    @Option(names = "--json", description = "print one JSON object instead of a table")
    boolean json;

    @Option(names = "--cv", paramLabel = "K", description = "cross-validate over K folds; the stage is rules only, so "
            + "every fold is scored by the same rules and the figures equal the whole file's (said in the output)")
    Integer folds;

    @Option(names = "--cache", paramLabel = "DIR", description = "keep parses here and reuse them on later runs")
    Path cache;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().println("No such file: " + file);
            spec.commandLine().usage(spec.commandLine().getErr());
            spec.commandLine().getErr().flush();
            return Main.USAGE;
        }
        EventEvaluation.Result r = new EventEvaluation(ActorRegistry.standard(), new CoreNlpStage(), cache).run(file);
        String note = folds == null ? "" : "cv " + folds + ": nothing is trained (rules only), so each fold's figures"
                + " are those of the whole file";
        if (json) {
            var o = r.json();
            if (folds != null) o.put("cv", folds).put("cvNote", note);
            spec.commandLine().getOut().println(o);
        } else {
            spec.commandLine().getOut().print(r.table());
            if (!note.isEmpty()) spec.commandLine().getOut().println("  " + note);
        }
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
