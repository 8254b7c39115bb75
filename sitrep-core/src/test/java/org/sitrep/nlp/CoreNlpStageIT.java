package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Doc;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Layer;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;
import org.sitrep.testkit.Invariants;
import org.sitrep.testkit.TestDocs;

/** Loads the real CoreNLP models (once for the JVM). */
class CoreNlpStageIT {
    private static final String TEXT = """
            Ukraineʼs General Staff said on Tuesday that 14 clashes had occurred near Pokrovsk.

            Russian Defence Minister Andrei Belousov claimed on April 26 that the village was “liberated”. \
            Kyiv denied it the next day.""";

    private static final CoreNlpStage WITH_SUTIME = new CoreNlpStage(CoreNlpStage.DEFAULT_ANNOTATORS, true);

    private static Doc analyzed() {
        return WITH_SUTIME.apply(Doc.of(TestDocs.article(TEXT, LocalDate.of(2025, 4, 30))));
    }

    @Test
    void translatesTokensWithOffsetsIntoTheOriginalText() {
        Doc doc = analyzed();
        Invariants.check(doc);
        List<Token> tokens = doc.get(Layer.TOKENS);
        assertThat(tokens.get(0).span().of(TEXT)).isEqualTo("Ukraine");
        assertThat(tokens).anySatisfy(t -> {
            assertThat(t.span().of(TEXT)).isEqualTo("clashes");
            assertThat(t.lemma()).isEqualTo("clash");
            assertThat(t.pos()).isEqualTo("NNS");
        });
        assertThat(doc.get(Layer.SENTENCES)).hasSize(3);
        assertThat(doc.get(Layer.DEPENDENCIES)).anySatisfy(d -> assertThat(d.relation()).isEqualTo("nsubj"));
    }

    @Test
    void anchorsDatesToThePublicationDate() {
        List<TimeExpression> times = analyzed().get(Layer.TIMEXES);
        assertThat(times).anySatisfy(t -> {
            assertThat(t.span().of(TEXT)).isEqualTo("April 26");
            assertThat(t.value()).isEqualTo("2025-04-26");
        });
        // 2025-04-30 is a Wednesday: "on Tuesday" in a past-tense report is the day before.
        assertThat(times).anySatisfy(t -> assertThat(t.span().of(TEXT)).isEqualTo("Tuesday"));
    }

    @Test
    void findsNamedEntities() {
        List<EntityMention> entities = analyzed().get(Layer.ENTITIES);
        assertThat(entities).anySatisfy(e -> {
            assertThat(e.span().of(TEXT)).isEqualTo("Andrei Belousov");
            assertThat(e.kind()).isEqualTo("PERSON");
        });
        assertThat(entities).anySatisfy(e -> assertThat(e.span().of(TEXT)).isEqualTo("Pokrovsk"));
    }

    @Test
    void sharesOnePipelinePerConfiguration() {
        analyzed();
        int loaded = CoreNlpPipelines.loadedCount();
        new CoreNlpStage(CoreNlpStage.DEFAULT_ANNOTATORS, true).apply(Doc.of(TestDocs.article("Kyiv.")));
        assertThat(CoreNlpPipelines.loadedCount()).isEqualTo(loaded);
    }

    @Test
    void splitsSentencesGluedByScrapingWithoutChangingTheText() {
        String glued = "The envoy met officials in Vilnius.Nauseda said the talks went well.He thanked the allies.";
        Doc doc = WITH_SUTIME.apply(Doc.of(TestDocs.article(glued)));
        Invariants.check(doc);
        assertThat(doc.text()).isEqualTo(glued);
        assertThat(doc.get(Layer.SENTENCES)).hasSize(3);
        assertThat(doc.get(Layer.TOKENS)).extracting(t -> t.span().of(glued))
                .contains("Vilnius", ".", "Nauseda", "well", "He").doesNotContain("Vilnius.Nauseda", "well.He");
        assertThat(doc.get(Layer.ENTITIES)).anySatisfy(e -> assertThat(e.span().of(glued)).isEqualTo("Nauseda"));
    }

    @Test
    void emptyTextGivesEmptyLayers() {
        Doc doc = WITH_SUTIME.apply(Doc.of(TestDocs.article("")));
        assertThat(doc.get(Layer.TOKENS)).isEmpty();
        assertThat(doc.has(Layer.TIMEXES)).isTrue();
        // The standard pipeline's stage leaves times to HeidelTime.
        assertThat(new CoreNlpStage().produces()).doesNotContain(Layer.TIMEXES);
    }
}
