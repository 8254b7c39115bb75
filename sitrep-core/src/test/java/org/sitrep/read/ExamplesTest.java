package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

/** The bundled examples/ folder (the README's demo input) reads completely, with the metadata each file declares. */
class ExamplesTest {
    private static final List<Article> articles = new ArrayList<>();
    private static final List<ReadFailure> failures = new ArrayList<>();

    @BeforeAll
    static void readExamples() {
        ArticleReader.defaults().read(List.of(examples()), articles::add, failures::add);
    }

    @Test
    void everyExampleReadsWithoutFailure() {
        assertThat(failures).isEmpty();
        assertThat(articles).hasSize(8);
    }

    @Test
    void outletsAndDatesAreThoseTheFilesDeclare() {
        Map<String, LocalDate> byOutlet = articles.stream()
                .collect(Collectors.toMap(Article::outlet, Article::published, (a, b) -> a, TreeMap::new));
        assertThat(byOutlet).containsExactlyInAnyOrderEntriesOf(Map.of(
                "NRA Novosti Rossii Agency", LocalDate.of(2026, 3, 10),
                "Meridian Wire", LocalDate.of(2026, 3, 10),
                "Otechestvo-24", LocalDate.of(2026, 3, 11),
                "Donechchyna Today", LocalDate.of(2026, 3, 13),
                "Kyiv Daily Monitor", LocalDate.of(2026, 3, 12),
                "ABS News", LocalDate.of(2026, 3, 13),
                "Civilian Harm Monitor", LocalDate.of(2026, 3, 11))); // the feed's first item wins the merge
        assertThat(articles).filteredOn(a -> "Civilian Harm Monitor".equals(a.outlet()))
                .extracting(Article::published).containsExactly(LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 13));
    }

    @Test
    void everyExampleHasATitleAUrlAnEnglishTagAndBetween150And350Words() {
        for (Article a : articles) {
            assertThat(a.title()).as(a.source()).isNotBlank();
            assertThat(a.url()).as(a.source()).startsWith("https://").contains(".example/");
            assertThat(a.language()).as(a.source()).isEqualTo("en");
            assertThat(a.text().split("\\s+").length).as("words in %s", a.source()).isBetween(150, 350);
            assertThat(a.text()).as(a.source()).contains("\n\n").doesNotContain("\r").doesNotContain("\n\n\n");
        }
    }

    @Test
    void theHtmlPageGivesOnlyTheArticleBody() {
        Article page = articles.stream().filter(a -> "ABS News".equals(a.outlet())).findFirst().orElseThrow();
        assertThat(page.text()).startsWith("Ukraine's military has acknowledged")
                .endsWith("since the autumn.")
                .doesNotContain("Weather").doesNotContain("Terms of use").doesNotContain("Related");
        assertThat(page.title()).isEqualTo("Ukraine admits pull-back near Kostiantynivka after days of denials");
    }

    @Test
    void articleIdsAreDistinct() {
        assertThat(articles).extracting(Article::id).doesNotHaveDuplicates();
    }

    /** examples/ at the repository root, found by walking up from the working directory. */
    static Path examples() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("examples");
            if (Files.isDirectory(candidate) && Files.exists(p.resolve("pom.xml"))) return candidate;
        }
        throw new IllegalStateException("no examples/ folder above " + Path.of("").toAbsolutePath());
    }
}
