package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Ledger;
import org.sitrep.store.LedgerContract;

/**
 * What a running server does while another process ({@code sitrep analyze}) writes the DuckDB file it serves: it
 * keeps answering from its snapshot, never keeps the writer out, and shows the new articles within seconds of the
 * writer finishing.
 */
class DuckDbSnapshotsTest {
    @TempDir
    Path dir;

    /** A child JVM standing in for {@code analyze}: opens the ledger for writing, puts on "put", exits on EOF. */
    public static final class Writer {
        public static void main(String[] args) throws Exception {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            try (Ledger ledger = Ledger.open(args[0])) {
                System.out.println("open");
                System.out.flush();
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.equals("put")) {
                        ledger.put(LedgerContract.kursk());
                        System.out.println("put");
                        System.out.flush();
                    }
                }
            } catch (RuntimeException e) {
                System.out.println("failed: " + e.getMessage());
            }
        }
    }

    @Test
    void aWriterInAnotherProcessIsNeverLockedOutAndItsArticlesAppearWhenItIsDone() throws Exception {
        String db = dir.resolve("ledger.duckdb").toString();
        try (Ledger ledger = Ledger.open(db)) {
            ledger.put(LedgerContract.claimsDoc());
        }
        try (DuckDbSnapshots source = DuckDbSnapshots.start(db, 100)) {
            assertThat(source.read(Ledger::articleCount)).isEqualTo(1);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    Writer.class.getName(), db).redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
            PrintWriter in = new PrintWriter(writer.getOutputStream(), true, StandardCharsets.UTF_8);
            try {
                assertThat(nextLine(out)).as("the server does not hold the file").isEqualTo("open");
                in.println("put");
                assertThat(nextLine(out)).isEqualTo("put");
                // The writer still holds the file: the server answers from its snapshot and says a writer is busy.
                assertThat(eventually(() -> source.status().writerBusy(), 5000)).isTrue();
                assertThat(source.read(Ledger::articleCount)).isEqualTo(1);
            } finally {
                in.close(); // the writer closes the ledger and exits
                assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            long done = System.nanoTime();
            assertThat(eventually(() -> source.read(Ledger::articleCount) == 2, 5000)).as("new article shown").isTrue();
            System.out.printf("new article served %d ms after the writer exited%n",
                    (System.nanoTime() - done) / 1_000_000);
            assertThat(source.status().writerBusy()).isFalse();
        }
    }

    @Test
    void requestsDuringSwapsAllSucceed() throws Exception {
        String db = dir.resolve("swaps.duckdb").toString();
        try (Ledger ledger = Ledger.open(db)) {
            ledger.put(LedgerContract.claimsDoc());
        }
        try (DuckDbSnapshots source = DuckDbSnapshots.start(db, 60_000)) {
            AtomicInteger answered = new AtomicInteger();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread reader = new Thread(() -> {
                try {
                    while (!Thread.currentThread().isInterrupted()) {
                        long n = source.read(Ledger::articleCount);
                        if (n < 1 || n > 2) throw new AssertionError("count " + n);
                        answered.incrementAndGet();
                    }
                } catch (Throwable t) {
                    if (!(t.getCause() instanceof InterruptedException) && !Thread.currentThread().isInterrupted())
                        failure.set(t);
                }
            });
            reader.start();
            for (int i = 0; i < 5; i++) {
                // Touch the file by writing from this process while the server holds no lock on it.
                try (Ledger ledger = Ledger.open(db)) {
                    if (i == 2) ledger.put(LedgerContract.kursk());
                }
                dir.resolve("swaps.duckdb").toFile().setLastModified(System.currentTimeMillis() + 1000L * (i + 1));
                assertThat(source.refresh()).as("swap " + i).isTrue();
            }
            reader.interrupt();
            reader.join(10_000);
            assertThat(failure.get()).isNull();
            assertThat(answered.get()).isPositive();
            assertThat(source.read(Ledger::articleCount)).isEqualTo(2);
        }
    }

    @Test
    void anUnchangedFileIsNotCopiedAgain() throws Exception {
        String db = dir.resolve("same.duckdb").toString();
        Ledger.open(db).close();
        try (DuckDbSnapshots source = DuckDbSnapshots.start(db, 60_000)) {
            assertThat(source.refresh()).isFalse();
            assertThat(source.status().mode()).isEqualTo("snapshot");
        }
    }

    private static String nextLine(BufferedReader out) throws Exception {
        String line = out.readLine();
        // The child's log lines (SLF4J) may come first.
        while (line != null && !line.equals("open") && !line.equals("put") && !line.startsWith("failed")) line = out.readLine();
        return line;
    }

    private static boolean eventually(BooleanSupplier condition, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            if (condition.getAsBoolean()) return true;
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }
}
