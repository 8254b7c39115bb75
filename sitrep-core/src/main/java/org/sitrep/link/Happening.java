package org.sitrep.link;

import java.time.LocalDate;
import java.util.List;

/**
 * Reports from one or more articles about the same thing happening.
 *
 * @param id        stable: the smallest member key, so it does not depend on the order articles arrived in
 * @param family    CONTEST (control and fighting about a place), EVENT, CASUALTIES, PARTICIPATION, …
 * @param about     a short label: the place's name, or the actor's
 * @param from      the earliest day a member is about
 * @param to        the latest day (inclusive) a member is about
 * @param members   the reports, by key
 * @param originals the independent sources it rests on ({@link Report#original()}), sorted
 */
public record Happening(String id, String family, String about, LocalDate from, LocalDate to, List<Report> members,
                        List<String> originals) {
    public Happening {
        members = List.copyOf(members);
        originals = List.copyOf(originals);
    }

    /** How many independent sources say it. */
    public int independentSources() {
        return originals.size();
    }
}
