package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

/**
 * The shared inputs, read in place and never copied: the benchmark corpus
 * (shared/eval/ukraine-news-gdelt-447/articles.jsonl) with its own field names, and the seed article
 * (shared/seeds/kursk-2025-04-28.txt) whose text starts on the date line. Skipped when the shared folder is absent.
 */
class SharedInputsIT {
    @Test
    void all447ArticlesRead() {
        Path file = sharedEval().resolve("ukraine-news-gdelt-447/articles.jsonl");
        Assumptions.assumeTrue(Files.isRegularFile(file), "benchmark corpus not found at " + file + ": skipped");
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
        Path file = sharedEval().resolveSibling("seeds").resolve("kursk-2025-04-28.txt");
        Assumptions.assumeTrue(Files.isRegularFile(file), "seed article not found at " + file + ": skipped");
        List<Article> articles = new ArrayList<>();
        List<ReadFailure> failures = new ArrayList<>();
        ArticleReader.defaults().read(List.of(file), articles::add, failures::add);

        assertThat(failures).isEmpty();
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.published()).isEqualTo(LocalDate.of(2025, 4, 28));
            assertThat(a.text()).doesNotStartWith("date").doesNotStartWith(" ").contains("\n\n");
        });
    }

    /** SITREP_SHARED/eval if set, else the first shared/eval found walking up from the working directory. */
    static Path sharedEval() {
        String env = System.getenv("SITREP_SHARED");
        if (env != null && !env.isBlank()) return Path.of(env).resolve("eval");
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent())
            if (Files.isDirectory(p.resolve("shared/eval"))) return p.resolve("shared/eval");
        return Path.of("shared/eval");
    }
}
