package org.sitrep.syntax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sitrep.model.Dependency;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * The one view of a parsed document that stages read: per token (document-wide index) its word, lemma, POS,
 * sentence, dependency head and relation, children, depth, quotation region and paragraph, with the tree
 * navigation the rules need. Built once per document from the TOKENS, SENTENCES and DEPENDENCIES layers; a token
 * the parser left out (a sentence over the parser's length cap) has head -1 and relation "none". Immutable after
 * construction, so thread-safe.
 */
public class DependencyView {
    public final String text;
    public final int n;
    public final List<Token> tokens;
    public final List<Sentence> sentences;
    public final String[] word, lower, lemma, pos, rel;
    public final int[] start, end, sentence, head, depth, quote, paragraph;
    /** Each token's dependents, in text order. */
    public final int[][] children;

    public DependencyView(Doc doc) {
        text = doc.text();
        tokens = doc.get(Layer.TOKENS);
        sentences = doc.get(Layer.SENTENCES);
        n = tokens.size();
        word = new String[n];
        lower = new String[n];
        lemma = new String[n];
        pos = new String[n];
        rel = new String[n];
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
            for (int h = head[i]; h >= 0 && h < n && d < 50; h = head[h]) d++;
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

    /** The characters from the start of token {@code lo} to the end of token {@code hi}. */
    public Span span(int lo, int hi) {
        return new Span(start[lo], end[hi]);
    }

    /** Punctuation by the parse: relation "punct" or a punctuation tag (commas, periods, quotes, brackets, hyphens). */
    public boolean isPunctuation(int i) {
        String p = pos[i];
        return rel[i].equals("punct") || p.equals(",") || p.equals(".") || p.equals(":") || p.equals("``")
                || p.equals("''") || p.equals("-LRB-") || p.equals("-RRB-") || p.equals("HYPH");
    }

    /** Whether the token starts with neither a letter nor a digit. */
    public boolean isSymbol(int i) {
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

    public static boolean isOpeningQuote(String w) {
        return w.equals("“") || w.equals("\"") || w.equals("«") || w.equals("``") || w.equals("‘");
    }

    public static boolean isClosingQuote(String w) {
        return w.equals("”") || w.equals("\"") || w.equals("»") || w.equals("''") || w.equals("’");
    }
}
