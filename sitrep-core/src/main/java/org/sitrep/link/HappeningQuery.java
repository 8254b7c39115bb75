package org.sitrep.link;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Which happenings (and so which disputes) a listing shows; every condition given must hold, null means "any".
 * Shared by {@code sitrep happenings}/{@code disputes} and the server's API, so both select the same.
 *
 * @param about a part (ignoring case) of the happening's label, or of a member's place name, its region (admin1), or
 *              its actor's name
 * @param from  happenings ending on or after this day
 * @param to    happenings starting on or before this day (before {@code from}: none match)
 */
public record HappeningQuery(String about, LocalDate from, LocalDate to) {
    public HappeningQuery {
        about = about == null || about.isBlank() ? null : about.strip().toLowerCase(Locale.ROOT);
    }

    /** Every happening. */
    public static HappeningQuery all() {
        return new HappeningQuery(null, null, null);
    }

    public boolean matches(Happening h) {
        if (from != null && h.to().isBefore(from)) return false;
        if (to != null && h.from().isAfter(to)) return false;
        if (about == null) return true;
        if (h.about().toLowerCase(Locale.ROOT).contains(about)) return true;
        for (Report r : h.members()) {
            var a = r.assertion();
            if (a.place() != null && (a.place().place().name().toLowerCase(Locale.ROOT).contains(about)
                    || a.place().place().admin1().toLowerCase(Locale.ROOT).contains(about))) return true;
            if (a.actor() != null && a.actor().name() != null && a.actor().name().toLowerCase(Locale.ROOT).contains(about))
                return true;
        }
        return false;
    }
}
