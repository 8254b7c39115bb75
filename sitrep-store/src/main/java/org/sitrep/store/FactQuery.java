package org.sitrep.store;

import java.time.LocalDate;
import org.sitrep.model.Modality;

/**
 * Which events or assertions {@link Ledger#events} and {@link Ledger#assertions} return; every condition given must
 * hold, null means "any".
 *
 * @param by      the holder (a claim's source, or the outlet for narration) matches: a code prefix when the value is
 *                upper case and at least 3 characters ({@code RUS} matches {@code RUSMIL}), or a part of its name,
 *                ignoring case
 * @param about   an actor of the fact (agent, target, the assertion's actor) matches as {@code by} does, or its place
 *                matches: a part of the place's name, of the name the text uses, or of the regions it lies in (a
 *                village matches its oblast: "Donetsk" finds facts about Kostiantynivka), ignoring case
 * @param type    the PLOVER type of an event or the kind of an assertion, ignoring case
 * @param modality as the fact is presented: actual, planned, demanded or hypothetical ("could take")
 * @param from    facts whose time (else publication day) ends after this day
 * @param to      facts whose time (else publication day) starts on or before this day
 * @param article the fact is in this article (its id)
 */
public record FactQuery(String by, String about, String type, Modality modality, LocalDate from, LocalDate to,
                        String article) {
    public FactQuery {
        if (from != null && to != null && to.isBefore(from))
            throw new IllegalArgumentException("FactQuery needs from <= to; got from=" + from + ", to=" + to);
    }

    /** Every fact. */
    public static FactQuery all() {
        return new FactQuery(null, null, null, null, null, null, null);
    }

    public FactQuery withArticle(String id) {
        return new FactQuery(by, about, type, modality, from, to, id);
    }
}
