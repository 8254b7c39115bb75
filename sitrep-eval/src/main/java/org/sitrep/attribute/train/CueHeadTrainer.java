package org.sitrep.attribute.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sitrep.attribute.internal.CueHead;

/**
 * Trains a {@link CueHead} with logistic loss and Adam on mini-batches. Most tokens are not cues: each epoch keeps
 * every cue token and a random share {@code keepNegatives} of the others, and the output bias is shifted by
 * log(keepNegatives) at the end so that the logits estimate the odds on all tokens again. Deterministic for a given
 * seed. Not thread-safe.
 */
public final class CueHeadTrainer {
    /** One sentence: a vector per token (raw encoder output) and whether each token is a cue. */
    public record Sentence(float[][] vectors, boolean[] cue) {}

    /**
     * @param context       neighbours a side the head reads
     * @param hidden        hidden units
     * @param epochs        passes over the data
     * @param keepNegatives share of non-cue tokens used per epoch (0 &lt; share &lt;= 1)
     * @param rate          Adam step size
     */
    public record Options(int context, int hidden, int epochs, float keepNegatives, float rate, long seed) {
        public static Options defaults() {
            return new Options(1, 64, 3, 0.25f, 0.001f, 20261205L);
        }
    }

    private static final int BATCH = 32;

    private CueHeadTrainer() {}

    public static CueHead train(List<Sentence> data, Options o, java.util.function.IntConsumer onEpoch) {
        int dim = dimension(data);
        float[] mean = new float[dim], scale = new float[dim];
        standardization(data, dim, mean, scale);
        int in = (2 * o.context() + 1) * dim, H = o.hidden();
        Random random = new Random(o.seed());
        float[] w1 = new float[H * in], b1 = new float[H], w2 = new float[H];
        float init = (float) Math.sqrt(2.0 / in); // He initialisation for ReLU
        for (int i = 0; i < w1.length; i++) w1[i] = (float) random.nextGaussian() * init;
        for (int k = 0; k < H; k++) w2[k] = (float) random.nextGaussian() * (float) Math.sqrt(1.0 / H);
        float[] b2 = {0f};
        // the head with b2 = 0 shares the arrays being trained; the trainer adds b2 itself
        CueHead head = new CueHead(dim, o.context(), H, mean, scale, w1, b1, w2, 0f);
        float[][] params = {w1, b1, w2, b2};
        float[][] grads = new float[4][], m = new float[4][], v = new float[4][];
        for (int p = 0; p < 4; p++) {
            grads[p] = new float[params[p].length];
            m[p] = new float[params[p].length];
            v[p] = new float[params[p].length];
        }
        List<int[]> tokens = new ArrayList<>();
        for (int s = 0; s < data.size(); s++)
            for (int i = 0; i < data.get(s).cue().length; i++) tokens.add(new int[] {s, i});
        float[] x = new float[in], h = new float[H];
        long step = 0;
        for (int epoch = 0; epoch < o.epochs(); epoch++) {
            java.util.Collections.shuffle(tokens, random);
            int inBatch = 0;
            for (int[] t : tokens) {
                Sentence s = data.get(t[0]);
                boolean y = s.cue()[t[1]];
                if (!y && random.nextFloat() >= o.keepNegatives()) continue;
                head.input(s.vectors(), t[1], x);
                float z = head.forward(x, h) + b2[0];
                float g = (float) (1 / (1 + Math.exp(-z))) - (y ? 1 : 0); // d loss / d z
                grads[3][0] += g;
                for (int k = 0; k < H; k++) {
                    grads[2][k] += g * h[k];
                    if (h[k] <= 0) continue;
                    float dh = g * w2[k];
                    grads[1][k] += dh;
                    int base = k * in;
                    for (int d = 0; d < in; d++) grads[0][base + d] += dh * x[d];
                }
                if (++inBatch == BATCH) {
                    adam(params, grads, m, v, ++step, o.rate(), inBatch);
                    inBatch = 0;
                }
            }
            if (inBatch > 0) adam(params, grads, m, v, ++step, o.rate(), inBatch);
            if (onEpoch != null) onEpoch.accept(epoch + 1);
        }
        return new CueHead(dim, o.context(), H, mean, scale, w1, b1, w2, b2[0] + (float) Math.log(o.keepNegatives()));
    }

    private static void adam(float[][] params, float[][] grads, float[][] m, float[][] v, long step, float rate, int n) {
        final float beta1 = 0.9f, beta2 = 0.999f, eps = 1e-8f;
        float c1 = (float) (1 - Math.pow(beta1, step)), c2 = (float) (1 - Math.pow(beta2, step));
        for (int p = 0; p < params.length; p++) {
            float[] w = params[p], g = grads[p], mp = m[p], vp = v[p];
            for (int i = 0; i < w.length; i++) {
                float gi = g[i] / n;
                mp[i] = beta1 * mp[i] + (1 - beta1) * gi;
                vp[i] = beta2 * vp[i] + (1 - beta2) * gi * gi;
                w[i] -= rate * (mp[i] / c1) / ((float) Math.sqrt(vp[i] / c2) + eps);
                g[i] = 0;
            }
        }
    }

    private static int dimension(List<Sentence> data) {
        for (Sentence s : data) if (s.vectors().length > 0) return s.vectors()[0].length;
        throw new IllegalArgumentException("No token vectors to train a cue head on");
    }

    /** Per-dimension mean and 1 / standard deviation over all tokens (1 where a dimension does not vary). */
    private static void standardization(List<Sentence> data, int dim, float[] mean, float[] scale) {
        double[] sum = new double[dim], sq = new double[dim];
        long n = 0;
        for (Sentence s : data)
            for (float[] x : s.vectors()) {
                for (int d = 0; d < dim; d++) {
                    sum[d] += x[d];
                    sq[d] += (double) x[d] * x[d];
                }
                n++;
            }
        for (int d = 0; d < dim; d++) {
            double mu = sum[d] / Math.max(1, n), var = sq[d] / Math.max(1, n) - mu * mu;
            mean[d] = (float) mu;
            scale[d] = var > 1e-12 ? (float) (1 / Math.sqrt(var)) : 1f;
        }
    }
}
