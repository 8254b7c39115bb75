package org.sitrep.events.internal;

import java.util.List;
import java.util.Set;
import org.sitrep.model.Doc;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.syntax.DependencyView;

/**
 * The events stages' reading of the document's one {@link DependencyView}: the same tokens, heads and relations, with
 * the navigation the event and assertion rules use (first child by relation, subtree membership and span, a span's
 * head token). Built once per document by each events stage; immutable, not API.
 */
public final class Parse extends DependencyView {
    private final Doc doc;

    public Parse(Doc doc) {
        super(doc);
        this.doc = doc;
    }

    public Doc doc() {
        return doc;
    }

    public int size() {
        return n;
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public Span span(int i) {
        return tokens.get(i).span();
    }

    public String word(int i) {
        return word[i];
    }

    public String lower(int i) {
        return lower[i];
    }

    public String lemma(int i) {
        return lemma[i];
    }

    public String pos(int i) {
        return pos[i];
    }

    /** The head token, or -1 for a root or a token the parser left out. */
    public int head(int i) {
        return head[i] < n ? head[i] : -1;
    }

    public String rel(int i) {
        return rel[i];
    }

    /** The dependents of {@code i} in text order. */
    public int[] children(int i) {
        return children[i];
    }

    /** The first child of {@code i} whose relation starts with {@code prefix}, or -1. */
    public int child(int i, String prefix) {
        for (int c : children[i])
            if (rel[c].startsWith(prefix)) return c;
        return -1;
    }

    /** The child of {@code i} with the given lower-case word, or -1. */
    public int childWord(int i, String word) {
        for (int c : children[i])
            if (lower[c].equals(word)) return c;
        return -1;
    }

    /** Whether {@code node} lies in the subtree under {@code root} (a node is in its own subtree). */
    public boolean inSubtree(int node, int root) {
        for (int i = node, steps = 0; i >= 0 && i < n && steps < 200; i = head[i], steps++)
            if (i == root) return true;
        return false;
    }

    /** The characters of the subtree under {@code i}. */
    public Span subtreeSpan(int i) {
        int[] r = {i, i};
        extend(i, r, 0);
        return new Span(start[r[0]], end[r[1]]);
    }

    private void extend(int i, int[] r, int depth) {
        if (depth > 200) return; // a malformed tree must not recurse forever
        for (int c : children[i]) {
            r[0] = Math.min(r[0], c);
            r[1] = Math.max(r[1], c);
            extend(c, r, depth + 1);
        }
    }

    public boolean isVerb(int i) {
        return pos[i].startsWith("VB");
    }

    public boolean isNoun(int i) {
        return pos[i].startsWith("NN");
    }

    /** Modals of possibility: a word with one as auxiliary is guessed at, not stated ("may be preparing"). */
    private static final Set<String> HEDGES = Set.of("may", "might", "could", "can", "would", "should");

    /** Whether word {@code k} has a modal of possibility as auxiliary ("could be planning", "would attack"). */
    public boolean hedged(int k) {
        for (int c : children(k))
            if (rel(c).startsWith("aux") && HEDGES.contains(lower(c))) return true;
        return false;
    }

    /** Whether word {@code k} is opened by "whether" or "if": a question or a condition ("if Russia shelled"). */
    public boolean open(int k) {
        for (int c : children(k))
            if (rel(c).equals("mark") && (lower(c).equals("whether") || lower(c).equals("if"))) return true;
        return false;
    }

    /** The index of the first token whose characters overlap {@code span}, or -1. */
    public int tokenAt(Span span) {
        for (int i = 0; i < n; i++)
            if (end[i] > span.start() && start[i] < span.end()) return i;
        return -1;
    }

    /** Whether a token that starts in {@code span} and ends within it has its lower-cased form in {@code words}. */
    public boolean anyWordIn(Span span, Set<String> words) {
        for (int k = tokenAt(span); k >= 0 && k < n && end[k] <= span.end(); k++)
            if (words.contains(lower(k))) return true;
        return false;
    }

    /** The head token of a span: the token inside it whose head lies outside it (the last such on a tie), or -1. */
    public int headOf(Span span) {
        int best = -1;
        for (int i = 0; i < n; i++) {
            if (start[i] >= span.end()) break;
            if (end[i] <= span.start()) continue;
            int h = head(i);
            if (h < 0 || start[h] < span.start() || start[h] >= span.end()) best = i;
        }
        return best;
    }

    /** The sentences in order. */
    public List<Sentence> sentences() {
        return sentences;
    }
}
