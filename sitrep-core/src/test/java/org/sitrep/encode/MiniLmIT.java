package org.sitrep.encode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Doc;
import org.sitrep.model.Embeddings;
import org.sitrep.model.Layer;
import org.sitrep.testkit.TestDocs;

/** The bundled MiniLM through ONNX Runtime: real pieces, real vectors, bad input. Loads the model (a few seconds). */
class MiniLmIT {
    private static final Encoder ENCODER = Encoder.miniLm();

    /** Cosine similarity of two vectors (also used by {@link BertBaseIT}). */
    static double cosine(float[] a, float[] b) {
        double ab = 0, aa = 0, bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        return ab / Math.sqrt(aa * bb);
    }

    private static void assertUsable(Embeddings e) {
        for (float f : e.tokens()) assertThat(Float.isFinite(f)).isTrue();
        for (int i = 0; i < e.tokenCount(); i++)
            assertThat(e.token(i)).as("token %d", i).isNotEqualTo(new float[e.dimension()]);
    }

    @Test
    void theTokenizerSpecialIdsAreThoseOfTheBundledVocabulary() {
        Encoder.Tokenizer m = ENCODER.tokenizer();
        assertThat(m.pieces(new String[] {"[UNK]", "[CLS]", "[SEP]"}))
                .isEqualTo(new int[][] {{m.unknownId()}, {m.beginId()}, {m.endId()}});
        assertThat(m.pieces(new String[] {"Gerasimov", "said"})).isEqualTo(new int[][] {{16216, 8180, 25299}, {2056}});
    }

    @Test
    void similarSentencesAndWordsAreCloserThanUnrelatedOnes() {
        Embeddings e = ENCODER.encode(List.of(
                "The defence ministry said the village was captured .".split(" "),
                "The army stated that it took the town .".split(" "),
                "I like baking apple pie on Sundays .".split(" ")));
        assertThat(e.dimension()).isEqualTo(384);
        assertThat(cosine(e.sentence(0), e.sentence(1))).isGreaterThan(cosine(e.sentence(0), e.sentence(2)) + 0.2);
        // "said" (token 3) is nearer to "stated" (token 11) than to "apple" (token 20)
        assertThat(cosine(e.token(3), e.token(11))).isGreaterThan(cosine(e.token(3), e.token(20)));
        assertUsable(e);
    }

    @Test
    void aLongSentenceIsWindowedAndMatchesTheShortOneWhereItHasTheSameContext() {
        String[] words = new String[5000];
        for (int i = 0; i < words.length; i++) words[i] = i % 7 == 6 ? "," : "word" + (i % 50);
        Embeddings e = ENCODER.encode(List.<String[]>of(words));
        assertThat(e.tokenCount()).isEqualTo(5000);
        assertUsable(e);
    }

    @Test
    void emojiUnknownScriptsControlCharactersAndEmptyWordsStillGetVectors() {
        Doc doc = TestDocs.tokenized("😀😀😀 🚀🔥.\nⴰⵣⵓⵍ ᚠᚢᚦ ꦲꦏ꧀ꦱꦫ.\n\u0001\u0002 \uFFFD x.");
        Doc out = new EncodeStage().apply(doc);
        Embeddings e = out.get(Layer.EMBEDDINGS).get(0);
        assertThat(e.tokenCount()).isEqualTo(doc.get(Layer.TOKENS).size());
        assertThat(out.issues()).isEmpty();
        assertUsable(e);
        List<String[]> odd = new ArrayList<>();
        odd.add(new String[] {"", "\u0000", " ", "x".repeat(5000)});
        assertUsable(ENCODER.encode(odd));
    }
}
