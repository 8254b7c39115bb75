package org.sitrep.attribute.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * A first-order linear sequence labeller over hashed string features and, optionally, a dense vector per token:
 * score(y_i) = sum of weights of token i's features for label y_i + (dense weights of y_i) · (token i's vector) plus a
 * transition weight (y_{i-1}, y_i); decoding is Viterbi. Weights are trained by
 * {@code SequenceTrainer} (sitrep-eval) (averaged structured perceptron). Immutable once trained; thread-safe for decoding.
 */
public final class SequenceModel {
    final List<String> labels;
    final int bits;
    final float[] weights;     // [bucket * L + label]
    final float[] transitions; // [(prev + 1) * L + label], prev = -1 at the sequence start
    final int dense;           // floats per token vector; 0 when the model reads none
    final int context;         // neighbours a side whose vectors a token's score reads too
    final float[] denseWeights; // [((offset + context) * dense + d) * L + label]

    public SequenceModel(List<String> labels, int bits, float[] weights, float[] transitions) {
        this(labels, bits, weights, transitions, 0, 0, new float[0]);
    }

    public SequenceModel(List<String> labels, int bits, float[] weights, float[] transitions, int dense, int context,
                         float[] denseWeights) {
        if (denseWeights.length != (2 * context + 1) * dense * labels.size())
            throw new IllegalArgumentException("Dense weights need (2 x " + context + " + 1) x " + dense + " x "
                    + labels.size() + " floats; got " + denseWeights.length);
        this.context = context;
        this.labels = List.copyOf(labels);
        this.bits = bits;
        this.weights = weights;
        this.transitions = transitions;
        this.dense = dense;
        this.denseWeights = denseWeights;
    }

    /** Floats per token vector the model reads; 0 for a model of hashed features only. */
    public int dense() {
        return dense;
    }

    public int bits() {
        return bits;
    }

    public List<String> labels() {
        return labels;
    }

