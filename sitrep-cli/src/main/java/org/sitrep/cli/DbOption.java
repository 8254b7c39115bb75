package org.sitrep.cli;

import org.sitrep.store.Ledger;
import picocli.CommandLine.Option;

/** The --db option every ledger command shares. */
final class DbOption {
    @Option(names = "--db", paramLabel = "DB",
            description = "DuckDB file or jdbc:postgresql://… URL (default: $SITREP_DB or ./sitrep.duckdb).")
    String db;

    String location() {
        if (db != null) return db;
        String env = System.getenv("SITREP_DB");
        return env == null || env.isBlank() ? "sitrep.duckdb" : env;
    }

    Ledger open() {
        return Ledger.open(location());
    }

    /**
     * For commands that report on what {@code analyze} stored: a DuckDB file that does not exist is a usage error
     * (exit 2, "no ledger at …"), not an empty ledger created on the spot and reported as "0 …". DuckDB then lets
     * several such commands share the file at once.
     */
    Ledger openReadOnly() {
        String loc = location();
        String file = loc.startsWith("jdbc:duckdb:") ? loc.substring("jdbc:duckdb:".length()).split("\\?")[0]
                : loc.startsWith("jdbc:") ? "" : loc;
        if (!file.isEmpty() && !file.startsWith(":memory:") && !java.nio.file.Files.exists(java.nio.file.Path.of(file)))
            throw new NoLedger("no ledger at " + loc + " (run 'sitrep analyze PATH --db " + loc + "' first)");
        return Ledger.openReadOnly(loc);
    }

    /** The --db of a read command names no ledger: the user's mistake (exit 2), not a failure of sitrep. */
    static final class NoLedger extends RuntimeException {
        NoLedger(String message) {
            super(message);
        }
    }
}
