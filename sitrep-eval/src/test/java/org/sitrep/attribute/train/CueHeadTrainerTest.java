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
import org.sitrep.attribute.internal.CueHead;

class CueHeadTrainerTest {
    /**
     * Sentences of random 3-d vectors (dimension 2 offset and stretched, which standardization must undo); a token
     * is a cue when its first two values have the same sign and its left neighbour's third is positive: not linear
     * in the token's own vector, and it needs the neighbour.
     */
    static List<CueHeadTrainer.Sentence> data(int sentences, long seed) {
        Random r = new Random(seed);
        List<CueHeadTrainer.Sentence> out = new ArrayList<>();
        for (int s = 0; s < sentences; s++) {
            int n = 3 + r.nextInt(8);
            float[][] v = new float[n][3];
            boolean[] cue = new boolean[n];
            for (int i = 0; i < n; i++) {
                v[i][0] = (float) r.nextGaussian();
                v[i][1] = (float) r.nextGaussian();
                v[i][2] = 50 + 10 * (float) r.nextGaussian();
            }
            for (int i = 1; i < n; i++) cue[i] = v[i][0] * v[i][1] > 0 && v[i - 1][2] > 50;
            out.add(new CueHeadTrainer.Sentence(v, cue));
        }
        return out;
    }

    static double f1(CueHead head, List<CueHeadTrainer.Sentence> data) {
        return AttributionTrainer.HeadScore.of(data, head).f1();
    }

    @Test
    void learnsANonLinearRuleThatReadsANeighbourAndGeneralises() {
        CueHeadTrainer.Options o = new CueHeadTrainer.Options(1, 16, 30, 1f, 0.01f, 1);
        CueHead head = CueHeadTrainer.train(data(600, 1), o, null);
        assertThat(f1(head, data(300, 2))).isGreaterThan(0.85);
        CueHead blind = CueHeadTrainer.train(data(600, 1), new CueHeadTrainer.Options(0, 16, 30, 1f, 0.01f, 1), null);
        assertThat(f1(blind, data(300, 2))).isLessThan(0.7); // without the neighbour the rule cannot be learnt
    }

    @Test
    void subsamplingNegativesKeepsTheLogitsCalibrated() {
        List<CueHeadTrainer.Sentence> test = data(300, 2);
        CueHead all = CueHeadTrainer.train(data(600, 1), new CueHeadTrainer.Options(1, 16, 30, 1f, 0.01f, 1), null);
        CueHead some = CueHeadTrainer.train(data(600, 1), new CueHeadTrainer.Options(1, 16, 60, 0.3f, 0.01f, 1), null);
        assertThat(meanProbability(some, test)).isCloseTo(meanProbability(all, test),
                org.assertj.core.data.Offset.offset(0.05));
        assertThat(f1(some, test)).isGreaterThan(0.8);
    }

    static double meanProbability(CueHead head, List<CueHeadTrainer.Sentence> data) {
        double sum = 0;
        int n = 0;
        for (CueHeadTrainer.Sentence s : data)
            for (float[] l : head.logits(s.vectors())) {
                sum += 1 / (1 + Math.exp(-l[0]));
                n++;
            }
        return sum / n;
    }

    @Test
    void sameSeedSameHeadAndItSurvivesWritingAndReading() throws IOException {
        CueHeadTrainer.Options o = new CueHeadTrainer.Options(1, 4, 2, 0.5f, 0.01f, 9);
        CueHead a = CueHeadTrainer.train(data(50, 3), o, null), b = CueHeadTrainer.train(data(50, 3), o, null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        a.write(new DataOutputStream(bytes));
        CueHead back = CueHead.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        float[][] v = data(1, 4).get(0).vectors();
        assertThat(back.logits(v)).isDeepEqualTo(a.logits(v)).isDeepEqualTo(b.logits(v));
    }

    @Test
    void anEmptySentenceHasNoLogitsAndAOneTokenSentenceOne() {
        CueHead head = CueHeadTrainer.train(data(50, 3), new CueHeadTrainer.Options(2, 4, 1, 1f, 0.01f, 9), null);
        assertThat(head.logits(new float[0][])).isEmpty();
        assertThat(head.logits(new float[][] {{0.1f, 0.2f, 50f}})).hasDimensions(1, 1);
    }
}
