package org.sitrep.model;

import java.util.Arrays;

/**
 * Which way a claim points: the source asserts its content or denies it. (An event's or assertion's polarity is
 * {@link Polarity}.) Its {@link #code()} (as written in JSON, the ledger and the command line) is also its
 * {@link #toString()}.
 */
public enum ClaimPolarity {
    /** The source states the content as so. */
    ASSERTS("asserts"),
    /** The source denies the content (the cue is a denial: "denied", "rejected"). */
    DENIES("denies");

    private final String code;

    ClaimPolarity(String code) {
        this.code = code;
    }

    /** The lower-case name used in JSON, the ledger and the command line ("asserts", "denies"). */
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }

    /** The polarity with this code; throws, listing the codes, when there is none. */
    public static ClaimPolarity of(String code) {
        for (ClaimPolarity p : values()) if (p.code.equals(code)) return p;
        throw new IllegalArgumentException("No claim polarity '" + code + "'; expected one of "
                + Arrays.stream(values()).map(ClaimPolarity::code).toList());
    }
}
