package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.pipeline.PipelineTest.FakeStage;
import org.sitrep.testkit.TestDocs;

/** The batch runner's budget and streaming, with stages that sleep, spin or throw instead of real NLP. */
class BatchRunnerTest {
    private static final Duration SHORT = Duration.ofMillis(300);
    private static volatile boolean released, spinnerDone;

    private static Analyzer analyzer(UnaryOperator<Doc> body) {
        return new Analyzer(Pipeline.of(new FakeStage("fake", Set.of(), Set.of(Layer.TOKENS),
                d -> body.apply(d).with(Layer.TOKENS, List.of()))));
    }

    /** Every article's text says how it behaves: "sleep", "spin" (ignores interrupts), "throw", or anything else. */
    private static Doc behave(Doc d) {
        String text = d.text();
        if (text.startsWith("sleep")) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted");
            }
        } else if (text.startsWith("spin")) {
            // Deaf to interrupts, like a runaway regex, until the test lets it go (or 60 s pass).
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!released && System.nanoTime() < until) Thread.onSpinWait();
            spinnerDone = true;
        } else if (text.startsWith("throw")) {
            throw new IllegalArgumentException("bad article");
        }
        return d;
    }

    private record Outcome(List<String> stored, List<AnalysisFailure> failures, long millis) {
        List<String> codes() {
            return failures.stream().map(AnalysisFailure::code).toList();
        }
    }

    private static Outcome run(int threads, Budget budget, String... texts) {
        List<String> stored = Collections.synchronizedList(new ArrayList<>());
        List<AnalysisFailure> failures = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        try (BatchRunner runner = new BatchRunner(analyzer(BatchRunnerTest::behave), threads, budget,
                d -> stored.add(d.text()), failures::add)) {
            for (String t : texts) runner.submit(TestDocs.article(t));
        }
        return new Outcome(new ArrayList<>(stored), new ArrayList<>(failures), (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void anArticleOverTheTokenBudgetIsRefusedAndTheOthersGoOn() {
        Outcome out = run(2, new Budget(5, SHORT), "one two three", "one two three four five six", "a b c d e");
        assertThat(out.stored).containsExactlyInAnyOrder("one two three", "a b c d e");
        assertThat(out.failures).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(AnalysisFailure.TOO_LONG);
            assertThat(f.article().text()).isEqualTo("one two three four five six");
            assertThat(f.message()).contains("more than 5 tokens");
        });
    }

    @Test
    void aSlowArticleTimesOutWithinItsBudgetAndTheBatchGoesOn() {
        Outcome out = run(1, new Budget(1000, SHORT), "ok 1", "sleep", "ok 2", "ok 3");
        assertThat(out.stored).containsExactly("ok 1", "ok 2", "ok 3");
        assertThat(out.codes()).containsExactly(AnalysisFailure.TIMEOUT);
        assertThat(out.failures.get(0).message()).contains("longer than 300 ms");
        assertThat(out.millis).as("the sleeping stage would take a minute").isLessThan(30_000);
    }

    @Test
    void aWorkerDeafToInterruptsIsReplacedSoTheBatchKeepsGoing() {
        Outcome out;
        try {
            out = run(1, new Budget(1000, SHORT), "spin", "ok 1", "ok 2");
            assertThat(spinnerDone).as("the batch ended while the stuck worker still spun").isFalse();
        } finally {
            released = true;
        }
        assertThat(out.codes()).containsExactly(AnalysisFailure.TIMEOUT);
        assertThat(out.stored).containsExactly("ok 1", "ok 2");
    }

    @Test
    void aThrowingStageFailsOnlyItsArticle() {
        Outcome out = run(2, Budget.DEFAULT, "ok 1", "throw", "ok 2");
        assertThat(out.stored).containsExactlyInAnyOrder("ok 1", "ok 2");
        assertThat(out.failures).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(AnalysisFailure.FAILED);
            assertThat(f.message()).contains("bad article");
        });
    }

    @Test
    void whatTheSinkThrowsIsAStoreFailureOfThatArticle() {
        List<AnalysisFailure> failures = new ArrayList<>();
        List<String> stored = new ArrayList<>();
        try (BatchRunner runner = new BatchRunner(analyzer(d -> d), 1, Budget.DEFAULT, d -> {
            if (d.text().equals("bad")) throw new IllegalStateException("disk full");
            stored.add(d.text());
        }, failures::add)) {
            for (String t : List.of("a", "bad", "b")) runner.submit(TestDocs.article(t));
        }
        assertThat(stored).containsExactly("a", "b");
        assertThat(failures).extracting(AnalysisFailure::code, AnalysisFailure::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AnalysisFailure.STORE_FAILED, "disk full"));
    }

    @Test
    void everyArticleEndsExactlyOnceUnderManyTimeouts() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 40; i++) texts.add(i % 5 == 0 ? "sleep " + i : "ok " + i);
        Outcome out = run(3, new Budget(1000, Duration.ofMillis(100)), texts.toArray(String[]::new));
        assertThat(out.stored).hasSize(32).doesNotHaveDuplicates().allMatch(t -> t.startsWith("ok"));
        assertThat(out.failures).hasSize(8).allMatch(f -> f.code().equals(AnalysisFailure.TIMEOUT))
                .extracting(f -> f.article().text()).doesNotHaveDuplicates().allMatch(t -> t.startsWith("sleep"));
    }

    @Test
    void tokensAreCountedLikeWordsAndPunctuation() {
        assertThat(Budget.countTokens("", 100)).isZero();
        assertThat(Budget.countTokens("Kyiv said, on Tuesday.", 100)).isEqualTo(6);
        assertThat(Budget.countTokens("Ukraine\u2019s 93rd brigade", 100)).isEqualTo(5);
        // Marks inside a word, RTL marks, line separators and emoji
        assertThat(Budget.countTokens("cafe\u0301 \u200Fمرحبا\u200F\u2028\uD83D\uDE00", 100)).isEqualTo(3);
        assertThat(Budget.countTokens("word ".repeat(1000), 10)).as("stops counting past the limit").isEqualTo(11);
        assertThat(new Budget(3, SHORT).tooLong("a b c")).isFalse();
        assertThat(new Budget(3, SHORT).tooLong("a b c d")).isTrue();
    }
}
