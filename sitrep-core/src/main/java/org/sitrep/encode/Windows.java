package org.sitrep.encode;

import java.util.ArrayList;
import java.util.List;

/**
 * How a sentence's words are cut into encoder windows, and which window each word takes its vector from. A
 * sentence whose pieces fit is one window; a longer one becomes overlapping windows of at most {@code maxPieces}
 * pieces, each starting {@code overlap} pieces (or a little more, at word boundaries) before the previous one ended,
 * so that no word is truncated away and every word sees context on both sides. A word's vector comes from the window
 * where it is farthest from a cut (a sentence's own start and end are not cuts). Pure functions; thread-safe.
 */
final class Windows {
    private Windows() {}

    /**
     * The windows over a sentence, as word ranges [start, end).
     *
     * @param pieces    pieces per word, each between 1 and {@code maxPieces}
     * @param maxPieces most pieces in one window (without the special pieces around it)
     * @param overlap   pieces shared by consecutive windows, at least; below {@code maxPieces}
     */
    static List<int[]> plan(int[] pieces, int maxPieces, int overlap) {
        if (overlap < 0 || overlap >= maxPieces)
            throw new IllegalArgumentException("Need 0 <= overlap < maxPieces; got overlap=" + overlap + ", maxPieces=" + maxPieces);
        List<int[]> out = new ArrayList<>();
        int n = pieces.length, start = 0;
        if (n == 0) return out;
        while (true) {
            int end = start, sum = 0;
            while (end < n && sum + pieces[end] <= maxPieces) sum += pieces[end++];
            if (end == start)
                throw new IllegalArgumentException("Word " + start + " has " + pieces[start] + " pieces; at most " + maxPieces + " fit");
            out.add(new int[] {start, end});
            if (end == n) return out;
            // step back from the end until the shared part holds at least `overlap` pieces, keeping progress
            int next = end, shared = 0;
            while (next - 1 > start && shared < overlap) shared += pieces[--next];
            start = next;
        }
    }

    /** For each word, the index of the window it takes its vector from: the one where it is farthest from a cut. */
    static int[] owners(int[] pieces, List<int[]> windows) {
        int n = pieces.length;
        int[] owner = new int[n];
        int[] best = new int[n];
        java.util.Arrays.fill(best, -1);
        for (int w = 0; w < windows.size(); w++) {
            int a = windows.get(w)[0], b = windows.get(w)[1];
            for (int i = a; i < b; i++) {
                // distance in words to this window's cuts; the sentence's own edges are no cuts
                int left = a == 0 ? Integer.MAX_VALUE / 2 : i - a;
                int right = b == n ? Integer.MAX_VALUE / 2 : b - 1 - i;
                int d = Math.min(left, right);
                if (d > best[i]) {
                    best[i] = d;
                    owner[i] = w;
                }
            }
        }
        return owner;
    }
}
