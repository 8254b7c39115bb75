package org.sitrep.encode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Doc;
import org.sitrep.model.Embeddings;
import org.sitrep.model.Issue;
import org.sitrep.model.Layer;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.model.Stage;

/**
 * Runs a pre-trained encoder over the document's sentences and sets {@link Layer#EMBEDDINGS}: a vector for every
 * token and every sentence. Needs {@link Layer#TOKENS} and {@link Layer#SENTENCES}. Never throws on article data:
 * should the encoder fail, the layer holds zero vectors and the document an {@code encode.failed} issue.
 * Thread-safe; the model is shared by all instances ({@link Encoder#miniLm()} by default).
 */
public final class EncodeStage implements Stage {
    /** The stage name, written into Evidence. */
    public static final String NAME = "encode";
    private final java.util.function.Supplier<Encoder> encoder;
    private final String version;

    /** The stage over the bundled MiniLM, loaded on the first document. */
    public EncodeStage() {
        this(Encoder::miniLm);
    }

    public EncodeStage(java.util.function.Supplier<Encoder> encoder) {
        this(encoder, "1");
    }

    private EncodeStage(java.util.function.Supplier<Encoder> encoder, String version) {
        this.encoder = encoder;
        this.version = version;
    }

    /**
     * The stage over the encoder of a short or model name ({@link Encoder#named}), loaded on the first document.
     * Another encoder than MiniLM gives other vectors, so its version names it (caches keyed by version stay apart).
     */
    public static EncodeStage of(String name) {
        String key = Encoder.key(name);
        return new EncodeStage(() -> Encoder.named(key), key.equals("minilm") ? "1" : "1+" + key);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layer.TOKENS, Layer.SENTENCES);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layer.EMBEDDINGS);
    }

    @Override
    public void load() {
        encoder.get();
    }

    @Override
    public Doc apply(Doc doc) {
        Encoder e = encoder.get();
        List<Token> tokens = doc.get(Layer.TOKENS);
        List<Sentence> sentences = doc.get(Layer.SENTENCES);
        List<String[]> words = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            String[] w = new String[Math.max(0, s.endToken() - s.firstToken())];
            for (int i = 0; i < w.length; i++) w[i] = tokens.get(s.firstToken() + i).span().of(doc.text());
            words.add(w);
        }
        int covered = words.stream().mapToInt(w -> w.length).sum();
        try {
            Embeddings found = e.encode(words);
            // tokens outside every sentence (none from CoreNLP) still get a vector: zeros
            if (covered == tokens.size()) return doc.with(Layer.EMBEDDINGS, List.of(found));
            return doc.with(Layer.EMBEDDINGS, List.of(spread(found, sentences, tokens.size(), e.dimension())))
                    .withIssue(new Issue(null, "encode.uncovered", (tokens.size() - covered)
                            + " tokens lie in no sentence; their vectors are zero"));
        } catch (RuntimeException failure) {
            Embeddings zeros = new Embeddings(e.model(), e.dimension(), new float[tokens.size() * e.dimension()],
                    new float[sentences.size() * e.dimension()]);
            return doc.with(Layer.EMBEDDINGS, List.of(zeros)).withIssue(new Issue(null, "encode.failed",
                    "The encoder failed; token vectors are zero: " + failure));
        }
    }

    /** Moves sentence-ordered token vectors to their token indices when some tokens lie outside every sentence. */
    private static Embeddings spread(Embeddings found, List<Sentence> sentences, int tokenCount, int dim) {
        float[] tokens = new float[tokenCount * dim];
        int k = 0;
        for (Sentence s : sentences)
            for (int t = s.firstToken(); t < s.endToken(); t++, k++)
                if (t >= 0 && t < tokenCount) System.arraycopy(found.tokens(), k * dim, tokens, t * dim, dim);
        return new Embeddings(found.model(), dim, tokens, found.sentences());
    }
}
