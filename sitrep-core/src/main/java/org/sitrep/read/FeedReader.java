package org.sitrep.read;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.sitrep.model.Article;

/**
 * An RSS (0.9x, 1.0, 2.0) or Atom feed, parsed by Rome (DOCTYPEs refused, so no external entities): one article
 * per item. Text from {@code content:encoded} / Atom content, else the description / summary, HTML turned into
 * paragraphs. Date from pubDate / dc:date / published / updated, read from the raw string so the publisher's
 * day is kept ({@code +0300} offsets); Rome's parsed value (UTC) is the fallback. Outlet is the feed's title.
 * A feed that does not parse is one failure; an item without text or date is one failure naming the item.
 */
final class FeedReader implements FormatReader {
    /** Item date elements, most telling first (Atom entries often carry both published and updated). */
    private static final List<String> DATE_TAGS =
            List.of("pubdate", "published", "dc:date", "dcterms:created", "issued", "updated", "modified");

    @Override
    public void read(String source, String xml, Results results) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new StringReader(xml));
        } catch (Exception e) { // FeedException, and Rome's IllegalArgumentException for non-feed XML
            results.fail(source, ReadFailure.FEED_MALFORMED, "not a well-formed RSS or Atom feed: " + message(e));
            return;
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries == null || entries.isEmpty()) {
            results.fail(source, ReadFailure.EMPTY, "the feed has no items");
            return;
        }
        List<String> rawDates = rawItemDates(xml, entries.size());
        String outlet = TextNormalizer.field(feed.getTitle());
        String language = TextNormalizer.languageCode(feed.getLanguage());
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            String itemSource = source + "#item " + (i + 1);
            String body = HtmlText.fromFragment(text(entry));
            if (body.isEmpty()) {
                results.fail(itemSource, ReadFailure.EMPTY, "the item has no content or description");
                continue;
            }
            String raw = rawDates.get(i);
            Optional<PublicationDate> published = PublicationDate.parse(raw);
            if (published.isEmpty() && entry.getPublishedDate() != null)
                published = Optional.of(PublicationDate.ofUtc(entry.getPublishedDate().toInstant()));
            if (published.isEmpty() && entry.getUpdatedDate() != null)
                published = Optional.of(PublicationDate.ofUtc(entry.getUpdatedDate().toInstant()));
            if (published.isEmpty()) {
                if (raw == null)
                    results.fail(itemSource, ReadFailure.DATE_MISSING, "the item has no pubDate, published or updated date");
                else
                    results.fail(itemSource, ReadFailure.DATE_INVALID,
                            "the item's date '" + PlainTextReader.excerpt(raw) + "' is not a real date");
                continue;
            }
            PublicationDate p = published.get();
            String title = entry.getTitle() == null ? null : TextNormalizer.field(HtmlText.fromFragment(entry.getTitle()));
            String url = TextNormalizer.field(entry.getLink());
            results.add(Article.of(outlet, url, language, p.date(), p.instant(), title, body, itemSource));
        }
    }

    private static String text(SyndEntry entry) {
        if (entry.getContents() != null)
            for (SyndContent c : entry.getContents())
                if (c != null && c.getValue() != null && !c.getValue().isBlank()) return c.getValue();
        SyndContent d = entry.getDescription();
        return d == null ? null : d.getValue();
    }

    /**
     * The raw date string of each item in document order, null where an item has none. All nulls when the count
     * disagrees with Rome's (then Rome's parsed dates are used).
     */
    private static List<String> rawItemDates(String xml, int expected) {
        List<String> dates = new ArrayList<>();
        try {
            Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
            for (Element item : doc.getAllElements()) {
                String tag = item.tagName().toLowerCase(Locale.ROOT);
                if (!tag.equals("item") && !tag.equals("entry")) continue;
                dates.add(rawDate(item));
            }
        } catch (RuntimeException e) { // only a hint: fall back to Rome's dates
            dates.clear();
        }
        if (dates.size() != expected) return new ArrayList<>(java.util.Collections.nCopies(expected, null));
        return dates;
    }

    private static String rawDate(Element item) {
        for (String wanted : DATE_TAGS)
            for (Element child : item.children())
                if (child.tagName().toLowerCase(Locale.ROOT).equals(wanted) && !child.text().isBlank())
                    return child.text().strip();
        return null;
    }

    private static String message(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
