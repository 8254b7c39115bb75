package org.sitrep.model;

import java.util.Objects;

/**
 * A time expression resolved in its discourse: where it is and what time it denotes. No text is copied; the
 * surface is {@code span.of(article text)}.
 *
 * @param span     the characters of the expression (may extend a tagger's span, e.g. "the evening of April 27")
 * @param value    the resolved value
 * @param evidence the stage that resolved it, with its confidence
 */
public record TimeMention(Span span, TimeValue value, Evidence evidence) {
    public TimeMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(evidence, "evidence");
    }
}
