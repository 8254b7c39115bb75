package org.sitrep.model;

/**
 * A problem with article data, kept on the document instead of thrown. Codes are stable dotted strings such as
 * {@code date.unresolved}; the span is null when the issue concerns the whole article.
 */
public record Issue(Span span, String code, String message) {}
