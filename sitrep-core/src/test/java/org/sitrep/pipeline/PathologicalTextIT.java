package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.model.Token;
import org.sitrep.testkit.Invariants;
import org.sitrep.testkit.PathologicalTexts;
import org.sitrep.testkit.TestDocs;

/**
 * Pathological text through the standard pipeline under the default budget: what is over the limit is refused
 * before any NLP, what is long but normal goes through whole, and offsets stay valid UTF-16 in everything stored.
 */
class PathologicalTextIT {
    private static final Analyzer ANALYZER = Analyzer.standard();

    private record Outcome(List<Doc> docs, List<AnalysisFailure> failures) {}

    private static Outcome run(String... texts) {
        List<Doc> docs = new ArrayList<>();
        List<AnalysisFailure> failures = new ArrayList<>();
        try (BatchRunner runner = new BatchRunner(ANALYZER, 2, Budget.DEFAULT, docs::add, failures::add)) {
            for (String t : texts) runner.submit(TestDocs.article(t));
        }
        return new Outcome(docs, failures);
    }

    @Test
    void aFiveMegabyteParagraphIsRefusedAsTooLongAndTheRestOfTheBatchIsAnalyzed() {
        String dump = PathologicalTexts.oneParagraph(5 * 1024 * 1024);
        String good = PathologicalTexts.report(300);
        Outcome out = run(dump, good);
        assertThat(out.failures).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(AnalysisFailure.TOO_LONG);
            assertThat(f.article().text()).hasSize(dump.length());
        });
        assertThat(out.docs).singleElement().satisfies(d -> {
            assertThat(d.text()).isEqualTo(good);
            assertThat(d.get(Layer.CLAIMS)).isNotEmpty();
            Invariants.checkUtf16(d);
        });
    }

    @Test
    void aTwentyThousandWordReportGoesThroughWhole() {
        String report = PathologicalTexts.report(20_000);
        Outcome out = run(report);
        assertThat(out.failures).isEmpty();
        Doc doc = out.docs.get(0);
        Invariants.checkUtf16(doc);
        List<Token> tokens = doc.get(Layer.TOKENS);
        assertThat(tokens.get(tokens.size() - 1).span().end()).as("tokens reach the end of the text")
                .isEqualTo(report.stripTrailing().length());
        assertThat(tokens.size()).isGreaterThan(20_000);
        // Claims all through it, not only at the start.
        assertThat(doc.get(Layer.CLAIMS)).anySatisfy(c -> assertThat(c.cue().start()).isGreaterThan(report.length() * 9 / 10));
    }

    @Test
    void tenThousandOneWordSentencesKeepValidOffsets() {
        String text = PathologicalTexts.oneWordSentences(10_000);
        Outcome out = run(text);
        assertThat(out.failures).isEmpty();
        Doc doc = out.docs.get(0);
        Invariants.checkUtf16(doc);
        assertThat(doc.get(Layer.SENTENCES)).hasSizeGreaterThan(5_000);
    }

    @Test
    void bidiMarksEmojiCombiningMarksAndLineSeparatorsKeepValidOffsets() {
        String text = PathologicalTexts.unicodeMix();
        Outcome out = run(text, text.repeat(3));
        assertThat(out.failures).isEmpty();
        assertThat(out.docs).hasSize(2).allSatisfy(Invariants::checkUtf16);
        Doc doc = out.docs.stream().filter(d -> d.text().equals(text)).findFirst().orElseThrow();
        assertThat(doc.get(Layer.TOKENS)).extracting(t -> text.substring(t.span().start(), t.span().end()))
                .contains("Kharkiv", "shelling", "12");
    }

    @Test
    void aTimeBudgetTooSmallForTheArticleIsATimeoutNotAStall() {
        Article report = TestDocs.article(PathologicalTexts.report(5_000));
        ANALYZER.analyze(TestDocs.article("Kyiv said.")); // models loaded outside the budget under test
        List<AnalysisFailure> failures = new ArrayList<>();
        List<Doc> docs = new ArrayList<>();
        long start = System.nanoTime();
        try (BatchRunner runner = new BatchRunner(ANALYZER, 1, new Budget(Budget.DEFAULT_MAX_TOKENS,
                java.time.Duration.ofMillis(200)), docs::add, failures::add)) {
            runner.submit(report);
        }
        assertThat(docs).isEmpty();
        assertThat(failures).extracting(AnalysisFailure::code).containsExactly(AnalysisFailure.TIMEOUT);
        assertThat((System.nanoTime() - start) / 1_000_000_000).as("seconds until the batch ended").isLessThan(60);
    }
}
