package org.sitrep.store;

import java.time.LocalDate;

/**
 * Which claims {@link Ledger#claims} returns; every condition given must hold, null means "any". Build from
 * {@link #all()}: {@code ClaimQuery.all().withBy("UKRMIL").withDates(from, to)}.
 *
 * @param by      the claim's source or a link of its chain matches: a code prefix when the value is upper case and
 *                at least 3 characters ({@code RUS} matches {@code RUSMIL}), or a part of the display name, ignoring
 *                case
 * @param about   an actor named inside the content matches as {@code by} does, or a place named inside the content
 *                has the value as a part of its name (ignoring case), or the content text contains it (ignoring case)
 * @param from    statements made on or after this day; claims without a statement date are then left out
 * @param to      statements made on or before this day; claims without a statement date are then left out
 * @param text    the content contains these characters, ignoring case (a plain substring, no wildcards)
 * @param source  the source's code is exactly this (an actor's own claims, not those it relays)
 * @param place   the claim's place has exactly this name (as {@link StoredClaim#place()} gives it)
 * @param article the claim is in this article (its id)
 * @param offset  rows to skip, {@code >= 0}
 * @param limit   at most this many rows, {@code >= 0}; {@link Integer#MAX_VALUE} for all
 */
public record ClaimQuery(String by, String about, LocalDate from, LocalDate to, String text, String source,
                         String place, String article, int offset, int limit) {
    public ClaimQuery {
        if (from != null && to != null && to.isBefore(from))
            throw new IllegalArgumentException("ClaimQuery needs from <= to; got from=" + from + ", to=" + to);
        if (offset < 0 || limit < 0)
            throw new IllegalArgumentException("ClaimQuery needs offset >= 0 and limit >= 0; got offset=" + offset
                    + ", limit=" + limit);
    }

    /** The command line's four filters, every row. */
    public ClaimQuery(String by, String about, LocalDate from, LocalDate to) {
        this(by, about, from, to, null, null, null, null, 0, Integer.MAX_VALUE);
    }

    /** Every claim. */
    public static ClaimQuery all() {
        return new ClaimQuery(null, null, null, null);
    }

    public ClaimQuery withBy(String actor) {
        return new ClaimQuery(actor, about, from, to, text, source, place, article, offset, limit);
    }

    public ClaimQuery withAbout(String subject) {
        return new ClaimQuery(by, subject, from, to, text, source, place, article, offset, limit);
    }

    /** Statement days in [from, to], both inclusive; either may be null (open). */
    public ClaimQuery withDates(LocalDate from, LocalDate to) {
        return new ClaimQuery(by, about, from, to, text, source, place, article, offset, limit);
    }

    public ClaimQuery withText(String text) {
        return new ClaimQuery(by, about, from, to, text, source, place, article, offset, limit);
    }

    public ClaimQuery withSource(String code) {
        return new ClaimQuery(by, about, from, to, text, code, place, article, offset, limit);
    }

    public ClaimQuery withPlace(String name) {
        return new ClaimQuery(by, about, from, to, text, source, name, article, offset, limit);
    }

    public ClaimQuery withArticle(String id) {
        return new ClaimQuery(by, about, from, to, text, source, place, id, offset, limit);
    }

    /** Rows {@code offset} to {@code offset + limit - 1} of the ordered result. */
    public ClaimQuery withPage(int offset, int limit) {
        return new ClaimQuery(by, about, from, to, text, source, place, article, offset, limit);
    }

    /** True when {@code value} is matched as a code prefix (upper case, at least 3 characters), not only by name. */
    static boolean isCodePrefix(String value) {
        return value.length() >= 3 && value.equals(value.toUpperCase(java.util.Locale.ROOT));
    }
}
