package org.sitrep.encode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.sitrep.model.Embeddings;

/**
 * Gives every word of every sentence a vector from a word-piece encoder, and every sentence one: words are cut into
 * pieces, sentences into windows of at most {@link Options#maxPieces} pieces (overlapping, never truncated; see
 * {@link Windows}), windows of similar length are run through the network together, and each word's vector is the
 * mean of its pieces' vectors in the window where it is farthest from a cut. A sentence's vector is the mean of its
 * pieces' vectors (the special pieces left out). A word the tokenizer gives no piece (control characters, an empty
 * string) is the unknown piece, and a word is cut to {@link Options#maxPiecesPerWord} pieces, so every word gets a
 * vector whatever the input. Thread-safe when its tokenizer and network are.
 */
public final class Encoder {
    /** Word-piece ids for the words of one sentence; a word may get none. Must be thread-safe. */
    public interface Tokenizer {
        int[][] pieces(String[] words);

        int unknownId();

        /** The piece that opens a window ([CLS]) and the one that closes it ([SEP]). */
        int beginId();

        int endId();
    }

    /**
     * Runs the network on a batch of piece sequences, all padded to one length (mask 1 for real pieces, 0 for
     * padding), and returns [sequence][position][dimension]. Must be thread-safe.
     */
    public interface Network {
        float[][][] run(long[][] ids, long[][] mask);

        int dimension();
    }

    /**
     * @param maxPieces        most word pieces per window, the two special pieces not counted
     * @param overlap          pieces shared by consecutive windows of a long sentence, at least
     * @param maxPiecesPerWord a word's pieces beyond this are dropped (its vector comes from the first ones)
     * @param batchPieces      most padded positions run through the network in one call
     */
    public record Options(int maxPieces, int overlap, int maxPiecesPerWord, int batchPieces) {
        public Options {
            if (maxPieces < 2 || overlap < 0 || overlap >= maxPieces || maxPiecesPerWord < 1
                    || maxPiecesPerWord > maxPieces || batchPieces < maxPieces + 2)
                throw new IllegalArgumentException("Encoder options out of range: " + this);
        }

        /**
         * 126 pieces + 2 special ones: the model was trained on sequences of 128 and news sentences rarely need more
         * (attention cost grows with the square of the length); 32 shared pieces give each word context.
         */
        public static Options defaults() {
            return new Options(126, 32, 16, 2048);
        }
    }

    private final String model;
    private final Tokenizer tokenizer;
    private final Network network;
    private final Options options;

    public Encoder(String model, Tokenizer tokenizer, Network network, Options options) {
        this.model = model;
        this.tokenizer = tokenizer;
        this.network = network;
        this.options = options;
    }

    /** The bundled all-MiniLM-L6-v2 (int8), loaded once per JVM on first call and shared by all threads. */
    public static Encoder miniLm() {
        return MiniLm.shared();
    }

    /**
     * BERT-base uncased through TensorFlow Java, loaded once per JVM on first call; an option, not in the default
     * build ({@code mvn -Pbert package}, see {@link BertBase}).
     */
    public static Encoder bertBase() {
        return BertBase.shared();
    }

    /** Short names of the encoders, as the command line takes them, and the model names they write. */
    public static final java.util.Map<String, String> MODELS = java.util.Map.of("minilm", MiniLm.MODEL, "bert-base", BertBase.MODEL);

    /** The short name ({@link #MODELS}) of a short name or of a model name as {@link #model()} gives it. */
    public static String key(String name) {
        if (MODELS.containsKey(name)) return name;
        for (var e : MODELS.entrySet()) if (e.getValue().equals(name)) return e.getKey();
        throw new IllegalArgumentException("No encoder " + name + "; known: " + MODELS.keySet());
    }

    /** The encoder of a short or model name. */
    public static Encoder named(String name) {
        return key(name).equals("minilm") ? miniLm() : bertBase();
    }

    /** Name and version of the model, written into {@link Embeddings#model()}. */
    public String model() {
        return model;
    }

    public int dimension() {
        return network.dimension();
    }

    Tokenizer tokenizer() {
        return tokenizer;
    }

    /** One window to run: its sentence, its word range, and its piece ids with the special pieces. */
    private record Window(int sentence, int firstWord, int endWord, long[] ids) {}

