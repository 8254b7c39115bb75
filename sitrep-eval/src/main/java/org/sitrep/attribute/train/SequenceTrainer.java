package org.sitrep.attribute.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.sitrep.attribute.internal.SequenceModel;

/**
 * Averaged structured perceptron (Collins 2002) for {@link SequenceModel}: for each sequence, decode, and where the
 * prediction differs from the gold labels add the gold features and subtract the predicted ones; the final weights
 * are the average over all steps. Deterministic for a given seed. Not thread-safe.
 */
public final class SequenceTrainer {
    /**
     * One training sequence: hashed feature buckets per token, a dense vector per token (null for none), and the gold
     * label index per token.
     */
    public record Sequence(int[][] features, float[][] vectors, int[] gold) {
        public Sequence(int[][] features, int[] gold) {
            this(features, null, gold);
        }
    }

    private SequenceTrainer() {}

    public static SequenceModel train(List<String> labels, int bits, List<Sequence> data, int epochs, long seed,
                                      java.util.function.IntConsumer onEpoch) {
        return train(labels, bits, 0, 0, data, epochs, seed, onEpoch);
    }

    /**
     * @param dense   floats per token vector in every sequence; 0 when the sequences carry none
     * @param context neighbours a side whose vectors a token's score reads too
     */
    public static SequenceModel train(List<String> labels, int bits, int dense, int context, List<Sequence> data,
                                      int epochs, long seed, java.util.function.IntConsumer onEpoch) {
        int L = labels.size();
        float[] dw = new float[(2 * context + 1) * dense * L];
        double[] du = new double[dw.length];
        float[] w = new float[(1 << bits) * L];
        double[] u = new double[w.length]; // double: sums of step counts outgrow float precision
        float[] t = new float[(L + 1) * L];
        double[] tu = new double[t.length];
        SequenceModel model = new SequenceModel(labels, bits, w, t, dense, context, dw);
        List<Sequence> order = new ArrayList<>(data);
        Random random = new Random(seed);
        long c = 1;
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (Sequence s : order) {
                int[] pred = model.decode(s.features(), s.vectors());
                for (int i = 0; i < pred.length; i++) {
                    int g = s.gold()[i], p = pred[i];
                    int gp = i == 0 ? -1 : s.gold()[i - 1], pp = i == 0 ? -1 : pred[i - 1];
                    if (g != p) {
                        for (int f : s.features()[i]) {
                            w[f * L + g] += 1;
                            u[f * L + g] += c;
                            w[f * L + p] -= 1;
                            u[f * L + p] -= c;
                        }
                        for (int off = -context; dense > 0 && off <= context; off++) {
                            int j = i + off;
                            if (j < 0 || j >= pred.length) continue;
                            float[] x = s.vectors()[j];
                            int slot = (off + context) * dense;
                            for (int d = 0; d < dense; d++) {
                                int gi = (slot + d) * L + g, pi = (slot + d) * L + p;
                                dw[gi] += x[d];
                                du[gi] += (double) c * x[d];
                                dw[pi] -= x[d];
                                du[pi] -= (double) c * x[d];
                            }
                        }
                    }
                    if (g != p || gp != pp) {
                        t[(gp + 1) * L + g] += 1;
                        tu[(gp + 1) * L + g] += c;
                        t[(pp + 1) * L + p] -= 1;
                        tu[(pp + 1) * L + p] -= c;
                    }
                }
                c++;
            }
            if (onEpoch != null) onEpoch.accept(epoch + 1);
        }
        for (int i = 0; i < w.length; i++) w[i] -= (float) (u[i] / c);
        for (int i = 0; i < t.length; i++) t[i] -= (float) (tu[i] / c);
        for (int i = 0; i < dw.length; i++) dw[i] -= (float) (du[i] / c);
        return model;
    }
}
