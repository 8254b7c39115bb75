package org.sitrep.read;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The one form every article text takes before its offsets become the reference for all later layers: Unicode NFC,
 * {@code \n} line endings, no control characters other than tab and newline, trailing spaces cut from each line,
 * paragraphs separated by exactly one blank line, no leading or trailing blank lines. Stateless and thread-safe.
 */
final class TextNormalizer {
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?|[\\u0085\\u2028\\u2029]");
    // C0/C1 controls except \t and \n, plus the BOM / zero-width no-break space and other format noise that
    // copy-pasted news text carries and that would only shift offsets.
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\uFEFF]");
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t\\u00A0]+(?=\\n|$)");
    private static final Pattern MANY_BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final Pattern SPACE_ONLY_LINE = Pattern.compile("(?m)^[ \\t\\u00A0]+$");

    private TextNormalizer() {}

    /** Returns the normalized text; null in, null out. */
    static String normalize(String text) {
        if (text == null) return null;
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        s = LINE_BREAK.matcher(s).replaceAll("\n");
        s = CONTROL.matcher(s).replaceAll("");
        s = SPACE_ONLY_LINE.matcher(s).replaceAll("");
        s = TRAILING_SPACE.matcher(s).replaceAll("");
        s = MANY_BLANK_LINES.matcher(s).replaceAll("\n\n");
        return stripBlankLines(s);
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

    private static String stripBlankLines(String s) {
        int start = 0;
        // Drop whole leading blank lines but keep the indentation of the first text line.
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') start = i + 1;
            else if (!Character.isWhitespace(c)) break;
        }
        return s.substring(Math.min(start, s.length())).stripTrailing();
    }
}
