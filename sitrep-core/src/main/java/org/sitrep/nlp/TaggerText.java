package org.sitrep.nlp;

import java.util.Arrays;

/**
 * The text as CoreNLP should see it, and the way back to the stored text's offsets. The stored text keeps every
 * character; only the tagger's copy differs:
 * <ul>
 *   <li>the modifier-letter apostrophe (U+02BC), common in Ukrainian outlets' English ("Russiaʼs"), which CoreNLP's
 *       tokenizer does not split off and which hides the name from NER, becomes an ASCII apostrophe;</li>
 *   <li>sentences glued together by scraping ("…Lithuania.Szijjártó said", "he said.Biden said", "war?I don't")
 *       get a space after the end mark, so the tokenizer splits the two words and the sentence splitter the two
 *       sentences. A glue is an end mark (. ? !) after a lower-case letter, digit, closing bracket or closing
 *       quotation mark, followed by a capital letter or an opening curly quotation mark and a capital; or a closing
 *       curly quotation mark right after an end mark, followed by a capital. "U.S.", "e.g.", "1.5", "gazeta.pl"
 *       and a straight quotation mark after a period (it may close the quotation) are left alone.</li>
 * </ul>
 * Immutable.
 */
record TaggerText(String text, int[] inserted) {
    /** The tagger's copy of {@code stored}. */
    static TaggerText of(String stored) {
        String s = stored.replace('\u02BC', '\'');
        StringBuilder b = new StringBuilder(s.length() + 16);
        int[] at = new int[8];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c);
            if (glueAfter(s, i)) {
                if (n == at.length) at = Arrays.copyOf(at, n * 2);
                at[n++] = b.length(); // the index of the inserted space in the tagger's copy
                b.append(' ');
            }
        }
        return new TaggerText(b.toString(), Arrays.copyOf(at, n));
    }

    /** The stored text's offset for an offset into the tagger's copy (a token boundary, never an inserted space). */
    int original(int offset) {
        int before = Arrays.binarySearch(inserted, offset);
        // Count the inserted spaces strictly before the offset.
        int count = before >= 0 ? before : -before - 1;
        return offset - count;
    }

    private static boolean glueAfter(String s, int i) {
        char c = s.charAt(i);
        if (i + 1 >= s.length() || i == 0) return false;
        char prev = s.charAt(i - 1), next = s.charAt(i + 1);
        if (c == '.' || c == '?' || c == '!') {
            boolean wordEnd = Character.isLowerCase(prev) || Character.isDigit(prev) || prev == ')' || prev == ']'
                    || prev == '”' || prev == '’';
            if (!wordEnd) return false;
            // After a digit only before a capitalized word ("in 2014.The"), not before "1.A"-style labels.
            if (Character.isUpperCase(next))
                return !Character.isDigit(prev) || i + 2 < s.length() && Character.isLowerCase(s.charAt(i + 2));
            return next == '“' && i + 2 < s.length() && Character.isUpperCase(s.charAt(i + 2));
        }
        if (c == '”') return (prev == '.' || prev == '?' || prev == '!') && Character.isUpperCase(next);
        return false;
    }
}
