package org.sitrep.events;

import java.util.List;
import java.util.Set;
import org.sitrep.events.internal.Parse;
import org.sitrep.model.ActorMention;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Event;
import org.sitrep.model.Layer;
import org.sitrep.model.Modality;
import org.sitrep.model.Polarity;

/**
 * Reads a planned attack as an assertion of its own ({@code PLAN}): "Russian forces plan to attack Ukraine", "Putin
 * has made the decision to invade", "Moscow denies any plans to invade", "there is no evidence that Ukraine is
 * preparing an offensive". On the news before a war these accusations and denials are most of what sides disagree
 * about, and none of them is a fact of the war, so the events stage's {@code PLANNED} modality kept them out of the
 * ledger's disputes. A plan needs three things the text must give: an attack deed ({@link #DEEDS}), a planning word
 * governing it ({@link #PLAN_WORDS}: no plan is read from "could attack" or "if Russia invades"), and a planner that
 * resolves to an actor. Not thread-safe: one per document.
 */
final class PlanReader {
    /** Deeds whose plan one side accuses another of: an attack on another country. */
    static final Set<String> DEEDS = Set.of("invade", "invasion", "attack", "assault", "offensive", "incursion");
    /** Words that make their complement a plan: "plans to", "intends to", "is preparing", "the decision to". */
    static final Set<String> PLAN_WORDS = Set.of("plan", "planning", "intend", "intention", "prepare", "preparation",
            "decide", "decision", "threaten", "aim");
    /** Verbs that deny what they govern: "denies planning to invade", "rejected claims it intends to attack". */
    private static final Set<String> DENYING = Set.of("deny", "reject", "dismiss", "refute");
    /** Nouns that, with "no", deny what they are of: "there is no evidence that Ukraine is preparing an offensive". */
    private static final Set<String> EVIDENCE = Set.of("evidence", "sign", "indication", "proof");
    /**
     * Verbs whose subject is the planner when a plan noun is their object: "Russia denies any plans", "Putin has made
     * the decision", "Moscow has no intention". A reporting verb's subject is not ("the US cited plans to invade").
     */
    private static final Set<String> OWNING = Set.of("deny", "reject", "dismiss", "refute", "have", "make", "announce",
            "confirm", "abandon", "drop");
    /** Verbs whose object is said to plan what their "of" clause says: "accused Russia of planning to invade". */
    private static final Set<String> ACCUSING = Set.of("accuse", "suspect");
    /** Verbs that only carry out the deed they govern: "launch an attack", "mount an offensive". */
    private static final Set<String> LIGHT = Set.of("launch", "mount", "carry", "conduct", "stage", "begin", "start",
            "undertake", "make");
    /** Auxiliaries of intent, which a denial turns into a denied plan. */
    private static final Set<String> WILL = Set.of("will", "would", "'ll");
    /** How far up from the deed a planning or denying word is looked for. */
    private static final int STEPS = 4;

    /** A plan read from one event: who plans it, and whether it is asserted or denied. */
    record Plan(ActorRef planner, Polarity polarity) {}

    private final Parse parse;
    private final List<ActorMention> actors;

    PlanReader(Parse parse) {
        this.parse = parse;
        this.actors = parse.doc().get(Layer.ACTORS);
    }

    /** The plan an event is, or null when it is not a planned attack with a planner the text names. */
    Plan read(Event e) {
        if (!DEEDS.contains(e.trigger())) return null;
        int t = parse.headOf(e.span());
        if (t < 0) return null;
        int word = planWord(t);
        if (word < 0 || parse.open(word) || parse.open(t)) return null;
        // "denied media reports that Putin had decided to attack", "accusations that Moscow plans to attack were
        // speculation": a plan told inside what someone else said or denied is not the holder's to assert or deny
        if (reported(t) || untold(t)) return null;
        boolean denied = e.polarity() == Polarity.NEGATIVE || denied(t) || negatedPlan(word);
        // "could be preparing an offensive", "if Russia decided to invade": a guess or a condition states no plan;
        // a denied will ("denies that it would attack") is a denied plan
        if (!denied && (e.modality() == Modality.HYPOTHETICAL || e.modality() == Modality.DEMANDED
                || parse.hedged(word)))
            return null;
        ActorRef planner = e.agent() != null ? e.agent() : subjectOf(word);
        // "Russia has denied it intends to launch an attack": the one who denies a plan denies its own
        if (planner == null && denied && deniedByVerb(t) && e.claim() != null && e.holder().code() != null)
            planner = e.holder();
        planner = AssertionBuilder.country(planner);
        if (planner == null || planner.code() == null || planner.code().length() < 3) return null;
        return new Plan(planner, denied ? Polarity.NEGATIVE : Polarity.POSITIVE);
    }

