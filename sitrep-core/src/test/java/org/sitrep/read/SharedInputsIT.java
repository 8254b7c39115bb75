package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.testkit.EvalData;

/**
 * The shared inputs, read in place and never copied: the benchmark corpus
 * (shared/eval/ukraine-news-gdelt-447/articles.jsonl) with its own field names, and the seed article
 * (shared/seeds/kursk-2025-04-28.txt) whose text starts on the date line. A missing file skips, or fails under CI
 * ({@link EvalData}).
 */
class SharedInputsIT {
    @Test
    void all447ArticlesRead() {
        Path file = EvalData.require("eval/ukraine-news-gdelt-447/articles.jsonl");
        List<Article> articles = new ArrayList<>();
        List<ReadFailure> failures = new ArrayList<>();
        ArticleReader.defaults().read(List.of(file), articles::add, failures::add);

        assertThat(failures).isEmpty();
        assertThat(articles).hasSize(447);
        assertThat(articles).allSatisfy(a -> {
            assertThat(a.publishedAt()).isNotNull();
            assertThat(a.published()).isBetween(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31));
            assertThat(a.language()).isEqualTo("en");
            assertThat(a.source()).contains(":line ").contains("(id ");
        });
        // The corpus holds the same text more than once (crawled twice, no url): those must share an id, others not.
        long distinctTexts = articles.stream().map(a -> a.text().replaceAll("\\s+", " ")).distinct().count();
        long distinctIds = articles.stream().map(Article::id).distinct().count();
        assertThat(distinctIds).isEqualTo(distinctTexts).isLessThan(447);
    }

    @Test
    void theSeedArticleReads() {
        Path file = EvalData.require("seeds/kursk-2025-04-28.txt");
        List<Article> articles = new ArrayList<>();
        List<ReadFailure> failures = new ArrayList<>();
        ArticleReader.defaults().read(List.of(file), articles::add, failures::add);

        assertThat(failures).isEmpty();
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.published()).isEqualTo(LocalDate.of(2025, 4, 28));
            assertThat(a.text()).doesNotStartWith("date").doesNotStartWith(" ").contains("\n\n");
        });
    }
}
