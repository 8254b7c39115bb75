package org.sitrep.attribute;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Dependency;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Navigation over one sentence's dependency tree. Token indices are document-wide, as in the doc's layers.
 * Immutable once built.
 */
final class SentenceGraph {
    final Doc doc;
    final Sentence sentence;
    private final int[] head;
    private final String[] relation;
    private final List<List<Integer>> children;

    SentenceGraph(Doc doc, Sentence sentence, List<Dependency> dependencies) {
        this.doc = doc;
        this.sentence = sentence;
        int n = sentence.endToken() - sentence.firstToken();
        head = new int[n];
        relation = new String[n];
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            head[i] = -1;
            relation[i] = "root";
            children.add(new ArrayList<>());
        }
        for (Dependency d : dependencies) {
            if (!contains(d.dependent())) continue;
            int local = d.dependent() - sentence.firstToken();
            head[local] = contains(d.head()) ? d.head() : -1;
            relation[local] = d.relation();
            if (contains(d.head())) children.get(d.head() - sentence.firstToken()).add(d.dependent());
        }
    }

    /** One graph per sentence, in order. */
    static List<SentenceGraph> of(Doc doc) {
        List<Dependency> deps = doc.get(Layer.DEPENDENCIES);
        List<SentenceGraph> graphs = new ArrayList<>();
        // Dependencies come grouped by sentence; slice them once instead of filtering per sentence.
        int from = 0;
        for (Sentence s : doc.get(Layer.SENTENCES)) {
            int to = from;
            while (to < deps.size() && deps.get(to).dependent() < s.endToken()) to++;
            graphs.add(new SentenceGraph(doc, s, deps.subList(from, to)));
            from = to;
        }
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
        return doc.get(Layer.TOKENS).get(i);
    }

    String word(int i) {
        return token(i).span().of(doc.text());
    }

    String lower(int i) {
        return word(i).toLowerCase();
    }

    String lemma(int i) {
        String l = token(i).lemma();
        return l == null ? lower(i) : l.toLowerCase();
    }

    String pos(int i) {
        return token(i).pos() == null ? "" : token(i).pos();
    }

    int head(int i) {
        return head[i - first()];
    }

    String rel(int i) {
        return relation[i - first()];
    }

    List<Integer> children(int i) {
        return children.get(i - first());
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
        return new Span(token(lo).span().start(), token(hi).span().end());
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
        return w.equals("“") || w.equals("\"") || w.equals("«") || w.equals("``") || w.equals("‘");
    }

    static boolean isClosingQuote(String w) {
        return w.equals("”") || w.equals("\"") || w.equals("»") || w.equals("''") || w.equals("’");
    }

    boolean isPunct(int i) {
        String p = pos(i);
        return rel(i).equals("punct") || p.equals(",") || p.equals(".") || p.equals(":") || p.equals("``")
                || p.equals("''") || p.equals("-LRB-") || p.equals("-RRB-") || p.equals("HYPH");
    }
}
