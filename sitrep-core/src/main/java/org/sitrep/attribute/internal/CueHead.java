package org.sitrep.attribute.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A small network that scores each token of a sentence as cue or not from encoder vectors: the token's vector and
 * its {@code context} neighbours' a side (zeros beyond the sentence), each standardized by the training mean and
 * spread, one ReLU hidden layer, one logit out. Its logits are the cue model's dense input (a perceptron over hashed
 * features cannot make much of 384 raw floats; a trained non-linear scorer condenses them into one number).
 * Trained by {@code CueHeadTrainer} (sitrep-eval). Immutable once trained; thread-safe.
 */
public final class CueHead {
    final int dim, context, hidden;
    final float[] mean, scale;  // per input dimension of one vector: x' = (x - mean) * scale
    final float[] w1, b1, w2;   // w1[h * inputs + k]; inputs = (2 * context + 1) * dim
    final float b2;

    public CueHead(int dim, int context, int hidden, float[] mean, float[] scale, float[] w1, float[] b1, float[] w2,
                   float b2) {
        if (mean.length != dim || scale.length != dim || w1.length != hidden * (2 * context + 1) * dim
                || b1.length != hidden || w2.length != hidden)
            throw new IllegalArgumentException("Cue head arrays do not fit dim=" + dim + ", context=" + context
                    + ", hidden=" + hidden);
        this.dim = dim;
        this.context = context;
        this.hidden = hidden;
        this.mean = mean;
        this.scale = scale;
        this.w1 = w1;
        this.b1 = b1;
        this.w2 = w2;
        this.b2 = b2;
    }

    public int dim() {
        return dim;
    }

    public int inputs() {
        return (2 * context + 1) * dim;
    }

    /** The standardized input of token {@code i}: its and its neighbours' vectors side by side, zeros outside. */
    public void input(float[][] vectors, int i, float[] into) {
        java.util.Arrays.fill(into, 0f);
        for (int off = -context; off <= context; off++) {
            int j = i + off;
            if (j < 0 || j >= vectors.length) continue;
            int at = (off + context) * dim;
            float[] v = vectors[j];
            for (int d = 0; d < dim; d++) into[at + d] = (v[d] - mean[d]) * scale[d];
        }
    }

    /** Hidden activations (ReLU) for one input; returns the logit. */
    public float forward(float[] x, float[] h) {
        int n = x.length;
        float z = b2;
        for (int k = 0; k < hidden; k++) {
            float a = b1[k];
            int base = k * n;
            for (int d = 0; d < n; d++) a += w1[base + d] * x[d];
            h[k] = a > 0 ? a : 0;
            z += w2[k] * h[k];
        }
        return z;
    }

    /** The cue logit of every token of a sentence (positive: cue more likely than not), as 1-float vectors. */
    public float[][] logits(float[][] vectors) {
        float[] x = new float[inputs()], h = new float[hidden];
        float[][] out = new float[vectors.length][1];
        for (int i = 0; i < vectors.length; i++) {
            input(vectors, i, x);
            out[i][0] = forward(x, h);
        }
        return out;
    }

    public void write(DataOutputStream out) throws IOException {
        out.writeInt(dim);
        out.writeInt(context);
        out.writeInt(hidden);
        for (float[] a : new float[][] {mean, scale, w1, b1, w2}) for (float f : a) out.writeFloat(f);
        out.writeFloat(b2);
    }

    public static CueHead read(DataInputStream in) throws IOException {
        int dim = in.readInt(), context = in.readInt(), hidden = in.readInt();
        float[] mean = floats(in, dim), scale = floats(in, dim), w1 = floats(in, hidden * (2 * context + 1) * dim),
                b1 = floats(in, hidden), w2 = floats(in, hidden);
        return new CueHead(dim, context, hidden, mean, scale, w1, b1, w2, in.readFloat());
    }

    private static float[] floats(DataInputStream in, int n) throws IOException {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) a[i] = in.readFloat();
        return a;
    }
}
