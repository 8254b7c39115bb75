package org.sitrep.eval;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.encode.Encoder;
import org.sitrep.model.Embeddings;

/**
 * Encoder vectors of ECB+ mentions: the vector of each mention's sentence and the mean of its words' vectors (the
 * trigger in context), computed sentence by sentence and kept in a cache file, so that later runs on this slow machine
 * only read them. Keys: {@code doc#sentence} for sentences, the mention id for triggers.
 */
public final class MentionVectors {
    private final Map<String, float[]> vectors;

    private MentionVectors(Map<String, float[]> vectors) {
        this.vectors = vectors;
    }

    /** None: every lookup gives null. */
    public static MentionVectors none() {
        return new MentionVectors(Map.of());
    }

    public float[] sentence(EcbPlus.Mention m) {
        return vectors.get(m.doc() + "#" + m.sentence());
    }

    public float[] trigger(EcbPlus.Mention m) {
        return vectors.get(m.id());
    }

    /**
     * Vectors of the corpus's mentions: read from {@code cache} (if given and written by the same model), the missing
     * ones encoded and the cache rewritten.
     */
    public static MentionVectors of(Encoder encoder, EcbPlus.Corpus corpus, Path cache) throws IOException {
        Map<String, float[]> known = cache != null && Files.exists(cache) ? read(cache, encoder.model()) : new HashMap<>();
        Map<String, EcbPlus.Document> docs = new HashMap<>();
        for (EcbPlus.Document d : corpus.documents()) docs.put(d.id(), d);
        // the sentences to encode, each with the mentions it holds
        Map<String, List<EcbPlus.Mention>> todo = new LinkedHashMap<>();
        for (EcbPlus.Mention m : corpus.mentions())
            if (!known.containsKey(m.id()) || !known.containsKey(m.doc() + "#" + m.sentence()))
                todo.computeIfAbsent(m.doc() + "#" + m.sentence(), k -> new ArrayList<>()).add(m);
        List<String> keys = new ArrayList<>(todo.keySet());
        for (int from = 0; from < keys.size(); from += 64) {
            List<String> batch = keys.subList(from, Math.min(keys.size(), from + 64));
            List<String[]> words = new ArrayList<>();
            for (String k : batch) {
                EcbPlus.Mention m = todo.get(k).get(0);
                words.add(docs.get(m.doc()).sentences().get(m.sentence()).toArray(String[]::new));
            }
            Embeddings e = encoder.encode(words);
            int offset = 0;
            for (int s = 0; s < batch.size(); s++) {
                known.put(batch.get(s), e.sentence(s));
                for (EcbPlus.Mention m : todo.get(batch.get(s))) {
                    float[] mean = new float[e.dimension()];
                    for (int p : m.positions()) {
                        float[] t = e.token(offset + p);
                        for (int d = 0; d < mean.length; d++) mean[d] += t[d] / m.positions().size();
                    }
                    known.put(m.id(), mean);
                }
                offset += words.get(s).length;
            }
        }
        if (cache != null && !todo.isEmpty()) write(cache, encoder.model(), known);
        return new MentionVectors(known);
    }

    private static Map<String, float[]> read(Path file, String model) throws IOException {
        Map<String, float[]> out = new HashMap<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (!in.readUTF().equals(model)) return out; // another model's vectors: start afresh
            int dim = in.readInt();
            while (true) {
                String key;
                try {
                    key = in.readUTF();
                } catch (EOFException end) {
                    return out;
                }
                float[] v = new float[dim];
                for (int d = 0; d < dim; d++) v[d] = in.readFloat();
                out.put(key, v);
            }
        }
    }

    private static void write(Path file, String model, Map<String, float[]> vectors) throws IOException {
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
            out.writeUTF(model);
            out.writeInt(vectors.values().iterator().next().length);
            for (var e : vectors.entrySet()) {
                out.writeUTF(e.getKey());
                for (float x : e.getValue()) out.writeFloat(x);
            }
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Cosine of two vectors; 0 when either is missing or zero. */
    static double cosine(float[] a, float[] b) {
        if (a == null || b == null) return 0;
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
