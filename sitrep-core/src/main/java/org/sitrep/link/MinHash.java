package org.sitrep.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * MinHash signatures over word shingles: two texts' signatures agree in about the fraction of positions that equals
 * the Jaccard similarity of their shingle sets. Deterministic (fixed seeds, no randomness at run time), so the same
 * text always gets the same signature in every JVM.
 */
public final class MinHash {
    /** Words per shingle: five words keep common phrases ("the Russian Defence Ministry said") from matching. */
    public static final int SHINGLE = 5;
    /** Hash functions per signature. */
    public static final int SIZE = 128;

    private static final long[] SEEDS = new long[SIZE];

    static {
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SIZE; i++) SEEDS[i] = s = mix(s + i);
    }

    private MinHash() {}

    /** The signature of a text: lower-cased words (letters and digits), five-word shingles. */
    public static long[] signature(String text) {
        List<String> words = words(text);
        long[] sig = new long[SIZE];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        int n = Math.max(1, words.size() - SHINGLE + 1);
        for (int i = 0; i < n; i++) {
            long h = 0xcbf29ce484222325L;
            for (int j = i; j < Math.min(words.size(), i + SHINGLE); j++) {
                for (char c : words.get(j).toCharArray()) h = (h ^ c) * 0x100000001b3L;
                h = (h ^ ' ') * 0x100000001b3L;
            }
            for (int k = 0; k < SIZE; k++) {
                long v = mix(h ^ SEEDS[k]);
                if (Long.compareUnsigned(v, sig[k]) < 0) sig[k] = v;
            }
        }
        return sig;
    }

    /** How many distinct shingles a text has: with two signatures' similarity, how much of each the other holds. */
    public static int shingles(String text) {
        List<String> words = words(text);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) seen.add(String.join(" ", words.subList(i, i + SHINGLE)));
        return words.isEmpty() ? 0 : Math.max(1, seen.size());
    }

    /** The estimated Jaccard similarity of two signatures' shingle sets. */
    public static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int k = 0; k < SIZE; k++) if (a[k] == b[k]) same++;
        return same / (double) SIZE;
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetterOrDigit(c)) w.append(c);
            else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        if (w.length() > 0) out.add(w.toString());
        return out;
    }

    /** SplitMix64's finalizer: a well-mixed 64-bit permutation. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
