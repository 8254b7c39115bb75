package org.sitrep.model;

/**
 * A time expression as the temporal tagger found it: TIMEX3 type (DATE, TIME, DURATION, SET) and value
 * (e.g. 2025-04-26, 2025-04-27TEV, P3D), already anchored to the document date by the tagger.
 */
public record TimeExpression(Span span, String type, String value) {}
