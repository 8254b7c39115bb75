package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger contract on a DuckDB file, plus what only DuckDB has: file paths and the one-writer lock. */
class DuckDbLedgerTest extends LedgerContract {
    @TempDir
    Path dir;
    private int n;

    @Override
    protected String newDatabase() {
        return dir.resolve("ledger-" + (n++) + ".duckdb").toString();
    }

    @Test
    void aPathInAMissingFolderIsCreated() {
        Path file = dir.resolve("a/b/sitrep.duckdb");
        try (Ledger ledger = Ledger.open(file.toString())) {
            ledger.put(kursk());
        }
        assertThat(file).isRegularFile();
        try (Ledger ledger = Ledger.open("jdbc:duckdb:" + file)) {
            assertThat(ledger.articleCount()).isEqualTo(1);
        }
    }

    /**
     * Re-analysing a ledger rewrites every article's facts and links. Under DuckDB 1.1.3 that left indexes its
     * checkpoint could not write ("Invalid node type for TransformToDeprecated"); the failure was silent at close, the
     * .wal grew run after run and the file finally could not be opened. Each close must leave the log written into
     * the file, and the ledger must reopen with the same contents.
     */
    @Test
    void aLedgerReanalysedManyTimesIsCheckpointedAtEachCloseAndReopens() throws Exception {
        String db = newDatabase();
        Path wal = Path.of(db + ".wal");
        List<org.sitrep.model.Doc> docs = LinkDocs.scenario();
        List<String> expected = LinkDocs.inMemory(docs);
        for (int run = 1; run <= 8; run++) {
            try (Ledger ledger = Ledger.open(db)) {
                for (org.sitrep.model.Doc d : docs) {
                    assertThat(ledger.put(d, Map.of("assert", String.valueOf(run))))
                            .isEqualTo(run == 1 ? PutResult.STORED : PutResult.REPLACED);
                }
            }
            assertThat(!Files.exists(wal) || Files.size(wal) == 0).as("no log left after run %d", run).isTrue();
        }
        try (Ledger ledger = Ledger.open(db)) {
            assertThat(ledger.articleCount()).isEqualTo(docs.size());
            assertThat(LinkDocs.stored(ledger)).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void unsupportedUrlsNameTheValidForms() {
        assertThatThrownBy(() -> Ledger.open("jdbc:mysql://localhost/x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:duckdb:").hasMessageContaining("jdbc:postgresql:");
    }

    @Test
    void aFileHeldByAnotherProcessGivesAClearError() throws Exception {
        Path file = dir.resolve("locked.duckdb");
        Ledger.open(file.toString()).close();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), file.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("open");
            assertThatThrownBy(() -> Ledger.open(file.toString())).isInstanceOf(LedgerException.class)
                    .hasMessageStartingWith("database file is locked by another sitrep process: " + file);
        } finally {
            holder.getOutputStream().close(); // the holder exits when its stdin closes
            if (!holder.waitFor(20, TimeUnit.SECONDS)) holder.destroyForcibly();
        }
        try (Ledger ledger = Ledger.open(file.toString())) {
            assertThat(ledger.articleCount()).isZero();
        }
    }

    /** Runs in a child JVM: opens the ledger (read-only with a second argument), says "open", holds it until stdin closes. */
    public static final class LockHolder {
        public static void main(String[] args) throws Exception {
            try (Ledger ledger = args.length > 1 ? Ledger.openReadOnly(args[0]) : Ledger.open(args[0])) {
                System.out.println("open");
                System.out.flush();
                while (System.in.read() >= 0) {
                    // hold the lock
                }
            }
        }
    }

    /** Starts a child JVM holding {@code file} (read-only or for writing) and waits until it has it open. */
    private static Process hold(Path file, boolean readOnly) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = readOnly
                ? new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(),
                        file.toString(), "read-only")
                : new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(),
                        file.toString());
        Process holder = pb.redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("open");
        return holder;
    }

    private static void release(Process holder) throws Exception {
        holder.getOutputStream().close();
        if (!holder.waitFor(20, TimeUnit.SECONDS)) holder.destroyForcibly();
    }

    @Test
    void readersInSeveralProcessesShareAFileButNotWithAWriter() throws Exception {
        Path file = dir.resolve("shared.duckdb");
        try (Ledger ledger = Ledger.open(file.toString())) {
            ledger.put(claimsDoc());
        }
        Process reader = hold(file, true);
        try {
            try (Ledger alsoReading = Ledger.openReadOnly(file.toString())) {
                assertThat(alsoReading.claims(ClaimQuery.all())).hasSize(3);
            }
            assertThatThrownBy(() -> Ledger.open(file.toString())).isInstanceOf(LedgerException.class)
                    .hasMessageStartingWith("database file is locked by another sitrep process");
        } finally {
            release(reader);
        }
        // DuckDB 1.1 gives a writer the file alone: a reader cannot open it meanwhile (e.g. during `analyze`).
        Process writer = hold(file, false);
        try {
            assertThatThrownBy(() -> Ledger.openReadOnly(file.toString())).isInstanceOf(LedgerException.class)
                    .hasMessageStartingWith("database file is locked by another sitrep process");
        } finally {
            release(writer);
        }
    }

    @Test
    void readOnlyOpeningCreatesAMissingFileAndMigratesAnOldOne() throws Exception {
        Path missing = dir.resolve("new/ledger.duckdb");
        try (Ledger ledger = Ledger.openReadOnly(missing.toString())) {
            assertThat(ledger.schemaVersion()).isEqualTo(Migrations.builtIn().latest());
            assertThat(ledger.claims(ClaimQuery.all())).isEmpty();
        }
        Path old = dir.resolve("old.duckdb");
        Migrations v1 = new Migrations(List.of(Migrations.builtIn().list().get(0)));
        JdbcLedger.open(old.toString(), v1).close();
        try (Ledger ledger = Ledger.openReadOnly(old.toString())) {
            assertThat(ledger.schemaVersion()).isEqualTo(Migrations.builtIn().latest());
        }
        Migrations newer = Migrations.builtIn().plus(new Migration(Migrations.builtIn().latest() + 1, "later",
                "CREATE TABLE later (x INTEGER);\n"));
        JdbcLedger.open(old.toString(), newer).close();
        assertThatThrownBy(() -> Ledger.openReadOnly(old.toString())).isInstanceOf(LedgerException.class)
                .hasMessageContaining("newer than this sitrep");
    }

    @Test
    void readOnlyOpeningRelinksALedgerLinkedByAnOlderLinker() throws Exception {
        String db = newDatabase();
        List<org.sitrep.model.Doc> docs = LinkDocs.scenario();
        try (Ledger ledger = Ledger.open(db)) {
            docs.forEach(ledger::put);
        }
        execute(db, "DELETE FROM disputes", "UPDATE link_version SET version = '0+older'");
        try (Ledger ledger = Ledger.openReadOnly(db)) {
            assertThat(LinkDocs.stored(ledger)).containsExactlyElementsOf(LinkDocs.inMemory(docs));
        }
    }

    @Test
    void redactsPasswordsInMessages() {
        assertThat(JdbcLedger.redact("jdbc:postgresql://h:5432/db?user=u&password=secret&ssl=true"))
                .isEqualTo("jdbc:postgresql://h:5432/db?user=u&password=***&ssl=true");
        assertThat(JdbcLedger.redact("jdbc:postgresql://u:secret@h/db")).isEqualTo("jdbc:postgresql://u:***@h/db");
        assertThat(Files.exists(dir)).isTrue();
    }
}
