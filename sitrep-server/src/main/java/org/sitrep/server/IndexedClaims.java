package org.sitrep.server;

import java.util.concurrent.locks.ReentrantLock;
import org.sitrep.store.ClaimIndex;
import org.sitrep.store.Ledger;

/**
 * The ledger's claims in memory ({@link ClaimIndex}), read once per {@link LedgerSource#state()} and kept until the
 * source changes, so the claim endpoints cost no database work: a filtered page cost DuckDB ~15 ms of CPU, the index
 * a scan of the claims in memory (docs/DECISIONS.md, docs/PERFORMANCE.md). Thread-safe: one read at a time; while
 * one request reads a new state, the others are answered from the last index (the new articles show a moment later).
 */
final class IndexedClaims {
    private record Indexed(Object state, ClaimIndex index) {}

    private final LedgerSource source;
    private final ReentrantLock reading = new ReentrantLock();
    private volatile Indexed indexed;

    IndexedClaims(LedgerSource source) {
        this.source = source;
    }

    /** The claims of the ledger as the source serves it now (read anew when it changed). */
    ClaimIndex current() {
        Indexed last = indexed;
        if (last != null && last.state().equals(source.state())) return last.index();
        if (last != null && !reading.tryLock()) return last.index();
        if (last == null) reading.lock();
        try {
            Object now = source.state();
            if (indexed == null || !indexed.state().equals(now)) indexed = new Indexed(now, source.read(Ledger::claimIndex));
            return indexed.index();
        } finally {
            reading.unlock();
        }
    }
}
