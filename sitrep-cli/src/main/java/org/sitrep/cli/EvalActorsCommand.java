package org.sitrep.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.eval.ActorEvaluation;
import org.sitrep.nlp.CoreNlpStage;
import org.sitrep.resolve.ActorRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep eval actors FILE.jsonl}: source/target actor country and sector accuracy on PLOVER records. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "Score actor resolution on PLOVER gold records (JSON Lines: text, source/target code + sector). "
                + "Actors are resolved over regex tokens; source and target are picked by a dependency parse unless --picker linear.")
final class EvalActorsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.jsonl", description = "records in the format of plover_gsr_dev.jsonl")
    Path file;

    @Option(names = "--json", description = "print one JSON object instead of a table")
    boolean json;

    /** How source and target are picked. */
    enum Picker { parse, linear }

    @Option(names = "--picker", defaultValue = "parse", paramLabel = "parse|linear",
            description = "parse: by a CoreNLP dependency parse (subject; object/oblique of the main verb), the linear "
                    + "picker as fallback (default; loads CoreNLP). linear: model-free, first actor and next actor.")
    Picker picker;

    @Option(names = "--cache", paramLabel = "DIR", description = "with the parse picker: keep parses here and reuse them on later runs")
    Path cache;

    @Option(names = "--no-domestic-default", description = "with the parse picker: leave an unnamed target empty instead "
            + "of giving it the source's country when every actor the text names is of that country")
    boolean noDomesticDefault;

    @Override
    public Integer call() throws Exception {
        if (Main.missing(spec, file)) return Main.USAGE;
        ActorEvaluation.Result r = new ActorEvaluation(ActorRegistry.standard(), picker == Picker.parse ? new CoreNlpStage() : null, cache,
                !noDomesticDefault)
                .run(file);
        spec.commandLine().getOut().print(json ? r.json().toString() + System.lineSeparator() : r.table());
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
