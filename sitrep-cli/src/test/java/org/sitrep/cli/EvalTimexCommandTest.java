package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.TemporalTaggers;
import picocli.CommandLine;

class EvalTimexCommandTest {
    private static EvalTimexCommand parsed(String... args) {
        List<CommandLine> chain = Main.commandLine().parseArgs(args).asCommandLineList();
        return chain.get(chain.size() - 1).getCommand();
    }

    @Test
    void withoutTaggerTheProductionTaggerIsScored() {
        assertThat(parsed("eval", "timex", "some-dir").tagger).isEqualTo(TemporalTaggers.PRODUCTION);
    }

    @Test
    void anotherTaggerIsPickedByName() {
        assertThat(parsed("eval", "timex", "--tagger", "combined", "some-dir").tagger)
                .isEqualTo(TemporalTaggers.Tagger.COMBINED);
    }
}
