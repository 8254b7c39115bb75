package org.sitrep.server;

import java.time.Instant;
import java.util.function.Function;
import org.sitrep.store.Ledger;

/** Reads through one read-only ledger (PostgreSQL, which serves readers beside writers, or in-memory DuckDB). */
final class LiveLedgerSource implements LedgerSource {
    private static final long STATE_MILLIS = 30_000;
    private final Ledger ledger;

    LiveLedgerSource(String db) {
        this.ledger = Ledger.openReadOnly(db);
    }

    @Override
    public <T> T read(Function<Ledger, T> read) {
        return read.apply(ledger);
    }

    @Override
    public SourceStatus status() {
        return new SourceStatus("live", Instant.now(), false);
    }

    /**
     * The article count and the current half-minute: a live database says nothing cheaper about change, so derived
     * results are kept at most 30 s (or until an article is added).
     */
    @Override
    public Object state() {
        return java.util.List.of(ledger.articleCount(), System.currentTimeMillis() / STATE_MILLIS);
    }

    @Override
    public boolean refresh() {
        return false;
    }

    @Override
    public void close() {
        ledger.close();
    }
}
