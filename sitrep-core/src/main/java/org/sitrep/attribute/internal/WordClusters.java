package org.sitrep.attribute.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word classes for generalizing beyond the training vocabulary: k-means clusters (at two granularities) of the
 * 50-dimensional word embeddings inside CoreNLP's English UD dependency parser model, so a reporting verb never
 * seen in training ("lamented") shares a class with seen ones. Built once at training time and stored with the
 * model. Immutable after construction.
 */
public final class WordClusters {
    private final Map<String, short[]> classes;

    private WordClusters(Map<String, short[]> classes) {
        this.classes = classes;
    }

    public static WordClusters empty() {
        return new WordClusters(Map.of());
    }

    /** The word's class at granularity {@code level} (0 coarse, 1 fine) as a feature value, "?" when unknown. */
    public String of(String lowerWord, int level) {
        short[] c = classes.get(lowerWord);
        return c == null ? "?" : String.valueOf(c[level]);
    }

    public int size() {
        return classes.size();
    }

    /**
     * Clusters embeddings (one unit vector per lower-cased word, e.g. {@code org.sitrep.nlp.ParserEmbeddings}) into
     * k0 and k1 classes.
     */
    public static WordClusters of(List<String> words, List<float[]> vectors, int k0, int k1, int iterations) {
        int[] c0 = kmeans(vectors, k0, iterations), c1 = kmeans(vectors, k1, iterations);
        Map<String, short[]> classes = new HashMap<>();
        for (int i = 0; i < words.size(); i++) classes.put(words.get(i), new short[] {(short) c0[i], (short) c1[i]});
        return new WordClusters(classes);
    }

    /** Plain k-means on unit vectors (dot-product assignment), centroids seeded by an even stride: deterministic. */
    static int[] kmeans(List<float[]> x, int k, int iterations) {
        int n = x.size(), dim = x.get(0).length;
        float[][] centroid = new float[k][];
        for (int c = 0; c < k; c++) centroid[c] = x.get((int) ((long) c * n / k)).clone();
        int[] assign = new int[n];
        for (int it = 0; it < iterations; it++) {
            for (int i = 0; i < n; i++) {
                float[] v = x.get(i);
                float best = Float.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    float[] m = centroid[c];
                    float s = 0;
                    for (int d = 0; d < dim; d++) s += v[d] * m[d];
                    if (s > best) {
                        best = s;
                        assign[i] = c;
                    }
                }
            }
            float[][] sum = new float[k][dim];
            int[] count = new int[k];
            for (int i = 0; i < n; i++) {
                count[assign[i]]++;
                float[] v = x.get(i);
                for (int d = 0; d < dim; d++) sum[assign[i]][d] += v[d];
            }
            for (int c = 0; c < k; c++) {
                if (count[c] == 0) continue;
                double norm = 0;
                for (int d = 0; d < dim; d++) norm += sum[c][d] * sum[c][d];
                norm = Math.sqrt(norm) + 1e-9;
                for (int d = 0; d < dim; d++) sum[c][d] /= (float) norm;
                centroid[c] = sum[c];
            }
        }
        return assign;
    }

    public void write(DataOutputStream out) throws IOException {
        out.writeInt(classes.size());
        List<String> words = new ArrayList<>(classes.keySet());
        words.sort(null);
        for (String w : words) {
            out.writeUTF(w);
            out.writeShort(classes.get(w)[0]);
            out.writeShort(classes.get(w)[1]);
        }
    }

    public static WordClusters read(DataInputStream in) throws IOException {
        int n = in.readInt();
        Map<String, short[]> classes = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) classes.put(in.readUTF(), new short[] {in.readShort(), in.readShort()});
        return new WordClusters(classes);
    }
}
