package org.sitrep.read;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The input formats, chosen by file extension, else by the first characters of the content. */
enum Format {
    /** {@code date YYYY-MM-DD} first line, optional header lines, then the text. */
    TEXT,
    /** One JSON object per line. */
    JSON_LINES,
    /** A web page holding one article. */
    HTML,
    /** An RSS or Atom feed: one article per item. */
    FEED;

    /** The format an extension names; empty for other extensions (directory walks skip those files). */
    static Optional<Format> byExtension(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return Optional.ofNullable(switch (ext) {
            case "txt", "text" -> TEXT;
            case "jsonl", "ndjson" -> JSON_LINES;
            case "html", "htm", "xhtml" -> HTML;
            case "xml", "rss", "atom" -> FEED;
            default -> null;
        });
    }

    /**
     * Guesses from the start of the content (a prefix of the decoded text, or of the raw bytes read as Latin-1):
     * markup that opens a feed, an HTML document, a JSON object, or the text format's date line.
     */
    static Optional<Format> sniff(String start) {
        String s = start.stripLeading();
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1).stripLeading();
        String lower = s.substring(0, Math.min(s.length(), 2048)).toLowerCase(Locale.ROOT);
        if (lower.startsWith("{")) return Optional.of(JSON_LINES);
        if (lower.startsWith("date ") || lower.startsWith("date:")) return Optional.of(TEXT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) return Optional.of(HTML);
        if (lower.startsWith("<")) {
            if (lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf")) return Optional.of(FEED);
            if (lower.contains("<html") || lower.contains("<body")) return Optional.of(HTML);
        }
        return Optional.empty();
    }
}