    /** The bucket of a feature string: 64-bit FNV-1a folded to {@code bits} bits. */
    public static int bucket(String feature, int bits) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < feature.length(); i++) {
            h ^= feature.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 29;
        return (int) (h & ((1L << bits) - 1));
    }

    /** Per-token label scores (emission only), [token][label]. */
    public float[][] emissions(int[][] features) {
        return emissions(features, null);
    }

    /**
     * Per-token label scores (emission only), [token][label].
     *
     * @param vectors one vector of {@link #dense()} floats per token; null for a model without dense inputs. Token
     *                i's score reads the vectors of tokens i - context … i + context of the sequence.
     */
    public float[][] emissions(int[][] features, float[][] vectors) {
        int L = labels.size();
        if (dense > 0 && (vectors == null || vectors.length != features.length))
            throw new IllegalArgumentException("This model reads a vector per token; got "
                    + (vectors == null ? "none" : vectors.length + " for " + features.length + " tokens"));
        float[][] out = new float[features.length][L];
        for (int i = 0; i < features.length; i++) {
            for (int f : features[i]) {
                int base = f * L;
                for (int y = 0; y < L; y++) out[i][y] += weights[base + y];
            }
            if (dense > 0)
                for (int off = -context; off <= context; off++) {
                    int j = i + off;
                    if (j < 0 || j >= vectors.length) continue;
                    float[] x = vectors[j];
                    int slot = (off + context) * dense;
                    for (int d = 0; d < dense; d++) {
                        float xd = x[d];
                        int base = (slot + d) * L;
                        for (int y = 0; y < L; y++) out[i][y] += denseWeights[base + y] * xd;
                    }
                }
        }
        return out;
    }

    /** The best label sequence given per-token emission scores (plus any bias the caller added). */
    public int[] viterbi(float[][] emissions) {
        int n = emissions.length, L = labels.size();
        int[] best = new int[n];
        if (n == 0) return best;
        float[][] score = new float[n][L];
        int[][] back = new int[n][L];
        for (int y = 0; y < L; y++) score[0][y] = emissions[0][y] + transitions[y];
        for (int i = 1; i < n; i++)
            for (int y = 0; y < L; y++) {
                float top = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < L; p++) {
                    float s = score[i - 1][p] + transitions[(p + 1) * L + y];
                    if (s > top) {
                        top = s;
                        arg = p;
                    }
                }
                score[i][y] = top + emissions[i][y];
                back[i][y] = arg;
            }
        int y = 0;
        for (int k = 1; k < L; k++) if (score[n - 1][k] > score[n - 1][y]) y = k;
        for (int i = n - 1; i >= 0; i--) {
            best[i] = y;
            y = back[i][y];
        }
        return best;
    }

    /** The total score of a label sequence: emissions plus transitions. */
    public float score(float[][] emissions, int[] labels) {
        int L = this.labels.size();
        float total = 0;
        for (int i = 0; i < labels.length; i++)
            total += emissions[i][labels[i]] + transitions[(i == 0 ? 0 : labels[i - 1] + 1) * L + labels[i]];
        return total;
    }

    public int[] decode(int[][] features) {
        return viterbi(emissions(features));
    }

    public int[] decode(int[][] features, float[][] vectors) {
        return viterbi(emissions(features, vectors));
    }

    /**
     * Writes labels, hash width, transitions, then the weight rows that survive 16-bit quantization (one scale for
     * the model: round(w / scale) with scale = max|w| / 32767), delta-coded by bucket. Rows whose quantized weights
     * are all zero are dropped; so is any row whose largest |w| is below {@code prune} (absolute).
     */
    public void write(DataOutputStream out, float prune) throws IOException {
        int L = labels.size();
        out.writeInt(L);
        for (String l : labels) out.writeUTF(l);
        out.writeInt(bits);
        for (float t : transitions) out.writeFloat(t);
        float max = 0;
        for (float w : weights) max = Math.max(max, Math.abs(w));
        float scale = max == 0 ? 1 : max / 32767f;
        out.writeFloat(scale);
        int rows = 0;
        for (int b = 0; b < (1 << bits); b++) if (kept(b, L, scale, prune)) rows++;
        out.writeInt(rows);
        int last = 0;
        for (int b = 0; b < (1 << bits); b++) {
            if (!kept(b, L, scale, prune)) continue;
            writeVarInt(out, b - last);
            last = b;
            for (int y = 0; y < L; y++) out.writeShort(Math.round(weights[b * L + y] / scale));
        }
    }

    /** Writes the dense weights (after {@link #write}): vector size, context, then each weight as a float. */
    public void writeDense(DataOutputStream out) throws IOException {
        out.writeInt(dense);
        out.writeInt(context);
        for (float w : denseWeights) out.writeFloat(w);
    }

    /** This model with the dense weights that {@link #writeDense} wrote. */
    public SequenceModel readDense(DataInputStream in) throws IOException {
        int d = in.readInt(), c = in.readInt();
        float[] w = new float[(2 * c + 1) * d * labels.size()];
        for (int i = 0; i < w.length; i++) w[i] = in.readFloat();
        return new SequenceModel(labels, bits, weights, transitions, d, c, w);
    }

    public static SequenceModel read(DataInputStream in) throws IOException {
        int L = in.readInt();
        String[] labels = new String[L];
        for (int i = 0; i < L; i++) labels[i] = in.readUTF();
        int bits = in.readInt();
        float[] transitions = new float[(L + 1) * L];
        for (int i = 0; i < transitions.length; i++) transitions[i] = in.readFloat();
        float scale = in.readFloat();
        float[] weights = new float[(1 << bits) * L];
        int rows = in.readInt(), b = 0;
        for (int r = 0; r < rows; r++) {
            b += readVarInt(in);
            for (int y = 0; y < L; y++) weights[b * L + y] = in.readShort() * scale;
        }
        return new SequenceModel(List.of(labels), bits, weights, transitions);
    }

    private boolean kept(int b, int L, float scale, float prune) {
        float top = 0;
        for (int y = 0; y < L; y++) top = Math.max(top, Math.abs(weights[b * L + y]));
        return top >= prune && Math.round(top / scale) != 0;
    }

    private static void writeVarInt(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7f) != 0) {
            out.writeByte((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarInt(DataInputStream in) throws IOException {
        int v = 0, shift = 0, b;
        do {
            b = in.readUnsignedByte();
            v |= (b & 0x7f) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        return v;
    }
}
