package org.sitrep.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.List;
import java.util.Optional;
import org.sitrep.json.Json;
import org.sitrep.model.Article;

/**
 * JSON Lines: one article object per line; blank lines are skipped. Fields (the first present name wins):
 * <ul>
 *   <li>text (required): {@code text}, {@code body}, {@code content}</li>
 *   <li>published (required): {@code published}, {@code published_at}, {@code date}, {@code datePublished},
 *       {@code gdelt_seendate_utc}, {@code seendate}: a date or date-time as {@link PublicationDate} accepts</li>
 *   <li>optional: {@code id}, {@code url} / {@code link}, {@code outlet} / {@code site_name} / {@code source},
 *       {@code title} / {@code headline}, {@code language} / {@code lang}</li>
 * </ul>
 * The {@code id}, when given, becomes part of the article's source ({@code file.jsonl:line 3 (id abc)}); the
 * ArticleId is still the hash of text and url. A bad line is one failure whose source is {@code file.jsonl:line N}
 * (the id, if any, is in the reason); the other lines are read.
 */
final class JsonLinesReader implements FormatReader {
    private static final List<String> TEXT = List.of("text", "body", "content");
    private static final List<String> PUBLISHED =
            List.of("published", "published_at", "date", "datePublished", "gdelt_seendate_utc", "seendate");
    private static final ObjectReader JSON =
            Json.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Override
    public void read(String source, String text, Results results) {
        String[] lines = text.split("\r\n|\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) continue;
            readLine(source + ":line " + (i + 1), line, results);
        }
    }

    private static void readLine(String lineSource, String line, Results results) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            results.fail(lineSource, ReadFailure.JSONL_LINE, "not valid JSON: " + firstLine(e.getOriginalMessage()));
            return;
        } catch (RuntimeException e) { // Jackson may reject deep nesting or huge numbers
            results.fail(lineSource, ReadFailure.JSONL_LINE, "not valid JSON: " + firstLine(String.valueOf(e.getMessage())));
            return;
        }
        if (node == null || !node.isObject()) {
            results.fail(lineSource, ReadFailure.JSONL_LINE, "not a JSON object");
            return;
        }
        String id = string(node, List.of("id"));
        String source = id == null ? lineSource : lineSource + " (id " + id + ")";
        String ofId = id == null ? "" : " (id " + id + ")";
        Optional<String> textField = TEXT.stream().filter(node::has).findFirst();
        if (textField.isEmpty()) {
            results.fail(lineSource, ReadFailure.JSONL_LINE, "no text field (one of " + TEXT + ")" + ofId);
            return;
        }
        if (!node.get(textField.get()).isTextual()) {
            results.fail(lineSource, ReadFailure.JSONL_LINE, "field '" + textField.get() + "' is not a string" + ofId);
            return;
        }
        String body = TextNormalizer.normalize(node.get(textField.get()).asText());
        if (body.isEmpty()) {
            results.fail(lineSource, ReadFailure.EMPTY, "field '" + textField.get() + "' is empty" + ofId);
            return;
        }
        Optional<String> dateField = PUBLISHED.stream().filter(f -> node.has(f) && !node.get(f).isNull()).findFirst();
        if (dateField.isEmpty()) {
            results.fail(lineSource, ReadFailure.DATE_MISSING, "no publication date (one of " + PUBLISHED + ")" + ofId);
            return;
        }
        JsonNode dateNode = node.get(dateField.get());
        Optional<PublicationDate> published =
                dateNode.isTextual() ? PublicationDate.parse(dateNode.asText()) : Optional.empty();
        if (published.isEmpty()) {
            results.fail(lineSource, ReadFailure.DATE_INVALID, "field '" + dateField.get() + "' = "
                    + PlainTextReader.excerpt(dateNode.toString()) + " is not a real date or date-time" + ofId);
            return;
        }
        PublicationDate p = published.get();
        results.add(Article.of(
                TextNormalizer.field(string(node, List.of("outlet", "site_name", "source"))),
                TextNormalizer.field(string(node, List.of("url", "link"))),
                TextNormalizer.languageCode(string(node, List.of("language", "lang"))),
                p.date(), p.instant(),
                TextNormalizer.field(string(node, List.of("title", "headline"))),
                body, source));
    }

    /** The first of the fields that holds a string (or a number, for ids); null when none does. */
    private static String string(JsonNode node, List<String> fields) {
        for (String f : fields) {
            JsonNode v = node.get(f);
            if (v != null && (v.isTextual() || v.isNumber()) && !v.asText().isBlank()) return v.asText();
        }
        return null;
    }

    private static String firstLine(String message) {
        if (message == null) return "";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
