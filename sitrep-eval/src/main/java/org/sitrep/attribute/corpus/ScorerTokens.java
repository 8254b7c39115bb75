package org.sitrep.attribute.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.sitrep.model.Span;

/**
 * The reference scorer's tokenization of a text: Python's {@code \w+|[^\w\s]} (runs of word characters, and every
 * other non-space character alone), with Python's Unicode notions of word character and whitespace, so that token
 * indices agree with {@code score.py} exactly. A span covers every token it intersects; punctuation-only tokens are
 * dropped unless the span holds nothing else.
 */
final class ScorerTokens {
    private final String text;
    private final int[] starts, ends;
    private final boolean[] punct;

    ScorerTokens(String text) {
        this.text = text;
        List<int[]> toks = new ArrayList<>();
        int i = 0, n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (isWord(c)) {
                int j = i + 1;
                while (j < n && isWord(text.charAt(j))) j++;
                toks.add(new int[] {i, j});
                i = j;
            } else if (isSpace(c)) {
                i++;
            } else {
                toks.add(new int[] {i, i + 1});
                i++;
            }
        }
        starts = new int[toks.size()];
        ends = new int[toks.size()];
        punct = new boolean[toks.size()];
        for (int k = 0; k < toks.size(); k++) {
            starts[k] = toks.get(k)[0];
            ends[k] = toks.get(k)[1];
            punct[k] = !isWord(text.charAt(starts[k]));
        }
    }

    /** Python's {@code \w} for str patterns: alphanumeric (letters, digits, numerics) or underscore. */
    static boolean isWord(char c) {
        if (c == '_' || Character.isLetter(c)) return true;
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    /** Python's {@code str.isspace}: whitespace controls, separators, and no-break spaces. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085' || (c >= 0x1c && c <= 0x1f);
    }

    int size() {
        return starts.length;
    }

    /** Token indices a (possibly discontinuous) span covers, punctuation dropped unless only punctuation. */
    BitSet tokens(List<Span> fragments) {
        BitSet all = tokensAll(fragments);
        BitSet content = (BitSet) all.clone();
        for (int k = all.nextSetBit(0); k >= 0; k = all.nextSetBit(k + 1))
            if (punct[k]) content.clear(k);
        return content.isEmpty() ? all : content;
    }

    private BitSet tokensAll(List<Span> fragments) {
        BitSet out = new BitSet();
        for (Span f : fragments) {
            int a = f.start(), b = f.end();
            // bisect_right(starts, a) - 1, clamped at 0
            int i = Arrays.binarySearch(starts, a);
            if (i >= 0) {
                while (i + 1 < starts.length && starts[i + 1] == a) i++;
            } else {
                i = -i - 2;
            }
            i = Math.max(i, 0);
            while (i < starts.length && starts[i] < b) {
                if (ends[i] > a) out.set(i);
                i++;
            }
        }
        return out;
    }

    /** The scorer's punctuation-sensitive key: fragments whitespace-trimmed, sorted, and merged across blanks. */
    List<Span> strictKey(List<Span> fragments) {
        List<Span> trimmed = new ArrayList<>();
        for (Span f : fragments.stream().sorted().toList()) {
            int a = Math.min(f.start(), text.length()), b = Math.min(f.end(), text.length());
            while (a < b && isSpace(text.charAt(a))) a++;
            while (b > a && isSpace(text.charAt(b - 1))) b--;
            if (a < b) trimmed.add(new Span(a, b));
        }
        List<Span> merged = new ArrayList<>();
        for (Span f : trimmed) {
            if (!merged.isEmpty()) {
                Span last = merged.get(merged.size() - 1);
                if (blank(last.end(), f.start()) || f.start() <= last.end()) {
                    merged.set(merged.size() - 1, new Span(last.start(), Math.max(f.end(), last.end())));
                    continue;
                }
            }
            merged.add(f);
        }
        return List.copyOf(merged);
    }

    private boolean blank(int from, int to) {
        for (int i = from; i < to; i++)
            if (!isSpace(text.charAt(i))) return false;
        return true;
    }
}
