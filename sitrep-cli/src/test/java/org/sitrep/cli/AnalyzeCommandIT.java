package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.StandoffJson;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.store.Ledger;

/** The analyze, show and export commands end to end: real CoreNLP models, a real DuckDB file. */
class AnalyzeCommandIT {
    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final Path MALFORMED = Path.of("..", "sitrep-core", "src", "test", "resources", "malformed");

    @TempDir
    Path dir;

    @Test
    void storesTheExamplesOnceHoweverOftenTheyAreAnalyzed() throws Exception {
        String db = dir.resolve("ledger.duckdb").toString();
        CliRun first = CliRun.of("analyze", EXAMPLES.toString(), "--db", db);
        assertThat(first.exitCode()).as(first.err()).isZero();
        long stored;
        try (Ledger ledger = Ledger.open(db)) {
            stored = ledger.articleCount();
        }
        assertThat(stored).isGreaterThanOrEqualTo(8);
        assertThat(first.out()).contains(stored + " stored");

        CliRun again = CliRun.of("analyze", EXAMPLES.toString(), "--db", db);
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("0 stored, 0 re-analyzed, " + stored + " already in the ledger");

        // An article stored by an older claims stage (before its output fingerprint changed) is analyzed again.
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + db);
             java.sql.Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("UPDATE articles SET stages = replace(stages, '\"claims\":\"', '\"claims\":\"0+')"
                    + " WHERE id = (SELECT min(id) FROM articles)")).isEqualTo(1);
        }
        CliRun stale = CliRun.of("analyze", EXAMPLES.toString(), "--db", db);
        assertThat(stale.exitCode()).as(stale.err()).isZero();
        assertThat(stale.out()).contains("0 stored, 1 re-analyzed, " + (stored - 1) + " already in the ledger");

        Path export = dir.resolve("export.jsonl");
        assertThat(CliRun.of("export", "--format", "jsonl", "--db", db, "--out", export.toString()).exitCode()).isZero();
        List<String> lines = Files.readAllLines(export);
        assertThat(lines).hasSize((int) stored).allSatisfy(l -> assertThat(l).startsWith("{\"format\":\"sitrep-standoff/1\""));

        // Real extractor output: the claims table answers as the former scan over the exported documents did.
        List<Doc> docs = lines.stream().map(StandoffJson::read).toList();
        assertThat(docs.stream().mapToInt(d -> d.get(Layer.CLAIMS).size()).sum()).isGreaterThan(5);
        for (String[] filter : List.of(new String[0], new String[] {"--by", "UKR"}, new String[] {"--about", "RUS"},
                new String[] {"--about", "kharkiv"}, new String[] {"--from", "2026-03-10"})) {
            List<String> args = new java.util.ArrayList<>(List.of("claims", "--json", "--db", db));
            args.addAll(List.of(filter));
            CliRun claims = CliRun.of(args.toArray(String[]::new));
            assertThat(claims.exitCode()).as(claims.err()).isZero();
            String by = filter.length > 0 && filter[0].equals("--by") ? filter[1] : null;
            String about = filter.length > 0 && filter[0].equals("--about") ? filter[1] : null;
            LocalDate from = filter.length > 0 && filter[0].equals("--from") ? LocalDate.parse(filter[1]) : null;
            assertThat(claims.out().strip()).as(String.join(" ", filter))
                    .isEqualTo(ClaimRows.listing(docs, by, about, from, null));
        }

        String id = lines.get(0).replaceAll(".*?\"id\":\"([0-9a-f]{16})\".*", "$1");
        CliRun show = CliRun.of("show", id.substring(0, 8), "--db", db);
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).startsWith(id).contains("entities (");
    }

    @Test
    void badInputIsNamedAndTheRestIsStored() throws Exception {
        String db = dir.resolve("ledger.duckdb").toString();
        Path good = EXAMPLES.resolve("2026-03-10-meridian-wire-predtechyne.txt");
        Path huge = dir.resolve("huge.txt");
        try (var w = Files.newBufferedWriter(huge)) {
            w.write("date 2026-03-10\n");
            String line = "Shelling continued overnight near the village, officials said. ".repeat(16) + "\n";
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length()) w.write(line);
        }
        CliRun run = CliRun.of("analyze", MALFORMED.toString(), huge.toString(), good.toString(), "--db", db, "--no-details");
        assertThat(run.exitCode()).isEqualTo(Main.PARTIAL);
        List<String> errors = run.err().lines().filter(l -> l.startsWith("sitrep: ")).toList();
        // Every malformed file but the one with an unknown extension (skipped in a directory walk), and the huge one.
        assertThat(errors).hasSize(12);
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("huge.txt").contains("read.too-large"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("broken-line.jsonl:line 2").contains("read.jsonl-line"));
        assertThat(errors.stream().map(e -> e.substring(0, e.indexOf(": ", 8))).distinct()).hasSize(12);
        // Nothing skipped silently: the folder's files of unknown type are counted.
        assertThat(run.out()).contains("12 input(s) failed; 2 file(s) of unknown type skipped (--verbose lists them).");
        try (Ledger ledger = Ledger.open(db)) {
            // The good file and the two good lines of the JSON Lines file, each whole.
            assertThat(ledger.articleCount()).isEqualTo(3);
            assertThat(ledger.articles()).allSatisfy(
                    a -> assertThat(ledger.find(a.id()).orElseThrow().has(Layer.CLAIMS)).isTrue());
        }
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(CliRun.of("analyze").exitCode()).isEqualTo(Main.USAGE);
        assertThat(CliRun.of("export", "--format", "nope").exitCode()).isEqualTo(Main.USAGE);
    }
}
