package org.sitrep.store;

import java.util.List;

/**
 * The queries over a ledger's claims: answered by the {@link Ledger} from its claims table, or by a
 * {@link ClaimIndex} from memory, with the same results.
 */
public interface ClaimReader {
    /**
     * The stored claims {@code query} selects, ordered by statement day (claims without one last), article id, then
     * the cue's position in the text. Answered from the claims table, without reading documents back.
     */
    List<StoredClaim> claims(ClaimQuery query);

    /** How many claims {@code query} selects, ignoring its offset and limit. */
    long claimCount(ClaimQuery query);

    /**
     * The page of claims {@code query} selects (its offset and limit, in the order of {@link #claims}) together with
     * their total, as {@link #claimCount} gives it, in one query where the database allows.
     */
    Page<StoredClaim> claimPage(ClaimQuery query);

    /** Claims per statement day that {@code query} selects (offset and limit ignored), oldest first; undated left out. */
    List<DayCount> claimDays(ClaimQuery query);

    /**
     * The places of the claims {@code query} selects, with their counts, most claims first (then by the stored place
     * JSON); the query's offset and limit page through the places. Claims without a place are left out.
     */
    List<PlaceCount> claimPlaces(ClaimQuery query);

    /**
     * The sources of the claims {@code query} selects, with their counts, most first, then by code (none last) and
     * name; offset and limit page them.
     */
    List<SourceCount> claimSources(ClaimQuery query);
}
