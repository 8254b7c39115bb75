package org.sitrep.attribute.internal;

import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Word classes for generalizing beyond the training vocabulary: k-means clusters (at two granularities) of the
 * 50-dimensional word embeddings inside CoreNLP's English UD dependency parser model, so a reporting verb never
 * seen in training ("lamented") shares a class with seen ones. Built once at training time and stored with the
 * model. Immutable after construction.
 */
public final class WordClusters {
    public static final String NNDEP_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
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

    /** Clusters the parser model's embeddings (lower-cased words, first occurrence kept) into k0 and k1 classes. */
    public static WordClusters fromParserModel(int k0, int k1, int iterations) throws IOException {
        InputStream raw = WordClusters.class.getClassLoader().getResourceAsStream(NNDEP_MODEL);
        if (raw == null) throw new IOException("CoreNLP parser model " + NNDEP_MODEL + " not on the classpath");
        List<String> words = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            int dict = -1, dim = -1;
            String line;
            while ((line = in.readLine()) != null && (dict < 0 || dim < 0 || !line.contains(" "))) {
                if (line.startsWith("dict=")) dict = Integer.parseInt(line.substring(5).trim());
                if (line.startsWith("embeddingSize=")) dim = Integer.parseInt(line.substring(14).trim());
            }
            java.util.Set<String> seen = new java.util.HashSet<>();
            int read = 0;
            for (; line != null && read < dict + 3; line = in.readLine(), read++) {
                String[] parts = line.split(" ");
                if (parts.length != dim + 1) break;
                String w = parts[0].toLowerCase();
                if (w.startsWith("-") && w.endsWith("-") && w.length() > 2 || !seen.add(w)) continue;
                float[] v = new float[dim];
                double norm = 0;
                for (int d = 0; d < dim; d++) {
                    v[d] = Float.parseFloat(parts[d + 1]);
                    norm += v[d] * v[d];
                }
                norm = Math.sqrt(norm) + 1e-9;
                for (int d = 0; d < dim; d++) v[d] /= (float) norm;
                words.add(w);
                vectors.add(v);
            }
        }
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
