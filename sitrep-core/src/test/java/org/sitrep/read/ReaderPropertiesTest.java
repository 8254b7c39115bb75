package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.sitrep.model.Article;

/**
 * Random input through every format's reader: nothing throws (not even into the reader's own safety net, which would
 * report {@code read.unexpected}), and every article that comes out keeps the text invariants.
 */
class ReaderPropertiesTest {
    private static final Path DIR = createDir();
    private static final List<String> EXTENSIONS = List.of("txt", "jsonl", "html", "xml", "atom", "dat");
    /** Pieces of every format, so random input gets past the byte checks into the parsers. */
    private static final List<String> PIECES = List.of(
            "date 2025-04-28\n", "date 2025-02-30 ", "outlet: X\n", "\n", "\n\n", " ", "word ", "said ", "Київ ", "é",
            "<p>", "</p>", "<div>", "</div>", "<a href=\"/x\">", "</a>", "<br>", "<script>", "</script>", "<h1>", "<article>",
            "<meta property=\"article:published_time\" content=\"2025-04-28T09:00:00Z\">", "<time datetime=\"", "2025-04-28",
            "\">", "<script type=\"application/ld+json\">{\"datePublished\": \"", "&amp;", "&#0;", "&#xD800;", "<!--", "-->",
            "<?xml version=\"1.0\"?>", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>", "<meta charset=\"utf-16\">",
            "<meta charset=\"koi8-r\">", "<rss version=\"2.0\"><channel><title>T</title>", "<item>", "</item>", "<pubDate>",
            "Mon, 28 Apr 2025 09:00:00 GMT", "</pubDate>", "<description>", "</description>", "<![CDATA[", "]]>",
            "<feed xmlns=\"http://www.w3.org/2005/Atom\">", "<entry>", "<!DOCTYPE x [<!ENTITY e \"e\">]>",
            "{\"published\": \"2025-04-28\", \"text\": \"", "{", "}", "[", "]", "\"", ":", ",", "\\u0000", "\\", "\r", "\t",
            "\u0000", "\uFEFF", "\u2028");

    @Property(tries = 300)
    void randomBytesNeverThrow(@ForAll("extensions") String extension, @ForAll byte[] bytes) throws IOException {
        check(extension, bytes);
    }

    @Property(tries = 300)
    void randomPiecesOfEachFormatNeverThrow(@ForAll("extensions") String extension, @ForAll("pieces") String text)
            throws IOException {
        check(extension, text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 400)
    void noiseInsideWellFormedSkeletonsNeverThrows(@ForAll("documents") Tuple2<String, String> document)
            throws IOException {
        check(document.get1(), document.get2().getBytes(StandardCharsets.UTF_8));
    }

    /** A valid skeleton of each format with noise where the content goes, so the parsers themselves are reached. */
    @Provide
    Arbitrary<Tuple2<String, String>> documents() {
        Arbitrary<String> noise = pieces();
        String words = "Officials said the shelling continued overnight near the village. ".repeat(6);
        return Arbitraries.oneOf(
                noise.map(n -> Tuple.of("txt", "date 2025-04-28\n" + n)),
                noise.map(n -> Tuple.of("jsonl", "{\"published\": \"2025-04-28\", \"text\": \"ok\"}\n" + n
                        + "\n{\"published\": \"2025-04-28\", \"text\": \"" + n.replace("\\", "").replace("\"", "") + "\"}")),
                Combinators.combine(noise, noise).as((head, body) -> Tuple.of("html", "<html><head><meta property="
                        + "\"article:published_time\" content=\"2025-04-28\">" + head + "</head><body><article><p>" + words
                        + body + "</p></article></body></html>")),
                noise.map(n -> Tuple.of("xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"
                        + "<item><pubDate>Mon, 28 Apr 2025 09:00:00 GMT</pubDate><description><![CDATA[" + words + n
                        + "]]></description></item></channel></rss>")),
                noise.map(n -> Tuple.of("atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><entry>"
                        + "<published>2025-04-28T09:00:00Z</published><content type=\"html\">" + n.replace("<", "&lt;")
                        + "</content></entry></feed>")));
    }

    @Provide
    Arbitrary<String> extensions() {
        return Arbitraries.of(EXTENSIONS);
    }

    @Provide
    Arbitrary<String> pieces() {
        return Arbitraries.of(PIECES).list().ofMaxSize(120).map(l -> String.join("", l));
    }

    private static void check(String extension, byte[] bytes) throws IOException {
        Path file = DIR.resolve("input." + extension);
        Files.write(file, bytes);
        List<Article> articles = new ArrayList<>();
        List<ReadFailure> failures = new ArrayList<>();
        ArticleReader.defaults().read(List.of(file), articles::add, failures::add);

        assertThat(failures).extracting(ReadFailure::code).doesNotContain(ReadFailure.UNEXPECTED);
        assertThat(articles.size() + failures.size()).as("every input gives something").isPositive();
        for (ReadFailure f : failures) assertThat(f.source()).startsWith(file.toString());
        for (Article a : articles) {
            assertThat(a.text()).isNotBlank().isEqualTo(TextNormalizer.normalize(a.text()));
            assertThat(a.source()).startsWith(file.toString());
        }
    }

    private static Path createDir() {
        try {
            return Files.createTempDirectory("sitrep-read-props");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterContainer
    static void deleteDir() throws IOException {
        try (Stream<Path> files = Files.walk(DIR)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
