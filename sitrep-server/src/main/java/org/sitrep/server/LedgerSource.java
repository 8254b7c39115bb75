package org.sitrep.server;

import java.util.function.Function;
import org.sitrep.store.Ledger;

/**
 * Where the server's reads go. Each request borrows a {@link Ledger} for the length of one call; implementations
 * decide how that relates to the database (a live connection, or a snapshot of a DuckDB file that another process
 * may be writing). Thread-safe.
 */
public interface LedgerSource extends AutoCloseable {
    /** Runs {@code read} against the ledger as this source currently sees it and returns its result. */
    <T> T read(Function<Ledger, T> read);

    /** What the page shows about freshness: how the ledger is read and as of when. */
    SourceStatus status();

    /**
     * Picks up changes now rather than at the next poll (tests, and after an ingest); returns true when a newer
     * state is now being served.
     */
    boolean refresh();

    /**
     * A value that stays equal (by {@code equals}) while the data served stays the same, so results derived from
     * the whole ledger (its happenings and disputes) can be kept until it changes.
     */
    Object state();

    @Override
    void close();

    /**
     * Opens a source for {@code db} (as {@link Ledger#open} names it): a DuckDB file is served from snapshots
     * ({@link DuckDbSnapshots}), anything else (PostgreSQL, in-memory DuckDB) through a live read-only ledger.
     */
    static LedgerSource open(String db) {
        if (DuckDbSnapshots.isDuckDbFile(db)) return DuckDbSnapshots.start(db, DuckDbSnapshots.DEFAULT_POLL_MILLIS);
        return new LiveLedgerSource(db);
    }
}