    /**
     * Vectors for the words of each sentence (in order) and for each sentence. An empty list or empty sentences give
     * empty or zero vectors.
     */
    public Embeddings encode(List<String[]> sentences) {
        int dim = network.dimension();
        int[][][] pieces = new int[sentences.size()][][];
        int[] wordOffset = new int[sentences.size() + 1];
        List<Window> windows = new ArrayList<>();
        List<int[]> owners = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            pieces[s] = wordPieces(words);
            wordOffset[s + 1] = wordOffset[s] + words.length;
            int[] counts = new int[words.length];
            for (int w = 0; w < words.length; w++) counts[w] = pieces[s][w].length;
            List<int[]> plan = Windows.plan(counts, options.maxPieces(), options.overlap());
            int first = windows.size();
            for (int[] range : plan) windows.add(new Window(s, range[0], range[1], ids(pieces[s], range[0], range[1])));
            int[] owner = Windows.owners(counts, plan);
            for (int w = 0; w < owner.length; w++) owner[w] += first; // global window index
            owners.add(owner);
        }
        float[][][] out = run(windows);
        float[] tokens = new float[wordOffset[sentences.size()] * dim];
        float[] sentenceVectors = new float[sentences.size() * dim];
        for (int s = 0; s < sentences.size(); s++) {
            int total = 0;
            for (int w = 0; w < pieces[s].length; w++) {
                int win = owners.get(s)[w];
                Window window = windows.get(win);
                // position of the word's first piece: after [CLS] and the pieces of the window's earlier words
                int pos = 1;
                for (int k = window.firstWord(); k < w; k++) pos += pieces[s][k].length;
                int count = pieces[s][w].length, base = (wordOffset[s] + w) * dim;
                for (int p = pos; p < pos + count; p++)
                    for (int d = 0; d < dim; d++) tokens[base + d] += out[win][p][d];
                for (int d = 0; d < dim; d++) {
                    sentenceVectors[s * dim + d] += tokens[base + d];
                    tokens[base + d] /= count;
                }
                total += count;
            }
            if (total > 0) for (int d = 0; d < dim; d++) sentenceVectors[s * dim + d] /= total;
        }
        return new Embeddings(model, dim, tokens, sentenceVectors);
    }

    /** Each word's pieces: at least the unknown piece, at most {@code maxPiecesPerWord}. */
    private int[][] wordPieces(String[] words) {
        int[][] raw = words.length == 0 ? new int[0][] : tokenizer.pieces(words);
        if (raw.length != words.length)
            throw new IllegalStateException("The tokenizer returned pieces for " + raw.length + " words; expected " + words.length);
        int[][] out = new int[words.length][];
        for (int w = 0; w < words.length; w++) {
            int[] p = raw[w] == null || raw[w].length == 0 ? new int[] {tokenizer.unknownId()} : raw[w];
            out[w] = p.length > options.maxPiecesPerWord() ? Arrays.copyOf(p, options.maxPiecesPerWord()) : p;
        }
        return out;
    }

    private long[] ids(int[][] pieces, int from, int to) {
        int n = 2;
        for (int w = from; w < to; w++) n += pieces[w].length;
        long[] ids = new long[n];
        int k = 0;
        ids[k++] = tokenizer.beginId();
        for (int w = from; w < to; w++) for (int p : pieces[w]) ids[k++] = p;
        ids[k] = tokenizer.endId();
        return ids;
    }

    /** Network output per window, [window][position][dimension]; windows of similar length share a call. */
    private float[][][] run(List<Window> windows) {
        float[][][] out = new float[windows.size()][][];
        Integer[] order = new Integer[windows.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingInt(i -> windows.get(i).ids().length));
        int i = 0;
        while (i < order.length) {
            // sorted by length: the last window taken is the longest, so the batch's padded size is count * its length
            int j = i + 1;
            while (j < order.length && (j - i + 1) * windows.get(order[j]).ids().length <= options.batchPieces()) j++;
            int len = windows.get(order[j - 1]).ids().length;
            long[][] ids = new long[j - i][len], mask = new long[j - i][len];
            for (int b = 0; b < j - i; b++) {
                long[] w = windows.get(order[i + b]).ids();
                System.arraycopy(w, 0, ids[b], 0, w.length);
                Arrays.fill(mask[b], 0, w.length, 1L);
            }
            float[][][] result = network.run(ids, mask);
            for (int b = 0; b < j - i; b++) out[order[i + b]] = result[b];
            i = j;
        }
        return out;
    }
}
