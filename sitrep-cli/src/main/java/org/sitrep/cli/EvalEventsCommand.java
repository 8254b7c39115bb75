package org.sitrep.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.eval.EventEvaluation;
import org.sitrep.events.EventTypeModel;
import org.sitrep.nlp.CoreNlpStage;
import org.sitrep.resolve.ActorRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep eval events FILE.jsonl}: PLOVER type, mode and actor accuracy of the events stage. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Score the events stage on PLOVER gold records (JSON Lines: text, event, mode, source/target): "
                + "type by the bundled model, by the rules (--rules) or cross-validated (--cv K). Loads CoreNLP for the parse.")
final class EvalEventsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.jsonl", description = "records in the format of plover_gsr_dev.jsonl")
    Path file;

    @Option(names = "--json", description = "print one JSON object instead of a table")
    boolean json;

    @Option(names = "--cv", paramLabel = "K", description = "type by a model trained on the other K-1 folds for each "
            + "fold (record i is in fold i mod K), so no record is scored by a model that saw it")
    Integer folds;

    @Option(names = "--rules", description = "type by the rules alone, without the bundled model")
    boolean rules;

    @Option(names = "-c", paramLabel = "COST", defaultValue = "1.0",
            description = "liblinear's regularization cost for --cv (default: ${DEFAULT-VALUE})")
    double cost;

    @Option(names = "--dense", paramLabel = "KIND", defaultValue = "NONE", description = "with --cv: MiniLM vectors "
            + "the fold's model reads beside the sparse features: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; "
            + "evaluation only, the events stage runs no encoder)")
    EventEvaluation.Dense dense;

    @Option(names = "--dense-scale", paramLabel = "LENGTH", defaultValue = "1.0",
            description = "length the dense vectors are scaled to (default: ${DEFAULT-VALUE})")
    double denseScale;

    @Option(names = "--every", description = "with --cv: the fold's model types every record, the rules' type among "
            + "its features (by default it types only records the rules find no event in)")
    boolean every;

    @Option(names = "--errors", description = "also list the records typed wrongly (to standard error)")
    boolean errors;

    @Option(names = "--cache", paramLabel = "DIR", description = "keep parses here and reuse them on later runs")
    Path cache;

    @Override
    public Integer call() throws Exception {
        if (Main.missing(spec, file)) return Main.USAGE;
        Optional<EventTypeModel> model = rules ? Optional.empty() : EventTypeModel.standard();
        EventEvaluation.Result r = new EventEvaluation(ActorRegistry.standard(), new CoreNlpStage(), cache)
                .run(file, model, folds == null ? 0 : folds, cost, dense, denseScale, every);
        if (json) spec.commandLine().getOut().println(r.json());
        else spec.commandLine().getOut().print(r.table());
        if (errors) {
            r.mistakes().forEach(spec.commandLine().getErr()::println);
            spec.commandLine().getErr().flush();
        }
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
