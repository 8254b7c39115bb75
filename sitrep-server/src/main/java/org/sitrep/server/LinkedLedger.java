package org.sitrep.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.json.LinkJson;
import org.sitrep.link.Dispute;
import org.sitrep.link.Happening;
import org.sitrep.link.Report;
import org.sitrep.store.Ledger;
import org.sitrep.store.StoredLinks;

/**
 * The ledger's happenings and disputes for the API, read ({@link Ledger#links()}) once per
 * {@link LedgerSource#state()} and kept, indexed by id, until the source changes: listing them with filters then
 * costs no database work. Thread-safe: one read at a time, and what it returns is never modified.
 */
final class LinkedLedger {
    /** One state's links. */
    record Links(List<Happening> happenings, Map<String, Happening> happeningsById, List<Dispute> disputes,
                 Map<String, Dispute> disputesById, Map<String, String> quotes) {
        /** A report's quote (its evidence sentence), "" when none. */
        String quote(Report r) {
            return quotes.getOrDefault(r.key(), "");
        }

        Happening happeningOf(Dispute d) {
            return happeningsById.get(d.happening());
        }
    }

    private final LedgerSource source;
    private Object state;
    private Links links;

    LinkedLedger(LedgerSource source) {
        this.source = source;
    }

    /** The links of the ledger as the source serves it now (read anew when it changed). */
    synchronized Links current() {
        Object now = source.state();
        if (links == null || !now.equals(state)) {
            links = index(source.read(Ledger::links));
            state = now;
        }
        return links;
    }

    private static Links index(StoredLinks stored) {
        Map<String, Happening> byId = new LinkedHashMap<>();
        for (Happening h : stored.happenings()) byId.put(h.id(), h);
        Map<String, Dispute> disputesById = new LinkedHashMap<>();
        for (Dispute d : stored.disputes()) disputesById.putIfAbsent(LinkJson.id(d), d);
        return new Links(stored.happenings(), byId, stored.disputes(), disputesById, stored.quotes());
    }
}
