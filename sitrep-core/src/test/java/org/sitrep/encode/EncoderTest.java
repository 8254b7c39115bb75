package org.sitrep.encode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Embeddings;

/** The encoder's piece, window, batch and pooling logic with a fake tokenizer and network: no model. */
class EncoderTest {
    /** One piece per started 3 characters; the piece id is 1000 + the word's length; no piece for "". */
    static final class FakeTokenizer implements Encoder.Tokenizer {
        public int[][] pieces(String[] words) {
            int[][] out = new int[words.length][];
            for (int w = 0; w < words.length; w++) {
                out[w] = new int[(words[w].length() + 2) / 3];
                java.util.Arrays.fill(out[w], 1000 + words[w].length());
            }
            return out;
        }
        public int unknownId() { return 7; }
        public int beginId() { return 1; }
        public int endId() { return 2; }
    }

    /** Position p of a window gets [piece id, p, real length of the window]; records every call's shape. */
    static class FakeNetwork implements Encoder.Network {
        final List<int[]> calls = new ArrayList<>();
        public int dimension() { return 3; }
        public synchronized float[][][] run(long[][] ids, long[][] mask) {
            calls.add(new int[] {ids.length, ids[0].length});
            float[][][] out = new float[ids.length][ids[0].length][3];
            for (int b = 0; b < ids.length; b++) {
                int real = 0;
                for (long m : mask[b]) real += (int) m;
                for (int p = 0; p < ids[b].length; p++) out[b][p] = new float[] {ids[b][p], p, real};
            }
            return out;
        }
    }

    private final FakeNetwork network = new FakeNetwork();
    private final Encoder encoder = new Encoder("fake", new FakeTokenizer(), network, new Encoder.Options(8, 2, 4, 40));

    @Test
    void everyWordGetsTheMeanOfItsOwnPieces() {
        Embeddings e = encoder.encode(List.of(new String[] {"a", "abcd", ""}, new String[] {"xyzxyz"}));
        assertThat(e.tokenCount()).isEqualTo(4);
        assertThat(e.sentenceCount()).isEqualTo(2);
        assertThat(e.token(0)).containsExactly(1001f, 1f, 6f); // [CLS] a abc d [UNK] [SEP]
        assertThat(e.token(1)).containsExactly(1004f, 2.5f, 6f); // its two pieces at positions 2 and 3
        assertThat(e.token(2)[0]).isEqualTo(7f); // no piece: the unknown piece
        assertThat(e.token(3)).containsExactly(1006f, 1.5f, 4f);
        // sentence: mean over its 4 pieces
        assertThat(e.sentence(0)[0]).isEqualTo((1001f + 2 * 1004f + 7f) / 4);
    }

    @Test
    void aWordsPiecesAreCappedAndALongSentenceIsWindowedNotTruncated() {
        String[] words = new String[30];
        for (int i = 0; i < words.length; i++) words[i] = i == 3 ? "x".repeat(60) : "ab";
        Embeddings e = encoder.encode(List.<String[]>of(words));
        assertThat(e.tokenCount()).isEqualTo(30);
        assertThat(e.token(3)[0]).isEqualTo(1060f); // 20 pieces cut to 4, all that word's
        for (int i = 0; i < 30; i++) {
            assertThat(e.token(i)[2]).as("window length of word %d", i).isLessThanOrEqualTo(10f);
            // read from its own piece in whichever window: not a neighbour's, a special piece or padding
            if (i != 3) assertThat(e.token(i)[0]).isEqualTo(1002f);
        }
    }

    @Test
    void windowsAreBatchedWithinTheBudgetAndPaddedToTheLongest() {
        List<String[]> sentences = new ArrayList<>();
        for (int s = 0; s < 10; s++) sentences.add(new String[] {"ab", "ab", "ab"}); // 5 positions each
        encoder.encode(sentences);
        assertThat(network.calls).allSatisfy(c -> assertThat(c[0] * c[1]).isLessThanOrEqualTo(40));
        assertThat(network.calls.stream().mapToInt(c -> c[0]).sum()).isEqualTo(10);
        assertThat(network.calls).hasSize(2);
    }

    @Test
    void nothingToEncodeGivesEmptyOrZeroVectorsWithoutCallingTheNetwork() {
        Embeddings none = encoder.encode(List.of());
        assertThat(none.tokenCount()).isZero();
        Embeddings empty = encoder.encode(List.<String[]>of(new String[0]));
        assertThat(empty.sentence(0)).containsOnly(0f);
        assertThat(network.calls).isEmpty();
    }
}
