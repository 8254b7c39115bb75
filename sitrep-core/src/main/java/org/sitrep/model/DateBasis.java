package org.sitrep.model;

import java.util.Arrays;

/**
 * How a claim's statement date was found. Its {@link #code()} (lower case, as written in JSON, the ledger and the
 * command line) is also its {@link #toString()}.
 */
public enum DateBasis {
    /** A day-precise date in the claim's own sentence, outside its content. */
    EXPLICIT("explicit"),
    /**
     * A month or a year in the claim's own sentence, outside its content ("In November, X declared …", "last month
     * X pledged …"): the statement date is the period's first day; which day in it is unknown.
     */
    PERIOD("period"),
    /** Carried from an earlier sentence's explicit date by "at that time", "the same day" and the like. */
    DISCOURSE("discourse"),
    /** No date given: the article's publication date (which may itself be unknown). */
    PUBLICATION("publication");

    private final String code;

    DateBasis(String code) {
        this.code = code;
    }

    /** The lower-case name used in JSON, the ledger and the command line ("explicit"). */
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }

    /** The basis with this code; throws, listing the codes, when there is none. */
    public static DateBasis of(String code) {
        for (DateBasis b : values()) if (b.code.equals(code)) return b;
        throw new IllegalArgumentException("No date basis '" + code + "'; expected one of "
                + Arrays.stream(values()).map(DateBasis::code).toList());
    }
}
