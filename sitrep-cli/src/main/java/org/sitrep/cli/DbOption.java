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

    /** For commands that only read: DuckDB then lets several such commands share the file at once. */
    Ledger openReadOnly() {
        return Ledger.openReadOnly(location());
    }
}
