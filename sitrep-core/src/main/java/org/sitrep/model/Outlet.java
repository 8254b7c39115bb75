package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * A source site or agency: the outermost link of every claim's chain, and the basis for judging whether two reports
 * are independent.
 *
 * @param id        a stable key (lower case, e.g. {@code tass}, {@code belta}); for an outlet sitrep does not know,
 *                  {@code unknown:} followed by its normalized name
 * @param name      display name
 * @param domains   the web domains it publishes under, without {@code www.} (may be empty)
 * @param country   ISO 3166-1 alpha-3 code of its home country, or "" when unknown
 * @param ownership who owns it
 * @param speaksFor for a state-owned outlet, the CAMEO code of the actor it speaks for (RUSGOV, PRKGOV); else null
 * @param aliases   other names it goes by (matched case-insensitively)
 * @param source    where the row's ownership fact comes from (a URL or "invented example outlet")
 */
public record Outlet(String id, String name, List<String> domains, String country, Ownership ownership,
                     String speaksFor, List<String> aliases, String source) {
    public Outlet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ownership, "ownership");
        domains = List.copyOf(domains);
        aliases = List.copyOf(aliases);
        country = country == null ? "" : country;
    }

    /** The first domain, or "" when it has none. */
    public String domain() {
        return domains.isEmpty() ? "" : domains.get(0);
    }

    /** Who owns an outlet; decides whether it speaks for a government. */
    public enum Ownership {
        /** Owned or controlled by a state: KCNA, TASS, RIA Novosti, BelTA, Ukrinform, Xinhua. */
        STATE_OWNED,
        /** A publicly funded broadcaster with editorial independence in law (BBC, DW). */
        PUBLIC_BROADCASTER,
        /** Privately owned. */
        PRIVATE,
        /** Not known to sitrep. */
        UNKNOWN
    }
}
