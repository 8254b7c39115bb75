package org.sitrep.attribute.internal;

import org.sitrep.model.Embeddings;

/**
 * The dense input of the attribution models: each token's encoder vector, scaled. (The models read a token's
 * neighbours' vectors themselves; see {@link SequenceModel}.)
 */
public final class TokenVectors {
    private TokenVectors() {}

    /** One row per token of the document, shared by every sequence that covers the token. */
    public static float[][] of(Embeddings e, float scale) {
        int dim = e.dimension(), n = e.tokenCount();
        float[][] out = new float[n][dim];
        for (int i = 0; i < n; i++)
            for (int k = 0; k < dim; k++) out[i][k] = e.tokens()[i * dim + k] * scale;
        return out;
    }

    /** Rows [from, to) of {@code rows}, not copied. */
    public static float[][] slice(float[][] rows, int from, int to) {
        return java.util.Arrays.copyOfRange(rows, from, to);
    }
}
