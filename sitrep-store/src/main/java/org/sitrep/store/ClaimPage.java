package org.sitrep.store;

import java.util.List;

/** One page of the claims a {@link ClaimQuery} selects ({@link Ledger#claimPage}), with how many it selects in all. */
public record ClaimPage(long total, List<StoredClaim> items) {
    public ClaimPage {
        items = List.copyOf(items);
    }
}
