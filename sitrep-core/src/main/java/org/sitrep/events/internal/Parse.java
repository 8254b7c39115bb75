package org.sitrep.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Dependency;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * The document's dependency trees as arrays over document-wide token indices: head, relation, children, and the
 * sentence of each token. Built once per document by the events stages; immutable, not API.
 */
public final class Parse {
    private final Doc doc;
    private final List<Token> tokens;
    private final int[] head;
    private final String[] relation;
    private final List<List<Integer>> children;

    public Parse(Doc doc) {
        this.doc = doc;
        this.tokens = doc.get(Layer.TOKENS);
        int n = tokens.size();
        head = new int[n];
        relation = new String[n];
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            head[i] = -1;
            relation[i] = "root";
            children.add(new ArrayList<>());
        }
        for (Dependency d : doc.get(Layer.DEPENDENCIES)) {
            if (d.dependent() < 0 || d.dependent() >= n) continue;
            head[d.dependent()] = d.head() >= 0 && d.head() < n ? d.head() : -1;
            relation[d.dependent()] = d.relation();
            if (head[d.dependent()] >= 0) children.get(d.head()).add(d.dependent());
        }
    }

    public Doc doc() {
        return doc;
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public Span span(int i) {
        return tokens.get(i).span();
    }

    public String word(int i) {
        return tokens.get(i).span().of(doc.text());
    }

    public String lower(int i) {
        return word(i).toLowerCase(Locale.ROOT);
    }

    public String lemma(int i) {
        String l = tokens.get(i).lemma();
        return l == null ? lower(i) : l.toLowerCase(Locale.ROOT);
    }

    public String pos(int i) {
        String p = tokens.get(i).pos();
        return p == null ? "" : p;
    }

    public int head(int i) {
        return head[i];
    }

    public String rel(int i) {
        return relation[i];
    }

    public List<Integer> children(int i) {
        return children.get(i);
    }

    /** The first child of {@code i} whose relation starts with {@code prefix}, or -1. */
    public int child(int i, String prefix) {
        for (int c : children.get(i))
            if (relation[c].startsWith(prefix)) return c;
        return -1;
    }

    /** The child of {@code i} with the given lower-case word, or -1. */
    public int childWord(int i, String word) {
        for (int c : children.get(i))
            if (lower(c).equals(word)) return c;
        return -1;
    }

    /** Whether {@code node} lies in the subtree under {@code root} (a node is in its own subtree). */
    public boolean inSubtree(int node, int root) {
        for (int i = node, steps = 0; i >= 0 && steps < 200; i = head[i], steps++)
            if (i == root) return true;
        return false;
    }

    /** The characters of the subtree under {@code i}. */
    public Span subtreeSpan(int i) {
        int[] r = {i, i};
        extend(i, r, 0);
        return new Span(span(r[0]).start(), span(r[1]).end());
    }

    private void extend(int i, int[] r, int depth) {
        if (depth > 200) return; // a malformed tree must not recurse forever
        for (int c : children.get(i)) {
            r[0] = Math.min(r[0], c);
            r[1] = Math.max(r[1], c);
            extend(c, r, depth + 1);
        }
    }

    public boolean isVerb(int i) {
        return pos(i).startsWith("VB");
    }

    public boolean isNoun(int i) {
        return pos(i).startsWith("NN");
    }

    /** The index of the token whose characters contain or start {@code span}, or -1. */
    public int tokenAt(Span span) {
        for (int i = 0; i < tokens.size(); i++) {
            Span s = tokens.get(i).span();
            if (s.end() > span.start() && s.start() < span.end()) return i;
        }
        return -1;
    }

    /** The head token of a span: the token inside it whose head lies outside it (the last such on a tie), or -1. */
    public int headOf(Span span) {
        int best = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Span s = tokens.get(i).span();
            if (s.start() >= span.end()) break;
            if (s.end() <= span.start()) continue;
            int h = head[i];
            if (h < 0 || tokens.get(h).span().start() < span.start() || tokens.get(h).span().start() >= span.end())
                best = i;
        }
        return best;
    }

    /** The sentences in order. */
    public List<Sentence> sentences() {
        return doc.get(Layer.SENTENCES);
    }
}
