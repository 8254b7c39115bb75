package org.sitrep.store;

import java.time.LocalDate;

/**
 * Which claims {@link Ledger#claims} returns; every condition given must hold, null means "any". Build from
 * {@link #all()}: {@code ClaimQuery.all().withBy("UKRMIL").withDates(from, to)}.
 *
 * @param by    the claim's source or a link of its chain matches: a code prefix when the value is upper case and at
 *              least 3 characters ({@code RUS} matches {@code RUSMIL}), or a part of the display name, ignoring case
 * @param about an actor named inside the content matches as {@code by} does, or a place named inside the content
 *              has the value as a part of its name (ignoring case), or the content text contains it (ignoring case)
 * @param from  statements made on or after this day; claims without a statement date are then left out
 * @param to    statements made on or before this day; claims without a statement date are then left out
 */
public record ClaimQuery(String by, String about, LocalDate from, LocalDate to) {
    public ClaimQuery {
        if (from != null && to != null && to.isBefore(from))
            throw new IllegalArgumentException("ClaimQuery needs from <= to; got from=" + from + ", to=" + to);
    }

    /** Every claim. */
    public static ClaimQuery all() {
        return new ClaimQuery(null, null, null, null);
    }

    public ClaimQuery withBy(String actor) {
        return new ClaimQuery(actor, about, from, to);
    }

    public ClaimQuery withAbout(String subject) {
        return new ClaimQuery(by, subject, from, to);
    }

    /** Statement days in [from, to], both inclusive; either may be null (open). */
    public ClaimQuery withDates(LocalDate from, LocalDate to) {
        return new ClaimQuery(by, about, from, to);
    }

    /** True when {@code value} is matched as a code prefix (upper case, at least 3 characters), not only by name. */
    static boolean isCodePrefix(String value) {
        return value.length() >= 3 && value.equals(value.toUpperCase(java.util.Locale.ROOT));
    }
}
