package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleId;

/** Each format with articles written for these tests, plus the batch rules (walking, order, idempotence). */
class ArticleReaderTest {
    @TempDir
    Path dir;

    private final ArticleReader reader = ArticleReader.defaults();

    @Nested
    class PlainText {
        @Test
        void readsDateHeadersAndParagraphs() throws IOException {
            Path file = write("kharkiv.txt", "date 2025-06-03\r\noutlet: Kharkiv Evening\r\n"
                    + "url: https://kharkiv-evening.example/a/1\r\ntitle:  Drones hit  power plant \r\nlanguage: uk-UA\r\n\r\n"
                    + "A drone attack damaged a thermal power plant in Kharkiv overnight, the governor said on Tuesday.   \r\n"
                    + "\r\n\r\n\r\n\"Firefighters put out the blaze by morning,\" he said.\r\n");
            Article a = single(file);
            assertThat(a.published()).isEqualTo(LocalDate.of(2025, 6, 3));
            assertThat(a.publishedAt()).isNull();
            assertThat(a.outlet()).isEqualTo("Kharkiv Evening");
            assertThat(a.url()).isEqualTo("https://kharkiv-evening.example/a/1");
            assertThat(a.title()).isEqualTo("Drones hit power plant");
            assertThat(a.language()).isEqualTo("uk");
            assertThat(a.text()).isEqualTo("A drone attack damaged a thermal power plant in Kharkiv overnight, the governor "
                    + "said on Tuesday.\n\n\"Firefighters put out the blaze by morning,\" he said.");
            assertThat(a.source()).isEqualTo(file.toString());
            assertThat(a.id()).isEqualTo(ArticleId.of(a.text(), a.url()));
        }

        @Test
        void textMayFollowTheDateOnTheSameLine() throws IOException {
            Article a = single(write("same-line.txt", " date 2025-04-28 Officials said the bridge was hit.\n\nIt reopened later."));
            assertThat(a.published()).isEqualTo(LocalDate.of(2025, 4, 28));
            assertThat(a.text()).isEqualTo("Officials said the bridge was hit.\n\nIt reopened later.");
            assertThat(a.outlet()).isNull();
        }

        @Test
        void headersAreOnlyTheLinesRightAfterTheDate() throws IOException {
            Article a = single(write("h.txt", "date 2025-04-28\ntitle: T\n\nOutlet: in the text, not a header.\nMore."));
            assertThat(a.title()).isEqualTo("T");
            assertThat(a.outlet()).isNull();
            assertThat(a.text()).isEqualTo("Outlet: in the text, not a header.\nMore.");
            Article b = single(write("h2.txt", "date 2025-04-28\nThe text starts here.\ntitle: not a header"));
            assertThat(b.title()).isNull();
            assertThat(b.text()).isEqualTo("The text starts here.\ntitle: not a header");
        }

        @Test
        void textIsNfcAndTheBomIsDropped() throws IOException {
            Path file = dir.resolve("nfc.txt");
            Files.write(file, ("\uFEFFdate 2025-04-28\n\nCafe\u0301 owners in Odesa said the blast shattered windows.")
                    .getBytes(StandardCharsets.UTF_8));
            assertThat(single(file).text()).isEqualTo("Caf\u00e9 owners in Odesa said the blast shattered windows.");
        }

        @Test
        void aDateLineWithoutTextIsEmpty() throws IOException {
            assertThat(failureCodes(write("bare.txt", "date 2025-04-28\n\n\n"))).containsExactly(ReadFailure.EMPTY);
        }

        @Test
        void anExplicitFileOfUnknownExtensionIsRecognizedByItsContent() throws IOException {
            Article a = single(write("notes.dat", "date 2025-04-28\n\nThe mayor said schools would reopen."));
            assertThat(a.text()).isEqualTo("The mayor said schools would reopen.");
        }
    }

