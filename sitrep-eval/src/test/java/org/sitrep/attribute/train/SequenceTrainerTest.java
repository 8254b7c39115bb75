package org.sitrep.attribute.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.attribute.internal.SequenceModel;
import org.sitrep.attribute.train.SequenceTrainer.Sequence;

/** The perceptron with dense token vectors, on sequences whose labels only the vectors tell. */
class SequenceTrainerTest {
    /** Label 1 where the vector of the token {@code lag} places earlier points up; the hashed feature is constant. */
    static List<Sequence> data(int count, int lag, long seed) {
        Random r = new Random(seed);
        List<Sequence> out = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            int n = 3 + r.nextInt(6);
            int[][] feats = new int[n][];
            float[][] vectors = new float[n][];
            int[] gold = new int[n];
            for (int i = 0; i < n; i++) {
                feats[i] = new int[] {1};
                vectors[i] = new float[] {r.nextBoolean() ? 1f : -1f, (float) r.nextGaussian()};
            }
            for (int i = 0; i < n; i++) gold[i] = i - lag >= 0 && vectors[i - lag][0] > 0 ? 1 : 0;
            out.add(new Sequence(feats, vectors, gold));
        }
        return out;
    }

    private static double accuracy(SequenceModel m, List<Sequence> test) {
        int right = 0, all = 0;
        for (Sequence s : test) {
            int[] pred = m.decode(s.features(), s.vectors());
            for (int i = 0; i < pred.length; i++, all++) if (pred[i] == s.gold()[i]) right++;
        }
        return (double) right / all;
    }

    @Test
    void learnsFromTheTokensOwnVector() {
        SequenceModel m = SequenceTrainer.train(List.of("O", "X"), 4, 2, 0, data(200, 0, 1), 3, 5, null);
        assertThat(accuracy(m, data(100, 0, 2))).isEqualTo(1.0);
    }

    @Test
    void readsItsNeighboursVectorsWithContextAndNotWithout() {
        SequenceModel with = SequenceTrainer.train(List.of("O", "X"), 4, 2, 1, data(300, 1, 3), 5, 5, null);
        SequenceModel without = SequenceTrainer.train(List.of("O", "X"), 4, 2, 0, data(300, 1, 3), 5, 5, null);
        assertThat(accuracy(with, data(100, 1, 4))).isGreaterThan(0.97);
        assertThat(accuracy(without, data(100, 1, 4))).isLessThan(0.9);
    }

    @Test
    void denseWeightsSurviveWritingAndReading() throws IOException {
        SequenceModel m = SequenceTrainer.train(List.of("O", "X"), 4, 2, 1, data(100, 1, 5), 2, 5, null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        m.write(out, 0f);
        m.writeDense(out);
        out.flush();
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        SequenceModel back = SequenceModel.read(in).readDense(in);
        assertThat(back.dense()).isEqualTo(2);
        for (Sequence s : data(20, 1, 6))
            assertThat(back.decode(s.features(), s.vectors())).isEqualTo(m.decode(s.features(), s.vectors()));
    }
}
