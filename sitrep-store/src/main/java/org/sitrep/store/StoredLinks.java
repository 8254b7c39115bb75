package org.sitrep.store;

import java.util.List;
import java.util.Map;
import org.sitrep.link.Dispute;
import org.sitrep.link.Happening;

/**
 * The cross-article links a ledger holds: happenings with their members, the disputes judged inside them, and each
 * report's evidence text by report key (for listings that quote it).
 */
public record StoredLinks(List<Happening> happenings, List<Dispute> disputes, Map<String, String> quotes) {
    public StoredLinks {
        happenings = List.copyOf(happenings);
        disputes = List.copyOf(disputes);
        quotes = Map.copyOf(quotes);
    }
}
