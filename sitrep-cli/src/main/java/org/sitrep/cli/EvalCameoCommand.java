package org.sitrep.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.eval.CameoEvaluation;
import org.sitrep.eval.EventEvaluation;
import org.sitrep.events.EventTypeModel;
import org.sitrep.nlp.CoreNlpStage;
import org.sitrep.resolve.ActorRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep eval cameo FILE.xml}: CAMEO root, full-code and actor-code accuracy on PETRARCH validation records. */
@Command(name = "cameo", mixinStandardHelpOptions = true,
        description = "Score the events stage on PETRARCH validation XML (Sentence, EventCoding, Text): CAMEO root and "
                + "full-code accuracy, source/target code accuracy; sentences with no expected event count. Loads CoreNLP.")
final class EvalCameoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.xml", description = "records in the format of PETR.UnitTest.records.xml")
    Path file;

    @Option(names = "--json", description = "print one JSON object instead of a table")
    boolean json;

    @Option(names = "--rules", description = "the rules alone, without the bundled event-type model")
    boolean rules;

    @Option(names = "--cache", paramLabel = "DIR", description = "keep parses here and reuse them on later runs")
    Path cache;

    @Override
    public Integer call() throws Exception {
        if (Main.missing(spec, file)) return Main.USAGE;
        Optional<EventTypeModel> model = rules ? Optional.empty() : EventTypeModel.standard();
        CameoEvaluation.Result r = new CameoEvaluation(new EventEvaluation(ActorRegistry.standard(), new CoreNlpStage(), cache),
                model).run(file);
        spec.commandLine().getOut().print(json ? r.json().toString() + "\n" : r.table());
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
