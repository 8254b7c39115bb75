package org.sitrep.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.json.Json;
import org.sitrep.model.Article;

/**
 * An HTML page holding one article. The body comes from readability4j (Mozilla Readability's algorithm); title,
 * outlet, url, language and publication date from the page's metadata:
 * <ul>
 *   <li>date, first that parses: {@code article:published_time}, {@code og:published_time},
 *       {@code itemprop=datePublished}, JSON-LD {@code datePublished}, {@code <meta name>} date / dc.date /
 *       dc.date.issued / dcterms.created / pubdate / publishdate / publish-date, {@code <time pubdate>},
 *       the first {@code <time datetime>} inside {@code <article>}, then anywhere</li>
 *   <li>title: {@code og:title}, Readability's title, {@code <title>}; outlet: {@code og:site_name}, JSON-LD
 *       publisher name, {@code application-name}; url: canonical link, {@code og:url};
 *       language: {@code <html lang>}</li>
 * </ul>
 * A page whose extracted body is short or mostly links (navigation, an index page) is not an article.
 */
final class HtmlArticleReader implements FormatReader {
    /** Fewer words than this is a teaser or a menu, not an article. */
    static final int MIN_WORDS = 40;
    /** More than this share of the body's characters inside links: a link list, not prose. */
    static final double MAX_LINK_SHARE = 0.5;
    /**
     * Deeper element nesting is refused: Readability recurses over the tree and overflows the stack on hostile
     * pages (100,000 nested divs), while real article pages stay far below this.
     */
    static final int MAX_DEPTH = 512;

    private static final List<String> DATE_META = List.of(
            "meta[property=article:published_time]", "meta[name=article:published_time]",
            "meta[property=og:published_time]", "meta[itemprop=datePublished][content]");
    private static final List<String> DATE_META_LATE = List.of(
            "meta[name=date]", "meta[name=dc.date]", "meta[name=dc.date.issued]", "meta[name=dcterms.created]",
            "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]");

    @Override
    public void read(String source, String html, Results results) {
        Document page = Jsoup.parse(html);
        int depth = depth(page);
        if (depth > MAX_DEPTH) {
            results.fail(source, ReadFailure.HTML_NO_ARTICLE,
                    "elements nested " + depth + " deep (at most " + MAX_DEPTH + " read): not an article page");
            return;
        }
        net.dankito.readability4j.Article extracted = new Readability4JExtended("", html).parse();
        Element content = extracted.getArticleContent();
        String body = content == null ? "" : HtmlText.of(content);
        int words = body.isBlank() ? 0 : body.strip().split("\\s+").length;
        if (words < MIN_WORDS) {
            results.fail(source, ReadFailure.HTML_NO_ARTICLE,
                    "no article body found (" + words + " words of main text, at least " + MIN_WORDS + " needed)");
            return;
        }
        double linkShare = linkShare(content);
        if (linkShare > MAX_LINK_SHARE) {
            results.fail(source, ReadFailure.HTML_NO_ARTICLE, String.format(java.util.Locale.ROOT,
                    "no article body found: %.0f%% of the main text is links (a navigation or index page)", linkShare * 100));
            return;
        }
        List<String> rawDates = dateCandidates(page);
        Optional<PublicationDate> published = rawDates.stream().map(PublicationDate::parse)
                .flatMap(Optional::stream).findFirst();
        if (published.isEmpty()) {
            if (rawDates.isEmpty())
                results.fail(source, ReadFailure.DATE_MISSING, "no publication date in the page's metadata "
                        + "(article:published_time, JSON-LD datePublished, <time datetime>, ...)");
            else
                results.fail(source, ReadFailure.DATE_INVALID,
                        "the page's publication date '" + PlainTextReader.excerpt(rawDates.get(0)) + "' is not a real date");
            return;
        }
        List<JsonNode> jsonLd = jsonLd(page);
        String title = first(meta(page, "meta[property=og:title]"), extracted.getTitle(), page.title(),
                text(page.selectFirst("h1")));
        String outlet = first(meta(page, "meta[property=og:site_name]"), jsonLdPublisher(jsonLd),
                meta(page, "meta[name=application-name]"));
        String url = first(attr(page.selectFirst("link[rel=canonical]"), "href"), meta(page, "meta[property=og:url]"));
        String language = TextNormalizer.languageCode(attr(page.selectFirst("html[lang]"), "lang"));
        PublicationDate p = published.get();
        title = TextNormalizer.field(title);
        results.add(Article.of(TextNormalizer.field(outlet), TextNormalizer.field(url), language, p.date(), p.instant(),
                title, withoutHeadline(body, title, text(page.selectFirst("h1"))), source));
    }

