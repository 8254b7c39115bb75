package org.sitrep.read;

import java.text.Normalizer;

/**
 * The one form every article text takes before its offsets become the reference for all later layers: Unicode NFC,
 * {@code \n} line endings, no control characters other than tab and newline, trailing spaces cut from each line,
 * paragraphs separated by exactly one blank line, no leading or trailing whitespace. Stateless and thread-safe.
 */
final class TextNormalizer {
    private TextNormalizer() {}

    /**
     * Returns the normalized text; null in, null out. One pass after NFC, without regular expressions: those cost
     * seconds on a 20 MB file.
     */
    static String normalize(String text) {
        if (text == null) return null;
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(s.length());
        StringBuilder pendingSpace = new StringBuilder();
        int pendingNewlines = 0;
        boolean started = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
                c = '\n';
            } else if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
                c = '\n';
            }
            if (c == '\n') {
                pendingSpace.setLength(0); // trailing spaces of a line are dropped
                if (started) pendingNewlines++;
            } else if (isDropped(c)) {
                continue;
            } else if (c == '\t' || Character.isSpaceChar(c) || Character.isWhitespace(c)) { // incl. no-break spaces
                pendingSpace.append(c);
            } else {
                if (pendingNewlines > 0) out.append(pendingNewlines == 1 ? "\n" : "\n\n");
                pendingNewlines = 0;
                if (started) out.append(pendingSpace); // indentation inside the text stays; before it, not
                pendingSpace.setLength(0);
                out.append(c);
                started = true;
            }
        }
        return out.toString();
    }

    /** C0/C1 controls other than tab and newline, and the BOM / zero-width no-break space: noise that only shifts offsets. */
    private static boolean isDropped(char c) {
        return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F) || c == '\uFEFF';
    }

    /** Normalizes a one-line field (title, outlet): whitespace runs become one space; blank becomes null. */
    static String field(String value) {
        if (value == null) return null;
        String s = normalize(value).replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? null : s;
    }

    /** The primary subtag of a language tag, lower case ({@code en-GB} to {@code en}); blank becomes null. */
    static String languageCode(String tag) {
        if (tag == null) return null;
        String s = tag.strip();
        int cut = s.indexOf('-') >= 0 ? s.indexOf('-') : s.indexOf('_');
        if (cut >= 0) s = s.substring(0, cut);
        s = s.toLowerCase(java.util.Locale.ROOT);
        return s.matches("[a-z]{2,3}") ? s : null;
    }
}
