package org.sitrep.read;

/**
 * Parses one decoded file of one format into articles and failures. Implementations are stateless and thread-safe,
 * and report bad data through {@link Results} instead of throwing.
 */
interface FormatReader {
    /**
     * @param source the file path as the user gave it, prefix of every article's and failure's source
     * @param text   the decoded file content (not yet normalized; never blank)
     */
    void read(String source, String text, Results results);

    /** The reader for a format. */
    static FormatReader of(Format format) {
        return switch (format) {
            case TEXT -> new PlainTextReader();
            case JSON_LINES -> new JsonLinesReader();
            case HTML -> new HtmlArticleReader();
            case FEED -> new FeedReader();
        };
    }
}
