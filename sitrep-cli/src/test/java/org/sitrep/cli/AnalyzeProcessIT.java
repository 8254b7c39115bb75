package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.StandoffJson;
import org.sitrep.model.Doc;
import org.sitrep.store.ArticleSummary;
import org.sitrep.store.Ledger;

/**
 * The command line as separate processes on one DuckDB file: killed with SIGKILL at random points of a batch and run
 * again, it ends with every article stored whole and once, and the same claims as a clean run; a second writer is
 * refused with a message naming the lock, so is a reader, and the first one's file stays sound.
 */
class AnalyzeProcessIT {
    private static final Path EXAMPLES = Path.of("..", "examples");
    /** At least 10 in CI; {@code -Dsitrep.crash.kills=N} changes it for a quick local run. */
    private static final int KILLS = Integer.getInteger("sitrep.crash.kills", 10);
    /** Start-up and model loading take about 10 s on an idle 2-core machine; kills "while loading" fall in this span. */
    private static final int LOADING_MILLIS = 12_000;

    @TempDir
    static Path dir;
    private static Map<String, String> cleanDocs;
    private static String cleanClaims;

    /** The clean run every other run is compared with. */
    @BeforeAll
    static void cleanRun() throws Exception {
        String db = dir.resolve("clean.duckdb").toString();
        Run run = Run.start("analyze", EXAMPLES.toString(), "--db", db, "--threads", "1").await();
        assertThat(run.exit).as(run::describe).isZero();
        cleanDocs = docs(db);
        assertThat(cleanDocs).hasSizeGreaterThanOrEqualTo(8);
        cleanClaims = claims(db);
    }