    /** The planning word above the deed within {@link #STEPS} heads ("plan" in "plans to launch an attack"), or -1. */
    private int planWord(int t) {
        for (int c : parse.children(t)) {
            // "denies it plans to invade", parsed with "plans" as the infinitive's auxiliary
            if (parse.rel(c).startsWith("aux") && planning(c)) return c;
            // "denies that it would attack Ukraine": a denied will is a denied plan (not "could": that is a risk)
            if (parse.rel(c).startsWith("aux") && WILL.contains(parse.lower(c)) && deniedByVerb(t)) return t;
        }
        int k = t;
        for (int steps = 0; steps < STEPS && parse.head(k) >= 0; steps++) {
            int h = parse.head(k);
            if (planning(h)) return parse.child(h, "aux:pass") >= 0 ? -1 : h; // "is threatened by an attack"
            // only a light verb may stand between the plan and the deed ("intends to launch an attack"); "aimed at
            // helping Ukraine repel the Russian offensives" plans the repelling, not the offensives
            if (k != t && parse.isVerb(k) && !LIGHT.contains(parse.lemma(k))) return -1;
            // "denies planning to invade", "denied it intends to launch an attack": the parser hangs the infinitive
            // on the denying verb, beside the planning word that is its object
            if (parse.rel(k).equals("xcomp") || parse.rel(k).equals("ccomp") || parse.rel(k).startsWith("advcl"))
                for (int c : parse.children(h))
                    if (c < k && (parse.rel(c).equals("obj") || parse.rel(c).equals("ccomp")) && planning(c)) return c;
            k = h;
        }
        return -1;
    }

    private boolean planning(int k) {
        return PLAN_WORDS.contains(parse.lemma(k)) || PLAN_WORDS.contains(parse.lower(k));
    }

    /** Whether a denying verb, or "no evidence / no sign", governs the deed. */
    boolean denied(int t) {
        return denied(t, null);
    }

    /**
     * Whether a plan event is denied by words within {@code within} (a claim's content): a claim that holds the
     * plan beside a denial of another source ("X accuses Russia of planning an attack, something Russia denied")
     * holds it as its own words say.
     */
    boolean deniedWithin(Event e, org.sitrep.model.Span within) {
        int t = parse.headOf(e.span());
        if (t < 0) return false;
        int word = planWord(t);
        return denied(t, within) || word >= 0 && within.contains(parse.span(word)) && negatedPlan(word);
    }

    private boolean denied(int t, org.sitrep.model.Span within) {
        int k = t;
        for (int steps = 0; steps < STEPS + 2 && parse.head(k) >= 0; steps++) {
            k = parse.head(k);
            if (within != null && !within.contains(parse.span(k))) break;
            if (DENYING.contains(parse.lemma(k))) return true;
            if (EVIDENCE.contains(parse.lemma(k)) && negatedNoun(k)) return true;
        }
        return false;
    }

    private boolean deniedByVerb(int t) {
        int k = t;
        for (int steps = 0; steps < STEPS + 2 && parse.head(k) >= 0; steps++) {
            k = parse.head(k);
            if (DENYING.contains(parse.lemma(k))) return true;
        }
        return false;
    }

