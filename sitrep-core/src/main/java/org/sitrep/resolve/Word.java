package org.sitrep.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * One alphanumeric run inside a token, the unit of name matching (U+02BC counts as an apostrophe, not a letter). A token "U.S." gives the words "u" and "s",
 * "Jong-un" gives "jong" and "un", an apostrophe gives none; so aliases match the same way whatever the tokenizer.
 *
 * @param norm     lower case, diacritics removed and ł/ı/ø/đ folded ("Erdoğan" → "erdogan", "Ławrow" → "lawrow")
 * @param text     the characters as written
 * @param token    index of the token it came from
 * @param pos      that token's part-of-speech tag ("X" or "" when untagged)
 * @param dotted   a period follows at once ("Sen." before a name, the "S" of "U.S."): an abbreviation may end here
 */
public record Word(String norm, String text, Span span, int sentence, int token, String pos, boolean dotted) {
    private static final Pattern RUN = Pattern.compile("[\\p{L}\\p{N}&&[^\\u02BC]]+");
    /** U+02BC, used as an apostrophe in Ukrainian-sourced English ("Workersʼ Party"); Unicode calls it a letter. */
    static final char APOSTROPHE_LETTER = '\u02BC';
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** The words of a document's tokens, in text order. */
    public static List<Word> of(Doc doc) {
        List<Word> words = new ArrayList<>();
        String text = doc.text();
        List<Token> tokens = doc.get(Layer.TOKENS);
        for (int t = 0; t < tokens.size(); t++) {
            Token token = tokens.get(t);
            Span span = token.span();
            if (span.end() > text.length()) continue; // bad token data: skipped, never thrown
            Matcher m = RUN.matcher(text).region(span.start(), span.end());
            while (m.find()) {
                boolean dotted = m.end() < text.length() && text.charAt(m.end()) == '.';
                words.add(new Word(normalize(m.group()), m.group(), new Span(m.start(), m.end()), token.sentence(), t,
                        token.pos() == null ? "" : token.pos(), dotted));
            }
        }
        return words;
    }

    /** The normalized words of a name, as {@link #norm} would give them. */
    public static List<String> normalizeAll(String name) {
        List<String> out = new ArrayList<>(4);
        int start = -1;
        for (int i = 0; i <= name.length(); i++) {
            boolean in = i < name.length() && Character.isLetterOrDigit(name.codePointAt(i)) && name.charAt(i) != APOSTROPHE_LETTER;
            if (in && start < 0) start = i;
            if (!in && start >= 0) {
                out.add(normalize(name.substring(start, i)));
                start = -1;
            }
            if (i < name.length() && Character.isHighSurrogate(name.charAt(i))) i++;
        }
        return out;
    }

    static String normalize(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 128;
        if (ascii) return s.toLowerCase(java.util.Locale.ROOT);
        String bare = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(java.util.Locale.ROOT);
        // letters with a stroke or without a dot have no decomposition: Polish "Ławrow", Turkish "Çavuşoğlu" ("ı"),
        // Danish "Støre", Serbian "Đorđe" would otherwise never meet their ASCII spellings
        return bare.replace('ł', 'l').replace('ı', 'i').replace('ø', 'o').replace('đ', 'd');
    }

    public boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean upperCase() {
        return text.chars().noneMatch(Character::isLowerCase);
    }
}
