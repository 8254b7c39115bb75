package org.sitrep.read;

import java.util.Objects;

/**
 * One input that could not be read, reported instead of thrown so the rest of a batch goes on.
 *
 * @param source where: the file path, with {@code ":line N"} (JSON Lines) or {@code "#item N"} (feeds) when only
 *               one article of a multi-article file failed
 * @param code   a stable dotted code, one of the constants below
 * @param reason a sentence for a person: what is wrong and, where it helps, where (byte offset, field name)
 */
public record ReadFailure(String source, String code, String reason) {
    /** The file has no bytes, only whitespace, or (feeds) no items; or an article has no text. */
    public static final String EMPTY = "read.empty";
    /** The file holds NUL bytes or mostly control characters: not text. */
    public static final String BINARY = "read.binary";
    /** The bytes are not valid in the file's encoding (UTF-8 unless a BOM or an HTML/XML declaration says otherwise). */
    public static final String ENCODING = "read.encoding";
    /** The file is larger than the reader's size limit; it was not read. */
    public static final String TOO_LARGE = "read.too-large";
    /** The path does not exist. */
    public static final String NOT_FOUND = "read.not-found";
    /** The file or directory exists but could not be read (permissions, I/O error). */
    public static final String UNREADABLE = "read.unreadable";
    /** A file named explicitly whose extension and content match no known format. */
    public static final String UNSUPPORTED = "read.unsupported";
    /** No publication date: the relative times in the text ("on Tuesday") would have no anchor. */
    public static final String DATE_MISSING = "read.date-missing";
    /** A publication date is given but is not a real date (2025-02-30) or not in a known form. */
    public static final String DATE_INVALID = "read.date-invalid";
    /** An HTML page in which no article body was found (navigation-only pages, empty templates). */
    public static final String HTML_NO_ARTICLE = "read.html-no-article";
    /** An RSS/Atom file that is not a well-formed feed (truncated, not XML, a DOCTYPE). */
    public static final String FEED_MALFORMED = "read.feed-malformed";
    /** One line of a JSON Lines file that is not a JSON object or has no usable text. */
    public static final String JSONL_LINE = "read.jsonl-line";
    /** A reader failed in a way it did not foresee; a bug to report, kept from stopping the batch. */
    public static final String UNEXPECTED = "read.unexpected";

    public ReadFailure {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return source + ": " + code + ": " + reason;
    }
}
