package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void withoutATerminalNothingIsDrawn() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        p.update(1, 0, "articles");
        Thread.sleep(10);
        p.update(2, 10, "articles");
        p.finish();
        assertThat(p.drawing()).isFalse();
        assertThat(bytes.toByteArray()).isEmpty();
    }

    @Test
    void aShortRunDrawsNothingEvenOnATerminal() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        p.update(1, 3, "articles"); // well inside the quiet first seconds
        assertThat(p.drawing()).isFalse();
        p.finish();
        assertThat(bytes.toByteArray()).isEmpty();
    }
}
