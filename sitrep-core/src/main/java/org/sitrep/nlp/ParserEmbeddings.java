package org.sitrep.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The word embeddings inside CoreNLP's English UD dependency parser model (50 dimensions), read from the model
 * file on the classpath: CoreNLP's file format stays in this adapter package. Used at training time to build word
 * classes; the runtime never reads them.
 *
 * @param words   lower-cased words, first occurrence kept, the parser's special tokens ("-ROOT-") left out
 * @param vectors one unit-length vector per word, same order
 */
public record ParserEmbeddings(List<String> words, List<float[]> vectors) {
    /** Classpath resource of the parser model (from the CoreNLP models jar). */
    public static final String NNDEP_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    /** Reads the embeddings of {@link #NNDEP_MODEL}; throws when the models jar is not on the classpath. */
    public static ParserEmbeddings english() throws IOException {
        InputStream raw = ParserEmbeddings.class.getClassLoader().getResourceAsStream(NNDEP_MODEL);
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
            Set<String> seen = new HashSet<>();
            int read = 0;
            for (; line != null && read < dict + 3; line = in.readLine(), read++) {
                String[] parts = line.split(" ");
                if (parts.length != dim + 1) break;
                String w = parts[0].toLowerCase(Locale.ROOT);
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
        return new ParserEmbeddings(List.copyOf(words), List.copyOf(vectors));
    }
}
