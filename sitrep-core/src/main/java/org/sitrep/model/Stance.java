package org.sitrep.model;

import java.util.Arrays;

/**
 * How the reporter frames a claim. Its {@link #code()} (lower case, as written in JSON, the ledger and the command
 * line) is also its {@link #toString()}.
 */
public enum Stance {
    /** Reported without distance or endorsement. */
    NEUTRAL("neutral"),
    /** The reporter keeps a distance: "allegedly", scare quotes, a distancing cue such as "claimed". */
    DISTANCED("distanced"),
    /** The reporter endorses the content: "rightly", "correctly". */
    ENDORSED("endorsed");

    private final String code;

    Stance(String code) {
        this.code = code;
    }

    /** The lower-case name used in JSON, the ledger and the command line ("neutral"). */
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }

    /** The stance with this code; throws, listing the codes, when there is none. */
    public static Stance of(String code) {
        for (Stance s : values()) if (s.code.equals(code)) return s;
        throw new IllegalArgumentException("No stance '" + code + "'; expected one of "
                + Arrays.stream(values()).map(Stance::code).toList());
    }
}
