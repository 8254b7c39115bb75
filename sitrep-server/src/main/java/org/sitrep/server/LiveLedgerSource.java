package org.sitrep.server;

import java.time.Instant;
import java.util.function.Function;
import org.sitrep.store.Ledger;

/** Reads through one read-only ledger (PostgreSQL, which serves readers beside writers, or in-memory DuckDB). */
final class LiveLedgerSource implements LedgerSource {
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

    @Override
    public boolean refresh() {
        return false;
    }

    @Override
    public void close() {
        ledger.close();
    }
}
