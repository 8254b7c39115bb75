package org.sitrep.model;

import java.util.Objects;

/**
 * A number of things in the text: "21 clashes", "up to 210 servicemen", "six of 13 drones".
 *
 * @param span     the characters of the number and what it counts ("more than 30 soldiers")
 * @param value    the number (30 for "more than 30"; 6 for "six of 13")
 * @param outOf    the whole it is part of (13 for "six of 13 drones"), or null
 * @param bound    how the value bounds the true count
 * @param counted  what is counted, normalized to a lower-case word: {@code clashes}, {@code attacks},
 *                 {@code killed}, {@code wounded}, {@code troops}, {@code drones}, {@code missiles},
 *                 {@code shells}, {@code settlements}, … or the counted noun's lemma
 * @param evidence the stage and confidence
 */
public record Quantity(Span span, long value, Long outOf, Bound bound, String counted, Evidence evidence) {
    /** How a stated number bounds the true one. */
    public enum Bound {
        /** "21 clashes". */
        EXACT,
        /** "more than 30", "at least 5", "over 100". */
        AT_LEAST,
        /** "up to 210", "fewer than 10", "as many as 50". */
        AT_MOST,
        /** "about 11,000", "some 200", "nearly 40". */
        ABOUT
    }

    public Quantity {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(bound, "bound");
        Objects.requireNonNull(counted, "counted");
        if (value < 0) throw new IllegalArgumentException("Quantity value must be >= 0; got " + value);
    }
}
