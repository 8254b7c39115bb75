package org.sitrep.model;

/** A span of article text resolved to a gazetteer place; the evidence's confidence covers the resolution. */
public record PlaceMention(Span span, Place place, Evidence evidence) {}
