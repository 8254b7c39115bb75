package org.sitrep.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.sitrep.lexicon.CueLexicon;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.syntax.DependencyView;

/**
 * Picks an event's source (agent) and target actors from a dependency parse (Universal Dependencies, basic tree) of the
 * text: the source is the actor heading the main clause's subject ({@code nsubj}), or the agent of a passive main
 * verb ({@code obl:agent}, or an {@code obl} with "by"); the target is the actor in the main verb's object or an
 * oblique after it ({@code obj}, {@code iobj}, then {@code obl}/{@code nmod}), or the passive subject. Subordinate
 * clauses ({@code advcl}, {@code acl}) and adverbials before the verb are not searched; complement clauses after
 * the verb ({@code xcomp}, {@code ccomp}: "agreed to help X") are, after the verb's own slots.
 *
 * <p>The main verb is the sentence root, except when the root is a reporting verb ("said") whose complement clause
 * comes before it ("X attacked Y, officials said"): then it is that clause's verb. Inside a slot, the actor
 * closest to the slot's head in the tree wins ("the leader of Iraq's opposition" → the opposition's head), ties by
 * text order. Sentences are tried in order until one gives a source or a target (else the first with target slots).
 *
 * <p>Model-free given the parse: the {@code parsed} document needs {@link Layer#TOKENS}, {@link Layer#SENTENCES}
 * and {@link Layer#DEPENDENCIES} over the same text as the mentions' spans (tokens are matched to mentions by
 * character overlap, so the mentions may come from another tokenizer). Stateless and thread-safe. Public API for
 * the events stage; {@code sitrep eval actors} (sitrep-eval) scores it on the PLOVER dev records.
 */
public final class ArgumentPicker {
    private static final Set<String> REPORTING = CueLexicon.CLAUSE_REPORTING;
    private static final Set<String> SUBJECT = Set.of("nsubj", "csubj");
    private static final Set<String> OBJECT = Set.of("obj", "dobj", "iobj");
    private static final Set<String> OBLIQUE = Set.of("obl", "nmod");
    private static final Set<String> COMPLEMENT = Set.of("xcomp", "ccomp");
    private static final Set<String> PHRASE_INTERNAL = Set.of("amod", "compound", "nmod:poss", "flat", "appos",
            "det", "nummod", "compound:prt", "flat:name");

    private ArgumentPicker() {}

    /**
     * What the parse gives: the source and target actors (either may be null), and the token spans of the target
     * slots in order of preference (for looking up a place acted upon when no actor is there).
     */
    public record Choice(ActorMention source, ActorMention target, List<Span> targetSlots) {
        /** Nothing found: no source, no target, no slots. */
        public static final Choice NONE = new Choice(null, null, List.of());
    }

    /**
     * The source and target among {@code candidates} by the parse of {@code parsed}; {@link Choice#NONE} when it
     * has none. {@code fallbackSource} (may be null) stands in for the source when the subject holds no actor, so
     * that it is not taken as the target as well.
     */
    public static Choice pick(Doc parsed, List<ActorMention> candidates, ActorMention fallbackSource) {
        if (!parsed.has(Layer.DEPENDENCIES) || !parsed.has(Layer.TOKENS) || !parsed.has(Layer.SENTENCES))
            return Choice.NONE;
        Tree tree = new Tree(parsed);
        List<Placed> placed = new ArrayList<>();
        for (ActorMention m : candidates) {
            int head = tree.headOf(m.span());
            if (head >= 0) placed.add(new Placed(m, head));
        }
        Choice slotsOnly = Choice.NONE;
        for (Sentence s : parsed.get(Layer.SENTENCES)) {
            int root = tree.root(s);
            if (root < 0) continue;
            Choice c = pickIn(tree, mainVerb(tree, root), placed, fallbackSource);
            if (c.source() != null || c.target() != null) return c;
            // no actor, but something acted upon (a place may be named there): kept unless a later sentence has actors
            if (slotsOnly == Choice.NONE && !c.targetSlots().isEmpty()) slotsOnly = c;
        }
        return slotsOnly;
    }