    @Test
    void killedAtRandomPointsAndRunAgainTheLedgerEqualsACleanRun() throws Exception {
        long seed = Long.getLong("sitrep.crash.seed", System.nanoTime());
        Random random = new Random(seed);
        List<String> log = new ArrayList<>(List.of("seed " + seed));
        int kills = 0, ledgers = 0;
        while (kills < KILLS) {
            // Runs on one file until one finishes before its kill (everything stored); then check it against the
            // clean run and go on with a fresh file, so every kill lands while there is still work to do.
            String db = dir.resolve("crashed-" + (++ledgers) + ".duckdb").toString();
            boolean finished = false;
            while (!finished && kills < KILLS) {
                Run run = Run.start("analyze", EXAMPLES.toString(), "--db", db, "--threads", "1", "--verbose");
                // A third of the kills land at a random moment of start-up and model loading (before the first
                // commit of the run); the others a random pause after 1–3 of this run's commits, in the next
                // article's analysis or in or between its transactions.
                String when;
                if (random.nextInt(3) == 0) {
                    int pause = random.nextInt(LOADING_MILLIS);
                    int seen = run.awaitLines("sitrep: stored ", 1, pause / 1000.0);
                    when = seen == 0 ? pause + " ms after start" : "at its first commit, before " + pause + " ms";
                } else {
                    int commits = 1 + random.nextInt(3), pause = random.nextInt(300);
                    int seen = run.awaitLines("sitrep: stored ", commits, 600);
                    Thread.sleep(pause);
                    when = pause + " ms after " + seen + " commit(s)";
                }
                finished = !run.process.isAlive();
                run.process.destroyForcibly(); // SIGKILL on Unix
                assertThat(run.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
                if (!finished) kills++;
                log.add(db + ": " + (finished ? "finished (exit " + run.process.exitValue() + ") before its kill "
                        + when : "killed " + when));
            }
            Run rerun = Run.start("analyze", EXAMPLES.toString(), "--db", db, "--threads", "1").await();
            assertThat(rerun.exit).as(String.join("\n", log) + "\n" + rerun.describe()).isZero();
            assertThat(docs(db)).as(String.join("\n", log)).isEqualTo(cleanDocs);
            assertThat(claims(db)).isEqualTo(cleanClaims);
        }
        System.out.println("AnalyzeProcessIT crash runs:\n" + String.join("\n", log));
    }

    @Test
    void aSecondWriterIsRefusedWithTheLockNamedAndTheFirstFinishesSound() throws Exception {
        String db = dir.resolve("shared.duckdb").toString();
        // A batch long enough that the first writer is still at work while the others try: the digest's two
        // articles 20 times over, each copy with its own id and address.
        List<String> lines = new ArrayList<>();
        for (int k = 1; k <= 20; k++)
            for (String line : Files.readAllLines(EXAMPLES.resolve("2026-03-11-13-news-digest.jsonl")))
                if (!line.isBlank()) lines.add(line.replace("\"id\": \"", "\"id\": \"copy-" + k + "-")
                        .replace("\"url\": \"https://", "\"url\": \"https://copy-" + k + "."));
        Path batch = Files.write(dir.resolve("batch.jsonl"), lines);
        Run first = Run.start("analyze", batch.toString(), "--db", db, "--threads", "1", "--verbose");
        assertThat(first.awaitLines("sitrep: stored ", 1, 600)).as(first::describe).isEqualTo(1);

        // The second writer opens the file before loading any model: it waits LOCK_WAIT (1.5 s) for the lock, then
        // exits 1 naming it, while the first goes on.
        long start = System.nanoTime();
        Run second = Run.start("analyze", batch.toString(), "--db", db).await();
        long secondMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(second.exit).as(second::describe).isEqualTo(Main.FAILURE);
        assertThat(second.err()).contains("database file is locked by another sitrep process")
                .contains(Path.of(db).toAbsolutePath().toString());
        // A reader meanwhile: refused the same way (docs/RELIABILITY.md: DuckDB allows no reader beside a writer).
        Run reader = Run.start("claims", "--db", db).await();
        assertThat(reader.exit).as(reader::describe).isEqualTo(Main.FAILURE);
        assertThat(reader.err()).contains("database file is locked by another sitrep process");
        assertThat(first.process.isAlive()).as("the first writer was still writing while the others were refused")
                .isTrue();

        Run done = first.await();
        assertThat(done.exit).as(done::describe).isZero();
        assertThat(docs(db)).hasSize(40); // each whole (its document reads back), none twice
        assertThat(claims(db)).isNotBlank();
        System.out.println("AnalyzeProcessIT second writer refused after " + secondMillis + " ms: "
                + second.err().strip());
    }

    /** Article id → its stand-off JSON, read through the ledger; also checks no id is stored twice. */
    private static Map<String, String> docs(String db) {
        Map<String, String> out = new TreeMap<>();
        try (Ledger ledger = Ledger.openReadOnly(db)) {
            List<ArticleSummary> articles = ledger.articles();
            assertThat(articles).extracting(a -> a.id().value()).doesNotHaveDuplicates();
            assertThat(ledger.articleCount()).isEqualTo(articles.size());
            for (ArticleSummary a : articles) {
                Doc doc = ledger.find(a.id()).orElseThrow();
                out.put(a.id().value(), StandoffJson.write(doc));
            }
        }
        return out;
    }

    private static String claims(String db) throws Exception {
        Run run = Run.start("claims", "--json", "--db", db).await();
        assertThat(run.exit).as(run::describe).isZero();
        return run.out();
    }

    /**
     * One sitrep process, its stderr collected line by line as it comes and its stdout whole, each by a thread of its
     * own (not the common pool, which has a single thread on a 2-core machine: one blocked read would stall the
     * others' pipes).
     */
    private record Run(Process process, Thread pump, LinkedBlockingQueue<String> errLines, StringBuilder errText,
                       Thread outPump, StringBuilder outText, int exit) {
        static Run start(String... args) throws IOException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx3g", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command).start();
            LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
            StringBuilder text = new StringBuilder(), out = new StringBuilder();
            Thread pump = daemon(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        synchronized (text) {
                            text.append(line).append('\n');
                        }
                        lines.add(line);
                    }
                } catch (IOException ignored) { // the process was killed
                }
            });
            Thread outPump = daemon(() -> {
                try {
                    String all = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    synchronized (out) {
                        out.append(all);
                    }
                } catch (IOException ignored) { // the process was killed
                }
            });
            return new Run(p, pump, lines, text, outPump, out, -1);
        }

        private static Thread daemon(Runnable r) {
            Thread t = new Thread(r);
            t.setDaemon(true);
            t.start();
            return t;
        }

        /** Waits up to {@code seconds} for {@code n} stderr lines starting with {@code prefix}; returns how many came. */
        int awaitLines(String prefix, int n, double seconds) throws InterruptedException {
            long until = System.nanoTime() + (long) (seconds * 1e9);
            int seen = 0;
            while (seen < n && System.nanoTime() < until) {
                String line = errLines.poll(Math.max(1, Math.min(200, (until - System.nanoTime()) / 1_000_000)),
                        TimeUnit.MILLISECONDS);
                if (line != null && line.startsWith(prefix)) seen++;
                else if (line == null && !process.isAlive() && errLines.isEmpty()) break;
            }
            return seen;
        }

        Run await() throws Exception {
            if (!process.waitFor(15, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("sitrep did not finish in 15 minutes: " + err());
            }
            pump.join(TimeUnit.MINUTES.toMillis(1)); // all of stderr read
            outPump.join(TimeUnit.MINUTES.toMillis(1));
            return new Run(process, pump, errLines, errText, outPump, outText, process.exitValue());
        }

        String out() {
            synchronized (outText) {
                return outText.toString();
            }
        }

        String err() {
            synchronized (errText) {
                return errText.toString();
            }
        }

        /** For assertion messages: whether it still runs or its exit code, and its stderr so far. */
        String describe() {
            return (process.isAlive() ? "running" : "exit " + process.exitValue()) + "; stderr:\n" + err();
        }
    }
}