    /** Nouns of what others say: a plan under one of them is theirs, not the holder's. */
    private static final Set<String> REPORTS = Set.of("report", "accusation", "claim", "allegation", "speculation",
            "suggestion", "rumour", "rumor", "information", "assertion", "charge", "statement", "story", "talk");

    /**
     * Whether a noun of what others say stands above the deed ("reports that Russia plans to invade"), or a denial
     * that is only asked for ("called on Russia to deny that it would attack").
     */
    private boolean reported(int t) {
        int k = t;
        for (int steps = 0; steps < STEPS + 2 && parse.head(k) >= 0; steps++) {
            k = parse.head(k);
            if (parse.isNoun(k) && REPORTS.contains(parse.lemma(k))) return true;
            // "called on Russia to deny that it would attack": a denial asked for is none made
            if (DENYING.contains(parse.lemma(k)) && parse.childWord(k, "to") >= 0) return true;
        }
        return false;
    }

    /** Verbs of speech that make a claim. */
    private static final Set<String> SPEECH = Set.of("say", "tell", "state", "claim", "insist", "assure", "add",
            "announce", "declare", "stress", "emphasize", "emphasise");

    /**
     * Whether a verb of speech above the deed is the cue of no claim ("Truss reported that Lavrov told her Russia had
     * no plans", with Lavrov's claim missed): the plan is then held by the wrong speaker, so it is left out.
     */
    private boolean untold(int t) {
        List<org.sitrep.model.Claim> claims = parse.doc().get(Layer.CLAIMS);
        int k = t;
        for (int steps = 0; steps < STEPS + 4 && parse.head(k) >= 0; steps++) {
            k = parse.head(k);
            if (!parse.isVerb(k) || !SPEECH.contains(parse.lemma(k))) continue;
            var s = parse.span(k);
            if (claims.stream().noneMatch(c -> c.cue().start() <= s.start() && s.end() <= c.cue().end())) return true;
        }
        return false;
    }

    /** "had no plans to invade", "has no intention of attacking", "does not plan to attack". */
    private boolean negatedPlan(int word) {
        for (int c : parse.children(word)) {
            String w = parse.lower(c);
            if (parse.rel(c).equals("det") && w.equals("no") || parse.rel(c).equals("neg")
                    || parse.rel(c).equals("advmod") && (w.equals("not") || w.equals("n't") || w.equals("never")))
                return true;
        }
        return false;
    }

    /** "no evidence", "not any sign". */
    private boolean negatedNoun(int n) {
        for (int c : parse.children(n)) {
            String w = parse.lower(c);
            if (w.equals("no") || parse.rel(c).equals("neg") || w.equals("not")) return true;
        }
        int h = parse.head(n);
        return h >= 0 && (parse.childWord(h, "not") >= 0 || parse.childWord(h, "n't") >= 0);
    }

    /**
     * Who plans: a planning verb's subject ("Russian forces plan"), a plan noun's possessor ("Moscow's plans"), or the
     * subject of the verb that owns the plan noun ("Russia denies any plans", "Putin has made the decision").
     */
    private ActorRef subjectOf(int word) {
        if (parse.isVerb(word)) {
            int subject = parse.child(word, "nsubj");
            if (subject >= 0) return actorAt(subject);
            // "NATO accuses Russia of planning an attack": the accused plans
            int h = parse.head(word);
            return h >= 0 && ACCUSING.contains(parse.lemma(h)) ? actorAt(parse.child(h, "obj")) : null;
        }
        int poss = parse.child(word, "nmod:poss");
        if (poss >= 0) return actorAt(poss);
        int v = parse.head(word);
        if (v >= 0 && parse.isVerb(v) && OWNING.contains(parse.lemma(v)) && parse.rel(word).equals("obj"))
            return actorAt(parse.child(v, "nsubj"));
        return null;
    }

    /** The actor a token names, when an actor mention covers it. */
    private ActorRef actorAt(int tok) {
        if (tok < 0) return null;
        var s = parse.span(tok);
        for (ActorMention m : actors)
            if (m.span().start() <= s.start() && s.end() <= m.span().end()) return EventExtractor.ref(m);
        return null;
    }
}
