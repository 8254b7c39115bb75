package org.sitrep.attribute;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Doc;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.syntax.DependencyView;

/**
 * One sentence of the document's {@link DependencyView}: tree navigation that stays inside the sentence (a head
 * outside it counts as none). Token indices are document-wide, as in the doc's layers. Immutable.
 */
final class SentenceGraph {
    final Doc doc;
    final Sentence sentence;
    private final DependencyView view;

    SentenceGraph(Doc doc, Sentence sentence, DependencyView view) {
        this.doc = doc;
        this.sentence = sentence;
        this.view = view;
    }

    /** One graph per sentence, in order, over one view of the document. */
    static List<SentenceGraph> of(Doc doc) {
        DependencyView view = new DependencyView(doc);
        List<SentenceGraph> graphs = new ArrayList<>();
        for (Sentence s : view.sentences) graphs.add(new SentenceGraph(doc, s, view));
        return graphs;
    }

    boolean contains(int token) {
        return token >= sentence.firstToken() && token < sentence.endToken();
    }

    int first() {
        return sentence.firstToken();
    }

    int end() {
        return sentence.endToken();
    }

    Token token(int i) {
        return view.tokens.get(i);
    }

    String word(int i) {
        return view.word[i];
    }

    String lower(int i) {
        return view.lower[i];
    }

    String lemma(int i) {
        return view.lemma[i];
    }

    String pos(int i) {
        return view.pos[i];
    }

    int head(int i) {
        int h = view.head[i];
        return contains(h) ? h : -1;
    }

    String rel(int i) {
        return view.rel[i];
    }

    List<Integer> children(int i) {
        List<Integer> inside = new ArrayList<>(view.children[i].length);
        if (contains(i))
            for (int c : view.children[i]) if (contains(c)) inside.add(c);
        return inside;
    }

    /** The first child of {@code i} whose relation starts with {@code prefix}, or -1. */
    int child(int i, String prefix) {
        for (int c : children(i))
            if (rel(c).startsWith(prefix)) return c;
        return -1;
    }

    /** The first child of {@code i} whose relation is exactly {@code relation}, or -1. */
    int childExactly(int i, String relation) {
        for (int c : children(i))
            if (rel(c).equals(relation)) return c;
        return -1;
    }

    /** Lowest and highest token index of the subtree under {@code i}, as {lo, hi} (inclusive). */
    int[] subtree(int i) {
        int[] range = {i, i};
        extend(i, range, 0);
        return range;
    }

    private void extend(int i, int[] range, int depth) {
        if (depth > 200) return; // a malformed tree must not recurse forever
        for (int c : children(i)) {
            range[0] = Math.min(range[0], c);
            range[1] = Math.max(range[1], c);
            extend(c, range, depth + 1);
        }
    }

    /** The sentence's root token, or -1 when the parse has none. */
    int root() {
        for (int i = first(); i < end(); i++) if (rel(i).equals("root")) return i;
        return -1;
    }

    int leftEdgeOfSubtree(int i) {
        return subtree(i)[0];
    }

    boolean inSubtree(int node, int root) {
        for (int i = node, steps = 0; i >= 0 && steps < 200; i = head(i), steps++)
            if (i == root) return true;
        return false;
    }

    /** The characters from the start of token {@code lo} to the end of token {@code hi}. */
    Span span(int lo, int hi) {
        return view.span(lo, hi);
    }

    /** The subtree of {@code node} without leading or trailing punctuation and relative clauses, or null. */
    int[] trimmed(int node) {
        int[] r = subtree(node);
        for (int c : children(node))
            if (rel(c).equals("acl:relcl") && c > node) r[1] = Math.min(r[1], leftEdgeOfSubtree(c) - 1);
        return trimRange(r[0], r[1]);
    }

    /** Tokens [lo, hi] without punctuation (quotes that open or close the range stay) and conjunctions at the ends. */
    int[] trimRange(int lo, int hi) {
        while (lo <= hi && (isPunct(lo) && !isOpeningQuote(word(lo)) || pos(lo).equals("CC"))) lo++;
        while (hi >= lo && (isPunct(hi) && !isClosingQuote(word(hi)) || pos(hi).equals("CC"))) hi--;
        return lo > hi ? null : new int[] {lo, hi};
    }

    /** Whether {@code noun} has a "case" child that is {@code word} ("by" in "by the ministry"). */
    boolean hasCase(int noun, String word) {
        for (int c : children(noun))
            if (rel(c).equals("case") && lower(c).equals(word)) return true;
        return false;
    }

    boolean isDemonstrative(int token) {
        return Set.of("this", "that", "it", "these").contains(lower(token));
    }

    /** The first token of this sentence that starts at or after {@code offset} ({@link #end()} when none). */
    int tokenAfter(int offset) {
        int i = first();
        while (i < end() && token(i).span().start() < offset) i++;
        return i;
    }

    static boolean isOpeningQuote(String w) {
        return DependencyView.isOpeningQuote(w);
    }

    static boolean isClosingQuote(String w) {
        return DependencyView.isClosingQuote(w);
    }

    boolean isPunct(int i) {
        return view.isPunctuation(i);
    }

    /** The opening quotation mark of the quotation token {@code i} lies in (any sentence), or -1. */
    int quoteOpening(int i) {
        return i >= 0 && i < view.n ? view.quote[i] : -1;
    }

    /** The number of tokens in the whole document. */
    int size() {
        return view.n;
    }

    /** The paragraph of token {@code i} (document-wide, counted from 0). */
    int paragraph(int i) {
        return view.paragraph[i];
    }

    /** Whether a line break stands between token {@code i} and the token before it (or i is the first token). */
    boolean startsLine(int i) {
        return i == 0 || doc.text().substring(view.end[i - 1], view.start[i]).contains("\n");
    }
}