    @Nested
    class JsonLines {
        @Test
        void readsFieldsKeepsTheJsonIdInTheSourceAndHashesTheId() throws IOException {
            Path file = write("batch.jsonl", """
                    {"id": "w-17", "url": "https://wire.example/17", "outlet": "Test Wire", "published": "2025-06-03T01:30:00+03:00", "title": "Port struck", "language": "en", "text": "A missile struck the port of Odesa, the navy said.\\n\\nTwo cranes were damaged."}

                    {"id": 18, "published": "2025-06-04", "text": "Officials in Sumy said power was restored."}
                    """);
            List<Article> articles = read(file).articles;
            assertThat(articles).hasSize(2);
            Article a = articles.get(0);
            assertThat(a.published()).isEqualTo(LocalDate.of(2025, 6, 3)); // the publisher's day, not UTC's June 2
            assertThat(a.publishedAt()).isEqualTo(Instant.parse("2025-06-02T22:30:00Z"));
            assertThat(a.outlet()).isEqualTo("Test Wire");
            assertThat(a.title()).isEqualTo("Port struck");
            assertThat(a.text()).isEqualTo("A missile struck the port of Odesa, the navy said.\n\nTwo cranes were damaged.");
            assertThat(a.source()).isEqualTo(file + ":line 1 (id w-17)");
            assertThat(a.id()).isEqualTo(ArticleId.of(a.text(), "https://wire.example/17"));
            assertThat(articles.get(1).source()).isEqualTo(file + ":line 3 (id 18)"); // blank line 2 skipped, still counted
        }

        @Test
        void acceptsTheGdeltBenchmarkFieldNames() throws IOException {
            Path file = write("gdelt.jsonl", "{\"id\": \"20240217T061500Z_UA_en_1\", \"gdelt_seendate_utc\": \"2024-02-17T06:15:00Z\","
                    + " \"outlet_country\": \"UA\", \"candidate_outlets\": [\"a.example\"], \"lang\": \"en\", \"n_words\": 7,"
                    + " \"text\": \"The mayor said the shelling damaged a school.\"}\n");
            Article a = single(file);
            assertThat(a.published()).isEqualTo(LocalDate.of(2024, 2, 17));
            assertThat(a.publishedAt()).isEqualTo(Instant.parse("2024-02-17T06:15:00Z"));
            assertThat(a.language()).isEqualTo("en");
            assertThat(a.url()).isNull();
        }

