package org.sitrep.model;

/** One sentence: its characters and its tokens as the half-open index range [firstToken, endToken). */
public record Sentence(Span span, int firstToken, int endToken) {}