    /**
     * The body without a first paragraph that only repeats the headline (the title is its own field; kept twice it
     * would be counted twice by everything downstream).
     */
    static String withoutHeadline(String body, String... headlines) {
        int end = body.indexOf("\n\n");
        if (end < 0) return body;
        String first = body.substring(0, end).strip();
        for (String h : headlines)
            if (h != null && first.equalsIgnoreCase(TextNormalizer.field(h))) return body.substring(end + 2);
        return body;
    }

    /** Raw date strings from the page, most trusted first. */
    private static List<String> dateCandidates(Document page) {
        List<String> found = new ArrayList<>();
        for (String q : DATE_META) add(found, meta(page, q));
        for (JsonNode node : jsonLd(page)) add(found, findField(node, "datePublished", 0));
        for (String q : DATE_META_LATE) add(found, meta(page, q));
        add(found, attr(page.selectFirst("[itemprop=datePublished][datetime]"), "datetime"));
        add(found, attr(page.selectFirst("time[pubdate][datetime]"), "datetime"));
        add(found, attr(page.selectFirst("article time[datetime]"), "datetime"));
        add(found, attr(page.selectFirst("time[datetime]"), "datetime"));
        return found;
    }

    private static List<JsonNode> jsonLd(Document page) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode n = Json.mapper().readTree(script.data());
                if (n != null) nodes.add(n);
            } catch (Exception e) { // broken JSON-LD is common on real pages: ignore it, use the other metadata
            }
        }
        return nodes;
    }

    private static String jsonLdPublisher(List<JsonNode> nodes) {
        for (JsonNode n : nodes) {
            JsonNode publisher = findNode(n, "publisher", 0);
            if (publisher != null) {
                if (publisher.isTextual()) return publisher.asText();
                if (publisher.path("name").isTextual()) return publisher.path("name").asText();
            }
        }
        return null;
    }

    /** Depth-first search for a string field in JSON-LD (handles {@code @graph} and arrays). */
    private static String findField(JsonNode node, String field, int depth) {
        JsonNode n = findNode(node, field, depth);
        return n != null && n.isTextual() ? n.asText() : null;
    }

    private static JsonNode findNode(JsonNode node, String field, int depth) {
        if (node == null || depth > 8) return null;
        if (node.isObject() && node.has(field)) return node.get(field);
        if (node.isContainerNode())
            for (JsonNode child : node) {
                JsonNode found = findNode(child, field, depth + 1);
                if (found != null) return found;
            }
        return null;
    }

    /** The deepest element nesting, counted without recursion. */
    private static int depth(Document page) {
        int[] max = {0};
        org.jsoup.select.NodeTraversor.traverse((node, d) -> max[0] = Math.max(max[0], d), page);
        return max[0];
    }

    private static double linkShare(Element content) {
        int total = content.text().length();
        if (total == 0) return 1;
        int inLinks = 0;
        for (Element a : content.select("a")) inLinks += a.text().length();
        return (double) inLinks / total;
    }

    private static String meta(Document page, String query) {
        return attr(page.selectFirst(query), "content");
    }

    private static String attr(Element e, String name) {
        if (e == null) return null;
        String v = e.attr(name).strip();
        return v.isEmpty() ? null : v;
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static void add(List<String> found, String value) {
        if (value != null && !value.isBlank()) found.add(value.strip());
    }

    private static String first(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v;
        return null;
    }
}
