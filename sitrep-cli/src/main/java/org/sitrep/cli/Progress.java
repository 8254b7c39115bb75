package org.sitrep.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A progress bar on stderr (me.tongfei:progressbar) for runs longer than a few seconds. Drawn only on a terminal
 * and only once the run has lasted {@value #QUIET_MILLIS} ms, so piped output, logs and short runs stay clean;
 * cleared when the run finishes. Thread-safe.
 */
final class Progress {
    static final long QUIET_MILLIS = 3000;
    private final PrintStream err;
    private final boolean terminal;
    private final long started = System.currentTimeMillis();
    private ProgressBar bar;

    /** A progress bar on {@code err} when the process has a terminal ({@link System#console()}). */
    Progress(PrintStream err) {
        this(err, System.console() != null);
    }

    /** A progress bar on {@code err}, drawn only when {@code terminal}. */
    Progress(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** {@code done} of {@code total} units (total 0 or less: unknown). */
    synchronized void update(int done, int total, String unit) {
        if (!terminal) return;
        if (bar == null) {
            if (System.currentTimeMillis() - started < QUIET_MILLIS) return;
            bar = new ProgressBarBuilder().setTaskName(unit).setInitialMax(total > 0 ? total : -1)
                    .setConsumer(new ConsoleProgressBarConsumer(err)).setUpdateIntervalMillis(500)
                    .showSpeed().clearDisplayOnFinish().build();
        }
        bar.stepTo(done);
    }

    /** Clears the bar, if one was drawn. */
    synchronized void finish() {
        if (bar != null) bar.close();
        bar = null;
    }

    /** Whether a bar is being drawn. */
    synchronized boolean drawing() {
        return bar != null;
    }
}
