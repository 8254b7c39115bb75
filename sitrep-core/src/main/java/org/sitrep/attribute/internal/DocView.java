package org.sitrep.attribute.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sitrep.model.Dependency;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Array views of a parsed document that the attribution features read: per token its word, lemma, POS, sentence,
 * dependency head and relation, children, quotation region and paragraph. Immutable after construction.
 */
public final class DocView {
    public final String text;
    public final int n;
    public final String[] word, lower, lemma, pos, rel, coarse, fine;
    public final int[] start, end, sentence, head, depth, quote, paragraph;
    public final int[][] children;
    public final List<Sentence> sentences;

    /** @param clusters word classes for {@link #coarse} and {@link #fine} */
    public DocView(Doc doc, WordClusters clusters) {
        text = doc.text();
        List<Token> tokens = doc.get(Layer.TOKENS);
        sentences = doc.get(Layer.SENTENCES);
        n = tokens.size();
        word = new String[n];
        lower = new String[n];
        lemma = new String[n];
        pos = new String[n];
        rel = new String[n];
        coarse = new String[n];
        fine = new String[n];
        start = new int[n];
        end = new int[n];
        sentence = new int[n];
        head = new int[n];
        depth = new int[n];
        quote = new int[n];
        paragraph = new int[n];
        Arrays.fill(head, -1);
        Arrays.fill(rel, "none");
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            start[i] = t.span().start();
            end[i] = t.span().end();
            word[i] = t.span().of(text);
            lower[i] = word[i].toLowerCase();
            lemma[i] = t.lemma() == null ? lower[i] : t.lemma().toLowerCase();
            pos[i] = t.pos() == null ? "X" : t.pos();
            sentence[i] = t.sentence();
            coarse[i] = clusters.of(lower[i], 0);
            fine[i] = clusters.of(lower[i], 1);
        }
        for (Dependency d : doc.get(Layer.DEPENDENCIES)) {
            if (d.dependent() < 0 || d.dependent() >= n) continue;
            head[d.dependent()] = d.head();
            rel[d.dependent()] = d.relation();
        }
        List<List<Integer>> kids = new ArrayList<>();
        for (int i = 0; i < n; i++) kids.add(new ArrayList<>());
        for (int i = 0; i < n; i++)
            if (head[i] >= 0 && head[i] < n) kids.get(head[i]).add(i);
        children = new int[n][];
        for (int i = 0; i < n; i++) children[i] = kids.get(i).stream().mapToInt(Integer::intValue).toArray();
        for (int i = 0; i < n; i++) {
            int d = 0;
            for (int h = head[i]; h >= 0 && d < 50; h = head[h]) d++;
            depth[i] = d;
        }
        markQuotes();
        int para = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0 && text.substring(end[i - 1], start[i]).contains("\n")) para++;
            paragraph[i] = para;
        }
    }

    /**
     * Quotation regions: {@code quote[i]} is the token index of the opening mark of the quotation token i lies in,
     * or -1. Curly marks open and close by shape; straight double quotes alternate. A region is closed at a
     * paragraph break, since an unclosed quote continues only by a fresh opening mark in the next paragraph.
     */
    private void markQuotes() {
        int open = -1;
        for (int i = 0; i < n; i++) {
            if (i > 0 && text.substring(end[i - 1], start[i]).contains("\n")) open = -1;
            String w = word[i];
            boolean opening = w.equals("“") || w.equals("``") || (w.equals("\"") && open < 0);
            boolean closing = w.equals("”") || w.equals("''") || (w.equals("\"") && open >= 0);
            if (opening) {
                open = i;
                quote[i] = -1;
            } else if (closing) {
                quote[i] = -1;
                open = -1;
            } else {
                quote[i] = open;
            }
        }
    }

    public boolean isPunct(int i) {
        return !Character.isLetterOrDigit(word[i].charAt(0));
    }

    /** The child of {@code ancestor} on the path down to {@code i}, or -1 when {@code ancestor} does not dominate i. */
    public int branchUnder(int ancestor, int i) {
        int prev = -1, k = i, steps = 0;
        while (k >= 0 && steps++ < 60) {
            if (k == ancestor) return prev;
            prev = k;
            k = head[k];
        }
        return -1;
    }
}
