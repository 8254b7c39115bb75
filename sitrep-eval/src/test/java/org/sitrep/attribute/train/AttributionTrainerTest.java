package org.sitrep.attribute.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.attribute.Attribution;
import org.sitrep.attribute.AttributionTagger;
import org.sitrep.attribute.brat.BratAnnotations;
import org.sitrep.model.Doc;
import org.sitrep.model.Span;
import org.sitrep.testkit.TestDocs;

/** Trains a tiny tagger on invented sentences (whitespace tokens, no parse) and checks the whole decode path. */
class AttributionTrainerTest {
    static final String[] SOURCES = {"The mayor", "Officials", "A spokesman", "The ministry", "Residents", "The governor"};
    static final String[] CUES = {"said", "claimed", "announced", "warned"};
    static final String[] CONTENTS = {"the bridge will reopen", "the border is quiet", "troops have left the town",
            "prices will rise", "the river flooded two villages"};
    static final String[] FILLERS = {"The weather was cold", "Traffic moved slowly", "A market opened nearby"};

    /** One invented article and its brat annotation, built together so offsets are right. */
    record Example(Doc doc, BratAnnotations gold) {}

    static Example example(int seed) {
        StringBuilder text = new StringBuilder(), ann = new StringBuilder();
        int t = 0, e = 0;
        for (int k = 0; k < 3; k++) {
            int r = seed * 7 + k * 3;
            text.append(FILLERS[(r) % FILLERS.length]).append(". ");
            String src = SOURCES[r % SOURCES.length], cue = CUES[(r / 2) % CUES.length],
                    content = CONTENTS[(r / 3) % CONTENTS.length];
            int s0 = text.length();
            text.append(src).append(' ');
            int c0 = text.length();
            text.append(cue).append(" that ");
            int x0 = text.length();
            text.append(content).append(". ");
            ann.append("T").append(++t).append("\tSource ").append(s0).append(' ').append(s0 + src.length()).append("\tx\n");
            ann.append("T").append(++t).append("\tCue ").append(c0).append(' ').append(c0 + cue.length()).append("\tx\n");
            ann.append("T").append(++t).append("\tContent ").append(x0).append(' ').append(x0 + content.length()).append("\tx\n");
            ann.append("E").append(++e).append("\tAttribution:T").append(t - 1).append(" Source:T").append(t - 2)
                    .append(" Cue:T").append(t - 1).append(" Content:T").append(t).append('\n');
        }
        return new Example(TestDocs.tokenized(text.toString().strip()), BratAnnotations.parse(ann.toString()));
    }

