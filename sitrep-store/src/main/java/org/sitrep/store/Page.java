package org.sitrep.store;

import java.util.List;

/** One page of what a query selects (claims, events or assertions), with how many it selects in all. */
public record Page<T>(long total, List<T> items) {
    public Page {
        items = List.copyOf(items);
    }
}