        @Test
        void eachBadLineIsOneFailureNamingItsLine() throws IOException {
            Path file = write("bad.jsonl", String.join("\n",
                    "[1, 2]",
                    "{\"published\": \"2025-06-03\"}",
                    "{\"id\": \"x9\", \"text\": \"No date here, officials said.\"}",
                    "{\"published\": \"2025-06-31\", \"text\": \"An impossible day.\"}",
                    "{\"published\": \"2025-06-03\", \"text\": \"   \"}",
                    "{\"published\": \"2025-06-03\", \"text\": \"Good line.\"} trailing",
                    "{\"published\": \"2025-06-03\", \"text\": \"The only good line.\"}"));
            Outcome out = read(file);
            assertThat(out.failures).extracting(ReadFailure::source, ReadFailure::code).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(file + ":line 1", ReadFailure.JSONL_LINE),
                    org.assertj.core.groups.Tuple.tuple(file + ":line 2", ReadFailure.JSONL_LINE),
                    org.assertj.core.groups.Tuple.tuple(file + ":line 3", ReadFailure.DATE_MISSING),
                    org.assertj.core.groups.Tuple.tuple(file + ":line 4", ReadFailure.DATE_INVALID),
                    org.assertj.core.groups.Tuple.tuple(file + ":line 5", ReadFailure.EMPTY),
                    org.assertj.core.groups.Tuple.tuple(file + ":line 6", ReadFailure.JSONL_LINE));
            assertThat(out.articles).extracting(Article::text).containsExactly("The only good line.");
            assertThat(out.failures.get(2).reason()).contains("(id x9)");
        }
    }

    @Nested
    class Html {
        private static final String BODY = """
                <p>Ukrainian officials said a Russian missile struck a grain terminal in the port of Izmail overnight,
                damaging two silos and injuring three workers.</p>
                <p>"The strike was aimed at our exports," the regional governor said on Wednesday, adding that
                firefighters had worked through the night. Russia's Defence Ministry said it had hit "military
                infrastructure" in the region.</p>
                <p>Port operators said loading would resume within days, according to a statement.</p>""";

        @Test
        void readsBodyAndMetadataAndLeavesTheMenuOut() throws IOException {
            Article a = single(write("page.html", """
                    <!DOCTYPE html><html lang="en-US"><head><title>Missile hits Izmail port | Danube Daily</title>
                    <meta property="og:title" content="Missile hits Izmail port">
                    <meta property="og:site_name" content="Danube Daily">
                    <link rel="canonical" href="https://danube.example/izmail">
                    <meta property="article:published_time" content="2025-06-04T07:10:00+03:00"></head>
                    <body><nav><a href="/">Home</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
                    <article><h1>Missile hits Izmail port</h1>""" + BODY + """
                    </article><footer><a href="/privacy">Privacy</a></footer></body></html>"""));
            assertThat(a.title()).isEqualTo("Missile hits Izmail port");
            assertThat(a.outlet()).isEqualTo("Danube Daily");
            assertThat(a.url()).isEqualTo("https://danube.example/izmail");
            assertThat(a.language()).isEqualTo("en");
            assertThat(a.published()).isEqualTo(LocalDate.of(2025, 6, 4));
            assertThat(a.publishedAt()).isEqualTo(Instant.parse("2025-06-04T04:10:00Z"));
            assertThat(a.text()).startsWith("Ukrainian officials said a Russian missile struck")
                    .contains("three workers.\n\n\"The strike was aimed")
                    .doesNotContain("Weather").doesNotContain("Privacy");
            assertThat(a.text().split("\n\n")).hasSize(3);
        }

        @Test
        void findsTheDateInJsonLd() throws IOException {
            Article a = single(write("ld.html", page("<script type=\"application/ld+json\">{\"@graph\": [{\"@type\": "
                    + "\"NewsArticle\", \"datePublished\": \"2025-06-05\", \"publisher\": {\"name\": \"LD News\"}}]}</script>", "")));
            assertThat(a.published()).isEqualTo(LocalDate.of(2025, 6, 5));
            assertThat(a.outlet()).isEqualTo("LD News");
        }

        @Test
        void findsTheDateInATimeElementOrADublinCoreMeta() throws IOException {
            assertThat(single(write("time.html", page("", "<time datetime=\"2025-06-06T10:00Z\">Friday</time>"))).published())
                    .isEqualTo(LocalDate.of(2025, 6, 6));
            assertThat(single(write("dc.html", page("<meta name=\"DC.date\" content=\"2025-06-07\">", ""))).published())
                    .isEqualTo(LocalDate.of(2025, 6, 7));
        }

        @Test
        void anImpossibleDateIsInvalidAndNoDateIsMissing() throws IOException {
            assertThat(failureCodes(write("bad-date.html", page("<meta name=\"date\" content=\"2025-02-30\">", ""))))
                    .containsExactly(ReadFailure.DATE_INVALID);
            assertThat(failureCodes(write("no-date.html", page("", "")))).containsExactly(ReadFailure.DATE_MISSING);
        }

        @Test
        void absurdlyDeepNestingIsRefusedNotAStackOverflow() throws IOException {
            String deep = "<div>".repeat(100_000) + "Officials said. ".repeat(60) + "</div>".repeat(100_000);
            Path file = write("deep.html", page("<meta name=\"date\" content=\"2025-06-08\">", deep));
            Outcome out = read(file);
            assertThat(out.failures).singleElement().satisfies(f -> {
                assertThat(f.code()).isEqualTo(ReadFailure.HTML_NO_ARTICLE);
                assertThat(f.reason()).contains("nested");
            });
        }

        @Test
        void honoursADeclaredCharset() throws IOException {
            String html = page("<meta charset=\"windows-1251\"><meta name=\"date\" content=\"2025-06-08\">",
                    "<p>Харків: обстріл пошкодив школу, повідомила обласна адміністрація у неділю ввечері.</p>");
            Path file = dir.resolve("cp1251.html");
            Files.write(file, html.getBytes(Charset.forName("windows-1251")));
            assertThat(single(file).text()).contains("Харків: обстріл пошкодив школу");
        }

        private String page(String head, String extraBody) {
            return "<html><head><title>Test page</title>" + head + "</head><body><article>" + extraBody + BODY
                    + "</article></body></html>";
        }
    }

    @Nested
    class Feeds {
        @Test
        void readsOneArticlePerItemWithParagraphsAndThePublishersDay() throws IOException {
            Path file = write("feed.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
                    <title>Black Sea Bulletin</title><language>en-gb</language>
                    <item><title>Ferry &amp; tug damaged</title><link>https://bsb.example/1</link>
                    <pubDate>Tue, 03 Jun 2025 01:30:00 +0300</pubDate>
                    <description>short teaser</description>
                    <content:encoded><![CDATA[<p>A drone hit a ferry in Odesa, the navy said.</p><p>Nobody was hurt.</p>]]></content:encoded></item>
                    <item><title>Second</title><pubDate>Wed, 04 Jun 2025 09:00:00 GMT</pubDate>
                    <description>&lt;p&gt;Officials said the &lt;b&gt;grain&lt;/b&gt; corridor stayed open.&lt;/p&gt;</description></item>
                    </channel></rss>""");
            List<Article> articles = read(file).articles;
            assertThat(articles).hasSize(2);
            Article first = articles.get(0);
            assertThat(first.text()).isEqualTo("A drone hit a ferry in Odesa, the navy said.\n\nNobody was hurt.");
            assertThat(first.title()).isEqualTo("Ferry & tug damaged");
            assertThat(first.outlet()).isEqualTo("Black Sea Bulletin");
            assertThat(first.language()).isEqualTo("en");
            assertThat(first.url()).isEqualTo("https://bsb.example/1");
            assertThat(first.published()).isEqualTo(LocalDate.of(2025, 6, 3));
            assertThat(first.publishedAt()).isEqualTo(Instant.parse("2025-06-02T22:30:00Z"));
            assertThat(first.source()).isEqualTo(file + "#item 1");
            assertThat(articles.get(1).text()).isEqualTo("Officials said the grain corridor stayed open.");
            assertThat(articles.get(1).source()).isEqualTo(file + "#item 2");
        }

        @Test
        void readsAtomAndPrefersPublishedOverUpdated() throws IOException {
            Path file = write("feed.atom", """
                    <?xml version="1.0" encoding="utf-8"?>
                    <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title><id>urn:x</id><updated>2025-06-09T00:00:00Z</updated>
                    <entry><title>Evacuation</title><id>urn:x:1</id><link href="https://atom.example/1"/>
                    <updated>2025-06-09T12:00:00Z</updated><published>2025-06-08T20:00:00Z</published>
                    <content type="html">&lt;p&gt;Volunteers said 40 people left Vovchansk.&lt;/p&gt;</content></entry></feed>""");
            Article a = single(file);
            assertThat(a.published()).isEqualTo(LocalDate.of(2025, 6, 8));
            assertThat(a.text()).isEqualTo("Volunteers said 40 people left Vovchansk.");
            assertThat(a.url()).isEqualTo("https://atom.example/1");
        }

        @Test
        void anItemWithoutDateFailsAloneAndADoctypeIsRefused() throws IOException {
            Path file = write("nodate.rss", """
                    <rss version="2.0"><channel><title>T</title>
                    <item><title>A</title><description>Dated item, officials said.</description><pubDate>Mon, 02 Jun 2025 10:00:00 GMT</pubDate></item>
                    <item><title>B</title><description>Undated item.</description></item></channel></rss>""");
            Outcome out = read(file);
            assertThat(out.articles).hasSize(1);
            assertThat(out.failures).extracting(ReadFailure::source, ReadFailure::code)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(file + "#item 2", ReadFailure.DATE_MISSING));

            Path xxe = write("xxe.xml", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                    + "<rss version=\"2.0\"><channel><title>&x;</title><item><description>d</description></item></channel></rss>");
            assertThat(failureCodes(xxe)).containsExactly(ReadFailure.FEED_MALFORMED);
            assertThat(failureCodes(write("note.xml", "<note><to>not a feed</to></note>"))).containsExactly(ReadFailure.FEED_MALFORMED);
        }
    }

    @Nested
    class Batches {
        @Test
        void directoriesAreWalkedInNameOrderSkippingHiddenAndUnknownFiles() throws IOException {
            write("b.txt", "date 2025-06-01\n\nSecond by name.");
            write("a/z.txt", "date 2025-06-01\n\nInside a, first by name.");
            write("c.md", "# not read when walking");
            write(".hidden.txt", "date 2025-06-01\n\nHidden file.");
            write(".git/x.txt", "date 2025-06-01\n\nHidden folder.");
            write("d.txt", "no date line");
            Outcome out = new Outcome();
            reader.read(List.of(dir), out.articles::add, out.failures::add);
            assertThat(out.articles).extracting(Article::text).containsExactly("Inside a, first by name.", "Second by name.");
            assertThat(out.failures).extracting(ReadFailure::source).containsExactly(dir.resolve("d.txt").toString());
        }

        @Test
        void readingTwiceGivesTheSameArticlesAndTheSameTextHasTheSameIdInAnyFormat() throws IOException {
            Path txt = write("x.txt", "date 2025-06-01\nurl: https://same.example/1\n\nThe governor said two people were hurt.");
            Path jsonl = write("x.jsonl", "{\"url\": \"https://same.example/1\", \"published\": \"2025-06-01\","
                    + " \"text\": \"The governor said two people were hurt.\"}");
            Outcome once = read(txt, jsonl);
            Outcome twice = read(txt, jsonl);
            assertThat(once.articles).hasSize(2).isEqualTo(twice.articles);
            assertThat(once.articles.get(0).id()).isEqualTo(once.articles.get(1).id());
        }

        @Test
        void anExceptionFromTheCallersConsumerIsNotSwallowed() throws IOException {
            Path file = write("ok.txt", "date 2025-06-01\n\nText.");
            assertThatThrownBy(() -> reader.read(List.of(file), a -> {
                throw new IllegalStateException("consumer failed");
            }, f -> {})).isInstanceOf(IllegalStateException.class).hasMessage("consumer failed");
        }

        @Test
        void aBadSizeLimitIsAProgrammingError() {
            assertThatThrownBy(() -> reader.withMaxBytes(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 0");
            assertThat(reader.withMaxBytes(5).maxBytes()).isEqualTo(5);
            assertThat(reader.maxBytes()).isEqualTo(ArticleReader.DEFAULT_MAX_BYTES);
        }
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    private Outcome read(Path... files) {
        Outcome out = new Outcome();
        reader.read(List.of(files), out.articles::add, out.failures::add);
        return out;
    }

    private Article single(Path file) {
        Outcome out = read(file);
        assertThat(out.failures).as("failures reading %s", file).isEmpty();
        assertThat(out.articles).hasSize(1);
        return out.articles.get(0);
    }

    private List<String> failureCodes(Path file) {
        Outcome out = read(file);
        assertThat(out.articles).isEmpty();
        return out.failures.stream().map(ReadFailure::code).toList();
    }

    static final class Outcome {
        final List<Article> articles = new ArrayList<>();
        final List<ReadFailure> failures = new ArrayList<>();
    }
}