    static AttributionTagger trained() {
        List<Doc> docs = new ArrayList<>();
        List<BratAnnotations> gold = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Example x = example(i);
            docs.add(x.doc());
            gold.add(x.gold());
        }
        AttributionTrainer.Options o = new AttributionTrainer.Options(4, 4, 16, 1, 1, 0, 0, 0, 0, 0, false, 7);
        return AttributionTrainer.train(docs, gold, o, "test", new java.io.PrintStream(new ByteArrayOutputStream()));
    }

    @Test
    void findsCueSourceAndContentOfAnUnseenSentence() {
        String text = "Roads were empty. The governor warned that prices will rise. A market opened nearby.";
        List<Attribution> found = trained().tag(TestDocs.tokenized(text));
        assertThat(found).hasSize(1);
        Attribution a = found.get(0);
        assertThat(a.cue().of(text)).isEqualTo("warned");
        assertThat(a.source()).extracting(s -> s.of(text)).containsExactly("The governor");
        assertThat(String.join(" ", a.content().stream().map(s -> s.of(text)).toList())).contains("prices will rise");
        assertThat(a.confidence()).isBetween(0.5, 1.0);
    }

    @Test
    void sentencesWithoutReportingHaveNoAttributions() {
        assertThat(trained().tag(TestDocs.tokenized("The weather was cold. Traffic moved slowly."))).isEmpty();
    }

    @Test
    void emptyDocumentHasNoAttributions() {
        assertThat(trained().tag(TestDocs.tokenized(""))).isEmpty();
    }

    @Test
    void modelSurvivesWritingAndReading() throws IOException {
        AttributionTagger tagger = trained();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        tagger.write(bytes);
        AttributionTagger back = AttributionTagger.read(new ByteArrayInputStream(bytes.toByteArray()));
        Doc doc = example(99).doc();
        List<Attribution> before = tagger.tag(doc), after = back.tag(doc);
        assertThat(before).isNotEmpty();
        // weights are stored in 16 bits: the same spans, confidences within rounding
        assertThat(after).extracting(Attribution::cue, Attribution::source, Attribution::content)
                .isEqualTo(before.stream().map(a -> org.assertj.core.groups.Tuple.tuple(a.cue(), a.source(), a.content())).toList());
        for (int i = 0; i < before.size(); i++)
            assertThat(after.get(i).confidence()).isCloseTo(before.get(i).confidence(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(back.provenance()).isEqualTo("test");
    }

    @Test
    void spansLieInsideTheText() {
        Doc doc = example(5).doc();
        for (Attribution a : trained().tag(doc)) {
            List<Span> all = new ArrayList<>(a.source());
            all.addAll(a.content());
            all.add(a.cue());
            for (Span s : all) assertThat(s.end()).isLessThanOrEqualTo(doc.text().length());
        }
    }

    /** Fake encoder vectors: [1, 0.5] for a reporting verb (including ones never seen in training), [0, 0.5] else. */
    static Doc withVectors(Doc doc) {
        List<org.sitrep.model.Token> tokens = doc.get(org.sitrep.model.Layer.TOKENS);
        float[] v = new float[tokens.size() * 2];
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).span().of(doc.text());
            v[2 * i] = java.util.Arrays.asList(CUES).contains(w) || w.equals("stated") ? 1 : 0;
            v[2 * i + 1] = 0.5f;
        }
        return doc.with(org.sitrep.model.Layer.EMBEDDINGS, List.of(new org.sitrep.model.Embeddings("fake", 2, v,
                new float[doc.get(org.sitrep.model.Layer.SENTENCES).size() * 2])));
    }

    static void examplesWithVectors(List<Doc> docs, List<BratAnnotations> gold) {
        for (int i = 0; i < 30; i++) {
            Example x = example(i);
            docs.add(withVectors(x.doc()));
            gold.add(x.gold());
        }
    }

    @Test
    void aCueModelOnEncoderVectorsFindsAVerbNeverSeenInTrainingAndKeepsTheBaseRoleModel() throws IOException {
        List<Doc> docs = new ArrayList<>();
        List<BratAnnotations> gold = new ArrayList<>();
        examplesWithVectors(docs, gold);
        AttributionTagger base = trained();
        AttributionTrainer.Options o = new AttributionTrainer.Options(4, 4, 16, 1, 1, 0, 0, 0, 0, 0, false, 7, 0, 1f, false);
        AttributionTagger tagger = AttributionTrainer.train(docs, gold, o, base, "enc",
                new java.io.PrintStream(new ByteArrayOutputStream()));
        assertThat(tagger.encoding()).isEqualTo(new AttributionTagger.Encoding("fake", 0, 1f));
        String text = "Roads were empty. The governor stated prices will rise. A market opened nearby.";
        Doc doc = withVectors(TestDocs.tokenized(text));
        List<Attribution> found = tagger.tag(doc);
        assertThat(found).extracting(a -> a.cue().of(text)).containsExactly("stated");
        // the same words with a vector that does not mark "stated": the cue is weaker or gone
        Doc plain = withVectors(TestDocs.tokenized(text.replace("stated", "statex")));
        double without = tagger.tag(plain).stream().mapToDouble(Attribution::confidence).max().orElse(0);
        assertThat(found.get(0).confidence()).isGreaterThan(without);
        assertThat(found.get(0).source()).extracting(s -> s.of(text)).containsExactly("The governor");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        tagger.write(bytes);
        AttributionTagger back = AttributionTagger.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(back.encoding()).isEqualTo(tagger.encoding());
        assertThat(back.tag(doc)).extracting(Attribution::cue).containsExactly(found.get(0).cue());
    }

    @Test
    void aCueModelOnACueHeadsLogitsFindsAVerbNeverSeenInTrainingAndSurvivesWritingAndReading() throws IOException {
        List<Doc> docs = new ArrayList<>();
        List<BratAnnotations> gold = new ArrayList<>();
        examplesWithVectors(docs, gold);
        AttributionTrainer.Options o = new AttributionTrainer.Options(4, 4, 16, 1, 1, 0, 0, 0, 0, 0, false, 7, 0, 1f,
                false, new CueHeadTrainer.Options(1, 8, 40, 0.5f, 0.01f, 3), 2);
        AttributionTagger tagger = AttributionTrainer.train(docs, gold, o, trained(), "head",
                new java.io.PrintStream(new ByteArrayOutputStream()));
        String text = "Roads were empty. The governor stated prices will rise. A market opened nearby.";
        Doc doc = withVectors(TestDocs.tokenized(text));
        List<Attribution> found = tagger.tag(doc);
        assertThat(found).extracting(a -> a.cue().of(text)).containsExactly("stated");
        Doc plain = withVectors(TestDocs.tokenized(text.replace("stated", "statex")));
        double without = tagger.tag(plain).stream().mapToDouble(Attribution::confidence).max().orElse(0);
        assertThat(found.get(0).confidence()).isGreaterThan(without);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        tagger.write(bytes);
        AttributionTagger back = AttributionTagger.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(back.tag(doc)).extracting(Attribution::cue).containsExactly(found.get(0).cue());
        assertThat(back.tag(doc).get(0).confidence()).isCloseTo(found.get(0).confidence(),
                org.assertj.core.data.Offset.offset(0.01));
    }
}
