package org.sitrep.model;

import java.util.Arrays;

/**
 * The kind of speech act a claim's cue performs. Its {@link #code()} (lower case, as written in JSON, the ledger and
 * the command line) is also its {@link #toString()}.
 */
public enum CueClass {
    /** States something as so: "said", "reported", "according to". */
    ASSERT("assert"),
    /** Admits or confirms something, often against the speaker's interest: "acknowledged", "confirmed". */
    ACKNOWLEDGE("acknowledge"),
    /** Denies or rejects something: "denied", "rejected", "dismissed". */
    DENY("deny"),
    /** Asks that someone act: "demanded", "urged", "called on". */
    DEMAND("demand"),
    /** Commands, with authority to be obeyed: "ordered", "instructed". */
    ORDER("order"),
    /** Takes a decision: "decided", "approved", "authorized". */
    DECIDE("decide"),
    /** Blames someone: "accused", "condemned", "held responsible"; also an assertion that something was violated. */
    ACCUSE("accuse"),
    /** Commits the speaker to act: "promised", "pledged", "vowed". */
    PROMISE("promise"),
    /** Approves of someone or something: "praised", "welcomed", "thanked". */
    PRAISE("praise"),
    /** Threatens: "threatened". */
    THREATEN("threaten"),
    /** Voices worry or regret: "feared", "deplored", "expressed concern". */
    CONCERN("concern"),
    /** Gives a reason: "cited". */
    JUSTIFY("justify");

    private final String code;

    CueClass(String code) {
        this.code = code;
    }

    /** The lower-case name used in JSON, the ledger and the command line ("assert", "deny"). */
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }

    /** The class with this code; throws, listing the codes, when there is none. */
    public static CueClass of(String code) {
        for (CueClass c : values()) if (c.code.equals(code)) return c;
        throw new IllegalArgumentException("No cue class '" + code + "'; expected one of "
                + Arrays.stream(values()).map(CueClass::code).toList());
    }
}
