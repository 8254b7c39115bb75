package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class LoggingTest {
    private final String before = System.getProperty(Logging.LEVEL);

    @AfterEach
    void restore() {
        if (before == null) System.clearProperty(Logging.LEVEL);
        else System.setProperty(Logging.LEVEL, before);
    }

    @Test
    void verboseRaisesTheLogLevelWhileTheOptionsAreParsed() {
        System.clearProperty(Logging.LEVEL);
        new CommandLine(new AnalyzeCommand()).parseArgs("--verbose", "some-folder");
        assertThat(System.getProperty(Logging.LEVEL)).isEqualTo("info");
    }

    @Test
    void withoutVerboseTheLevelIsLeftToTheConfiguration() {
        System.clearProperty(Logging.LEVEL);
        new CommandLine(new AnalyzeCommand()).parseArgs("some-folder");
        assertThat(System.getProperty(Logging.LEVEL)).isNull();
    }
}
