package org.sitrep.encode;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Doc;
import org.sitrep.model.Embeddings;
import org.sitrep.model.Layer;
import org.sitrep.testkit.TestDocs;

class EncodeStageTest {
    private static Encoder fake(Encoder.Network network) {
        return new Encoder("fake", new EncoderTest.FakeTokenizer(), network, Encoder.Options.defaults());
    }

    @Test
    void everyTokenAndSentenceGetsAVector() {
        Doc doc = TestDocs.tokenized("Kyiv said it. Moscow denied it.");
        Doc out = new EncodeStage(() -> fake(new EncoderTest.FakeNetwork())).apply(doc);
        Embeddings e = out.get(Layer.EMBEDDINGS).get(0);
        assertThat(e.tokenCount()).isEqualTo(doc.get(Layer.TOKENS).size());
        assertThat(e.sentenceCount()).isEqualTo(doc.get(Layer.SENTENCES).size());
        assertThat(e.token(0)[0]).isEqualTo(1004f); // "Kyiv"
        assertThat(out.issues()).isEmpty();
        assertThat(org.sitrep.json.StandoffJson.write(out)).doesNotContain("embeddings");
    }

    @Test
    void anEncoderIsChosenByShortOrModelNameAndAnotherThanMiniLmHasItsOwnVersion() {
        assertThat(EncodeStage.of("minilm").version()).isEqualTo(new EncodeStage().version()).isEqualTo("1");
        assertThat(EncodeStage.of(Encoder.MODELS.get("minilm")).version()).isEqualTo("1");
        assertThat(EncodeStage.of("bert-base").version()).isEqualTo("1+bert-base");
        assertThat(EncodeStage.of(Encoder.MODELS.get("bert-base")).version()).isEqualTo("1+bert-base");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EncodeStage.of("gpt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bert-base");
    }

    @Test
    void aFailingEncoderLeavesZeroVectorsAndAnIssue() {
        Encoder.Network broken = new EncoderTest.FakeNetwork() {
            @Override
            public float[][][] run(long[][] ids, long[][] mask) {
                throw new IllegalStateException("boom");
            }
        };
        Doc doc = TestDocs.tokenized("Kyiv said it.");
        Doc out = new EncodeStage(() -> fake(broken)).apply(doc);
        assertThat(out.get(Layer.EMBEDDINGS).get(0).tokens()).hasSize(doc.get(Layer.TOKENS).size() * 3).containsOnly(0f);
        assertThat(out.issues()).extracting(i -> i.code()).containsExactly("encode.failed");
    }

    @Test
    void anEmptyDocumentGetsAnEmptyLayer() {
        Doc out = new EncodeStage(() -> fake(new EncoderTest.FakeNetwork())).apply(TestDocs.tokenized(""));
        assertThat(out.get(Layer.EMBEDDINGS)).hasSize(1);
        assertThat(out.get(Layer.EMBEDDINGS).get(0).tokenCount()).isZero();
        assertThat(out.issues()).isEmpty();
    }
}
