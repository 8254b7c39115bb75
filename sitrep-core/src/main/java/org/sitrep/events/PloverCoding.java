package org.sitrep.events;

import java.util.EnumSet;
import java.util.Set;
import org.sitrep.events.internal.Parse;
import org.sitrep.lexicon.CueLexicon;
import org.sitrep.model.PloverType;

/**
 * The type a CAMEO/PLOVER coder gives an event that is not (yet) done but intended, demanded or refused. The events
 * stage keeps these as the event's modality and polarity ("will deploy" is MOBILIZE, planned); the coders' codebook
 * turns them into speech acts: an intent to cooperate is AGREE (CAMEO 03), an intent to do harm or a condition
 * ("unless") THREATEN (13), "must"/"should" DEMAND (10), a refusal or "will not" REJECT (12). Read from the words
 * on the trigger and on the verbs it is the complement of ("said they would", "refused to", "is ready to").
 * Stateless, thread-safe.
 */
public final class PloverCoding {
    private static final Set<String> INTENT_MODALS = Set.of("will", "would", "shall", "'ll", "'d");
    private static final Set<String> DEMAND_MODALS = Set.of("must", "should");
    private static final Set<String> INTENT_VERBS = Set.of("promise", "pledge", "vow", "offer", "agree", "plan",
            "intend", "decide", "prepare", "commit", "ready", "prepared", "committed", "willing", "determined",
            "expect", "swear", "resolve");
    /**
     * Verbs that are themselves an intent to cooperate when they carry the event ("agreed on a pact", "promised
     * aid"): PLOVER's AGREE is "agree to, offer, promise or otherwise indicate willingness", while CAMEO's
     * dictionary codes a bare "agree" 050 (diplomatic cooperation, SUPPORT).
     */
    private static final Set<String> AGREEING_VERBS = Set.of("agree", "promise", "pledge", "vow", "offer");
    private static final Set<String> REFUSAL_VERBS = Set.of("refuse", "reject", "decline", "deny", "oppose");
    private static final Set<String> NEGATION = Set.of("not", "n't", "never");
    private static final Set<PloverType> HARMFUL = EnumSet.of(PloverType.DISAPPROVE, PloverType.ACCUSE,
            PloverType.REJECT, PloverType.THREATEN, PloverType.PROTEST, PloverType.SANCTION, PloverType.MOBILIZE,
            PloverType.COERCE, PloverType.ASSAULT, PloverType.FIGHT);

    /**
     * Words that make violence unconventional, CAMEO 18 (ASSAULT) rather than conventional military force (19,
     * FIGHT): bombs planted or carried, suicide attacks, assassination, torture, abduction, beatings.
     */
    private static final Set<String> UNCONVENTIONAL = Set.of("suicide", "roadside", "explosion", "explosive",
            "assassinate", "assassination", "assassin", "torture", "machete", "kidnap", "abduct", "abduction",
            "hostage", "beat", "car-bomb", "bomber", "massacre", "lynch", "stab");

    private PloverCoding() {}

    /**
     * The token a coder types the event at {@code t} by: when {@code t} is a verb of intent ("plans", "decided",
     * "agreed", "is prepared") whose infinitive complement is itself an event (one of {@code eventTokens}), that
     * complement, whose stance is then the intent ("plans to impose restrictions" is an intended imposing,
     * THREATEN); else {@code t}.
     */
    public static int intended(Parse parse, int t, java.util.Collection<Integer> eventTokens) {
        if (t < 0 || !INTENT_VERBS.contains(parse.lemma(t).toLowerCase(java.util.Locale.ROOT))) return t;
        for (int c : parse.children(t))
            if (parse.rel(c).equals("xcomp") && eventTokens.contains(c)) return c;
        return t;
    }

    /** FIGHT made ASSAULT when the sentence of token {@code t} names unconventional violence; else {@code base}. */
    public static PloverType violence(Parse parse, int t, PloverType base) {
        if (base != PloverType.FIGHT || t < 0) return base;
        org.sitrep.model.Sentence s = parse.sentences().get(parse.token(t).sentence());
        for (int i = s.firstToken(); i < s.endToken(); i++)
            if (UNCONVENTIONAL.contains(parse.lemma(i).toLowerCase(java.util.Locale.ROOT))
                    || parse.lower(i).equals("bomb") && parse.rel(i).equals("compound")
                    || parse.lemma(i).equals("bomb") && parse.isNoun(i) && parse.childWord(i, "car") >= 0)
                return PloverType.ASSAULT;
        return base;
    }

    /** How the event at token {@code t} is put: done, intended, demanded, refused, or made a condition. */
    public enum Stance { DONE, INTENDED, DEMANDED, REFUSED, CONDITIONAL }

    /** The stance of the event at {@code t}, from its own words and those of the verbs above it (at most three). */
    public static Stance stance(Parse parse, int t) {
        boolean intent = false, negated = false, demanded = false, refused = false, conditional = false;
        int k = t;
        if (parse.isVerb(t) && AGREEING_VERBS.contains(parse.lemma(t).toLowerCase(java.util.Locale.ROOT))) intent = true;
        for (int steps = 0; k >= 0 && steps < 4; steps++) {
            if (steps > 0) {
                String l = parse.lemma(k).toLowerCase(java.util.Locale.ROOT);
                if (INTENT_VERBS.contains(l)) intent = true;
                if (REFUSAL_VERBS.contains(l)) refused = true;
                if (l.equals("demand") || l.equals("urge") || l.equals("insist")) demanded = true;
            }
            for (int c : parse.children(k)) {
                String w = parse.lower(c), rel = parse.rel(c);
                if (rel.startsWith("aux") && INTENT_MODALS.contains(w)) intent = true;
                if (rel.startsWith("aux") && DEMAND_MODALS.contains(w)) demanded = true;
                if (NEGATION.contains(w) && (rel.equals("advmod") || rel.equals("neg"))) negated = true;
                if (rel.equals("advcl") && parse.childWord(c, "unless") >= 0) conditional = true;
                if (rel.equals("cop") && k != t && INTENT_VERBS.contains(parse.lower(k))) intent = true;
            }
            String rel = parse.rel(k);
            if (CueLexicon.CLAUSE_REPORTING.contains(parse.lemma(k))) break;
            if (!(rel.equals("xcomp") || rel.equals("ccomp") || (steps == 0 && rel.equals("conj")))) break;
            k = parse.head(k);
        }
        if (refused || negated && intent) return Stance.REFUSED;
        if (demanded) return Stance.DEMANDED;
        if (conditional) return Stance.CONDITIONAL;
        if (intent) return Stance.INTENDED;
        return Stance.DONE;
    }

    /** The coders' type for an event of rule type {@code base} (may be null: none found) put as {@code stance}. */
    public static PloverType code(PloverType base, Stance stance) {
        return switch (stance) {
            case DONE -> base;
            case REFUSED -> PloverType.REJECT;
            case DEMANDED -> PloverType.DEMAND;
            case CONDITIONAL -> PloverType.THREATEN;
            case INTENDED -> base != null && HARMFUL.contains(base) ? PloverType.THREATEN : PloverType.AGREE;
        };
    }
}
