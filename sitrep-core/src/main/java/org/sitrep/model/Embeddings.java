package org.sitrep.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * Vectors from a pre-trained encoder: one per token and one per sentence of a document, {@code dimension} floats
 * each, stored flat (token {@code i} is {@code tokens[i * dimension … (i + 1) * dimension)}). The document's
 * {@link Layer#EMBEDDINGS} layer holds exactly one of these. Not written to stand-off JSON (1.5 KB per token); it
 * is recomputed when needed. Treat the arrays as read-only.
 *
 * @param model     which encoder produced them (name and version), so that a learned head can check it
 * @param dimension floats per vector
 * @param tokens    token vectors, {@code tokenCount() * dimension} floats
 * @param sentences sentence vectors, {@code sentenceCount() * dimension} floats
 */
public record Embeddings(String model, int dimension, float[] tokens, float[] sentences) {
    public Embeddings {
        Objects.requireNonNull(model, "model");
        if (dimension <= 0 || tokens.length % dimension != 0 || sentences.length % dimension != 0)
            throw new IllegalArgumentException("Embeddings need whole vectors of dimension > 0; got dimension="
                    + dimension + ", tokens=" + tokens.length + " floats, sentences=" + sentences.length + " floats");
    }

    public int tokenCount() {
        return tokens.length / dimension;
    }

    public int sentenceCount() {
        return sentences.length / dimension;
    }

    /** A copy of token {@code i}'s vector. */
    public float[] token(int i) {
        return Arrays.copyOfRange(tokens, i * dimension, (i + 1) * dimension);
    }

    /** A copy of sentence {@code s}'s vector. */
    public float[] sentence(int s) {
        return Arrays.copyOfRange(sentences, s * dimension, (s + 1) * dimension);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Embeddings e && model.equals(e.model) && dimension == e.dimension
                && Arrays.equals(tokens, e.tokens) && Arrays.equals(sentences, e.sentences);
    }

    @Override
    public int hashCode() {
        return Objects.hash(model, dimension, Arrays.hashCode(tokens), Arrays.hashCode(sentences));
    }

    @Override
    public String toString() {
        return "Embeddings[" + model + ", " + tokenCount() + " tokens, " + sentenceCount() + " sentences, dim "
                + dimension + "]";
    }
}
