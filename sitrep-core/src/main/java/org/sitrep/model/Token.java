package org.sitrep.model;

/**
 * One token. Its text is {@code span.of(article text)}; the fields hold what the tagger assigned.
 *
 * @param sentence index of its sentence in the document
 * @param ner      the coarse NER tag, "O" outside entities
 */
public record Token(Span span, int sentence, String pos, String lemma, String ner) {}
