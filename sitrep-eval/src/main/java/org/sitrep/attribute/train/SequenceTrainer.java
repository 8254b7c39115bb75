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
    /** One training sequence: hashed feature buckets per token and the gold label index per token. */
    public record Sequence(int[][] features, int[] gold) {}

    private SequenceTrainer() {}

    public static SequenceModel train(List<String> labels, int bits, List<Sequence> data, int epochs, long seed,
                                      java.util.function.IntConsumer onEpoch) {
        int L = labels.size();
        float[] w = new float[(1 << bits) * L];
        double[] u = new double[w.length]; // double: sums of step counts outgrow float precision
        float[] t = new float[(L + 1) * L];
        double[] tu = new double[t.length];
        SequenceModel model = new SequenceModel(labels, bits, w, t);
        List<Sequence> order = new ArrayList<>(data);
        Random random = new Random(seed);
        long c = 1;
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (Sequence s : order) {
                int[] pred = model.decode(s.features());
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
        return model;
    }
}
