package org.sitrep.store;

import java.util.List;

/** One page of the events or assertions a {@link FactQuery} selects, with how many it selects in all. */
public record FactPage(long total, List<StoredFact> items) {
    public FactPage {
        items = List.copyOf(items);
    }
}