    private static Choice pickIn(Tree tree, int verb, List<Placed> placed, ActorMention fallbackSource) {
        List<Integer> subjects = new ArrayList<>(), patients = new ArrayList<>(), agents = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        for (int c : tree.children(verb)) {
            String rel = tree.relation(c);
            if (SUBJECT.contains(rel)) subjects.add(c);
            else if (rel.startsWith("nsubj:pass") || rel.equals("nsubjpass")) patients.add(c);
            else if (rel.equals("obl:agent") || (OBLIQUE.contains(base(rel)) && tree.hasCase(c, "by"))) agents.add(c);
        }
        // Only a passive with an agent swaps the roles: without one, PLOVER codes the passive subject as the source
        // ("Eighty UN peacekeepers were shipped out of Gorazde"), as the linear reading does.
        if (!agents.isEmpty()) {
            subjects = agents;
            slots.addAll(patients);
        } else {
            subjects.addAll(patients);
        }
        collectSlots(tree, verb, slots, 0);
        List<Integer> subjectTokens = new ArrayList<>();
        for (int s : subjects) subjectTokens.addAll(tree.subtree(s));
        ActorMention found = best(tree, subjects, placed, null);
        ActorMention source = found != null ? found : fallbackSource;
        List<Span> slotSpans = new ArrayList<>();
        for (int s : slots)
            for (int t : tree.subtree(s))
                if (!subjectTokens.contains(t)) slotSpans.add(tree.span(t));
        ActorMention target = null;
        // A different code first ("Iraqi forces shelled Iranian positions"); the same code only from the object
        // itself ("Chinese President Xi met Chinese Premier Li"), never the source mention again.
        for (int s : slots) {
            for (boolean sameCodeAllowed : new boolean[] {false, true}) {
                ActorMention m = best(tree, List.of(s), placed, a -> a.mention() != source
                        && !subjectTokens.contains(a.head())
                        && (sameCodeAllowed || source == null || !a.mention().code().equals(source.code())));
                if (m != null) {
                    target = m;
                    break;
                }
            }
            if (target != null) break;
        }
        return new Choice(found, target, slotSpans);
    }

    /**
     * The verb's objects, then its obliques after it, then for each complement clause or coordinated verb after it
     * ("demanded that the US cancel…", "attacked and burned…"): the clause's own subject (the party told or asked to
     * act) and its slots, likewise.
     */
    private static void collectSlots(Tree tree, int verb, List<Integer> slots, int depth) {
        List<Integer> objects = new ArrayList<>(), obliques = new ArrayList<>(), clauses = new ArrayList<>();
        for (int c : tree.children(verb)) {
            String rel = tree.relation(c);
            if (OBJECT.contains(rel)) objects.add(c);
            else if (c > verb && OBLIQUE.contains(base(rel)) && !rel.equals("obl:tmod") && !tree.hasCase(c, "by"))
                obliques.add(c);
            else if (c > verb && (COMPLEMENT.contains(rel) || rel.equals("conj") && tree.isVerb(c))) clauses.add(c);
        }
        slots.addAll(objects);
        slots.addAll(obliques);
        if (depth >= 3) return;
        for (int c : clauses) {
            for (int s : tree.children(c))
                if (SUBJECT.contains(tree.relation(s)) || tree.relation(s).startsWith("nsubj:pass")) slots.add(s);
            collectSlots(tree, c, slots, depth + 1);
        }
    }

    private static String base(String rel) {
        int colon = rel.indexOf(':');
        return colon < 0 ? rel : rel.substring(0, colon);
    }

