package org.sitrep.read;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Article;

/**
 * The plain-text format: one article per file.
 *
 * <pre>
 * date 2026-03-10
 * outlet: Meridian Wire          (optional header lines, any order, right after the date line)
 * url: https://example.org/a
 * title: Russia claims village
 * language: en
 *                                (a blank line ends the headers)
 * The text, paragraphs separated by blank lines.
 * </pre>
 *
 * The first line is {@code date YYYY-MM-DD} ({@code date:} also accepted; an ISO date-time too). Text may also
 * follow the date on the same line ({@code date 2025-04-28 North Korea has ...}); then there are no headers.
 */
final class PlainTextReader implements FormatReader {
    private static final Pattern DATE_LINE = Pattern.compile("(?i)date:?[ \\t]+(\\S+)[ \\t]*(.*)");
    private static final Pattern HEADER = Pattern.compile("(?i)(outlet|url|title|language|lang):[ \\t]*(.*)");

    @Override
    public void read(String source, String raw, Results results) {
        String text = TextNormalizer.normalize(raw);
        int firstEnd = lineEnd(text, 0);
        String first = text.substring(0, firstEnd).strip();
        Matcher date = DATE_LINE.matcher(first);
        if (!date.matches()) {
            results.fail(source, ReadFailure.DATE_MISSING,
                    "the first line must be 'date YYYY-MM-DD'; found '" + excerpt(first) + "'");
            return;
        }
        Optional<PublicationDate> published = PublicationDate.parse(date.group(1));
        if (published.isEmpty()) {
            results.fail(source, ReadFailure.DATE_INVALID,
                    "'" + excerpt(date.group(1)) + "' on the first line is not a real date in the form YYYY-MM-DD");
            return;
        }
        String outlet = null, url = null, title = null, language = null;
        int bodyStart = Math.min(text.length(), firstEnd + 1);
        String sameLine = date.group(2).strip();
        String body;
        if (!sameLine.isEmpty()) {
            body = sameLine + text.substring(firstEnd);
        } else {
            int pos = bodyStart;
            while (pos < text.length()) {
                int end = lineEnd(text, pos);
                Matcher h = HEADER.matcher(text.substring(pos, end).strip());
                if (!h.matches()) break;
                String value = TextNormalizer.field(h.group(2));
                switch (h.group(1).toLowerCase(Locale.ROOT)) {
                    case "outlet" -> outlet = value;
                    case "url" -> url = value;
                    case "title" -> title = value;
                    default -> language = TextNormalizer.languageCode(value);
                }
                pos = Math.min(text.length(), end + 1);
            }
            body = text.substring(pos);
        }
        body = TextNormalizer.normalize(body);
        if (body.isEmpty()) {
            results.fail(source, ReadFailure.EMPTY, "no text after the date line");
            return;
        }
        PublicationDate p = published.get();
        results.add(Article.of(outlet, url, language, p.date(), p.instant(), title, body, source));
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    static String excerpt(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
