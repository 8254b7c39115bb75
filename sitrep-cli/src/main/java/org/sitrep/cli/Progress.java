package org.sitrep.cli;

import java.io.PrintStream;

/**
 * A progress line on stderr for runs longer than a few seconds. Drawn only on a terminal, redrawn at most twice a
 * second, so piped output and logs stay clean. Thread-safe.
 */
final class Progress {
    private static final long QUIET_MILLIS = 3000, REDRAW_MILLIS = 500;
    private final PrintStream err;
    private final boolean terminal;
    private final long started = System.currentTimeMillis();
    private long lastDraw;
    private boolean drawn;

    Progress(PrintStream err) {
        this.err = err;
        this.terminal = System.console() != null;
    }

    synchronized void update(int done, int total, String unit) {
        long now = System.currentTimeMillis();
        if (!terminal || now - started < QUIET_MILLIS || now - lastDraw < REDRAW_MILLIS) return;
        lastDraw = now;
        double rate = done / ((now - started) / 1000.0);
        String bar = total > 0 ? bar(done, total) + " " + done + "/" + total : done + "";
        err.printf("\r%s %s  %.1f/s   ", bar, unit, rate);
        drawn = true;
    }

    synchronized void finish() {
        if (drawn) err.print("\r\033[K");
    }

    private static String bar(int done, int total) {
        int width = 30, filled = (int) Math.min(width, (long) width * done / Math.max(1, total));
        return "[" + "#".repeat(filled) + " ".repeat(width - filled) + "]";
    }
}