    /** The sentence root, or the clause a trailing reporting verb governs ("X attacked Y, officials said"). */
    static int mainVerb(Tree tree, int root) {
        if (!REPORTING.contains(tree.lemma(root))) return root;
        for (int c : tree.children(root))
            if (c < root && (tree.relation(c).equals("ccomp") || tree.relation(c).equals("parataxis"))) return c;
        return root;
    }

    /** The mention whose head is closest (in the tree) to one of {@code slotHeads}, ties by text order. */
    private static ActorMention best(Tree tree, List<Integer> slotHeads, List<Placed> placed,
            java.util.function.Predicate<Placed> keep) {
        Placed best = null;
        int bestDepth = Integer.MAX_VALUE;
        for (int slot : slotHeads) {
            for (Placed p : placed) {
                if (keep != null && !keep.test(p)) continue;
                int d = tree.depthBelow(p.head(), slot);
                if (d < 0) continue;
                if (d < bestDepth || (d == bestDepth && p.mention().span().start() < best.mention().span().start())) {
                    best = p;
                    bestDepth = d;
                }
            }
            if (best != null) return best.mention();
        }
        return null;
    }

    /** A mention with the parse token that heads it. */
    record Placed(ActorMention mention, int head) {}

    /**
     * The picker's reading of the document's one {@link DependencyView}: sentence roots, slots, subtrees and phrase
     * depth. A token the parser left out (relation "none") is in no tree.
     */
    static final class Tree {
        private final DependencyView view;

        Tree(Doc doc) {
            view = new DependencyView(doc);
        }

        int root(Sentence s) {
            for (int i = s.firstToken(); i < s.endToken() && i < view.n; i++)
                if (view.head[i] == -1 && attached(i)) return i;
            return -1;
        }

        private boolean attached(int t) {
            return !view.rel[t].equals("none");
        }

        int[] children(int t) {
            return view.children[t];
        }

        String relation(int t) {
            return attached(t) ? view.rel[t] : "";
        }

        String lemma(int t) {
            return view.lemma[t];
        }

        Span span(int t) {
            return view.span(t, t);
        }

        /** Whether {@code t} has a {@code case} child with this lemma ("by"). */
        boolean hasCase(int t, String word) {
            for (int c : children(t)) if (relation(c).equals("case") && lemma(c).equals(word)) return true;
            return false;
        }

        /** {@code t} and every token below it, in text order. */
        List<Integer> subtree(int t) {
            List<Integer> out = new ArrayList<>();
            List<Integer> stack = new ArrayList<>(List.of(t));
            while (!stack.isEmpty()) {
                int x = stack.remove(stack.size() - 1);
                out.add(x);
                for (int c : children(x)) stack.add(c);
            }
            out.sort(Comparator.naturalOrder());
            return out;
        }

        /**
         * How many phrases {@code t} is below {@code ancestor}: arcs counted, except those inside one noun phrase
         * (modifiers, compounds, possessors, flat names, appositions), so "Bosnian Serbs" or "North Korea's demand"
         * puts both names at the head's level and text order decides; -1 when it is not in the subtree.
         */
        int depthBelow(int t, int ancestor) {
            int d = 0;
            for (int x = t, steps = 0; x >= 0 && x < view.n && steps <= view.n; x = view.head[x], steps++) {
                if (x == ancestor) return d;
                if (!PHRASE_INTERNAL.contains(relation(x))) d++;
            }
            return -1;
        }

        boolean isVerb(int t) {
            return view.pos[t].startsWith("VB");
        }

        /**
         * The token heading the characters of {@code span}: among the tokens overlapping it, the one whose head
         * lies outside them (the first such); -1 when no attached token overlaps.
         */
        int headOf(Span span) {
            List<Integer> inside = new ArrayList<>();
            for (int i = 0; i < view.n; i++)
                if (view.start[i] < span.end() && span.start() < view.end[i] && attached(i)) inside.add(i);
            for (int i : inside) if (!inside.contains(view.head[i])) return i;
            return -1;
        }
    }
}
