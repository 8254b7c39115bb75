package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.events.internal.Parse;
import org.sitrep.model.ActorMention;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Claim;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Layer;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Polarity;
import org.sitrep.model.Span;
import org.sitrep.model.TimeMention;

/**
 * Reads an attack one side accuses another of, or denies as its own, as responsibility for the act: "Ukraine
 * accused Russia of shelling Kherson", "Kyiv blamed Moscow for the attack on Odesa", "X said Russia was responsible
 * for / behind the strike" (asserted); "Russia denied striking the hospital", "rejected claims that it had shelled
 * Kherson", "said it had nothing to do with the attack", "was not behind the blast" (denied). Each needs an act of
 * force ({@link #ACTS}) governed by the accusing or denying word with nothing but nouns, an "of / for / in / with"
 * phrase or a verb that only carries the act out ("of carrying out strikes") between them, and a coded attacker:
 * the accused, or for a denial the denier (the act's own coded subject when it names one of the denier's side).
 * No accusation is read from a question or condition ("whether Russia was behind"), a hedge ("may accuse"), an
 * accusation or denial negated, only asked for ("called on Russia to deny") or told inside what others say
 * ("rumours that Russia was behind"); nor an act that is only attempted, possible or planned ("accused X of planning
 * to attack", "denies that it would attack", "to launch an attack": {@link PlanReader}). Not thread-safe: one per
 * document.
 */
final class BlameReader {
    /** Acts of force one side accuses another of. */
    static final Set<String> ACTS = Set.of("attack", "strike", "airstrike", "shell", "shelling", "bomb", "bombing",
            "bombard", "bombardment", "shoot", "hit", "raid", "explosion", "blast", "blow", "destroy", "kill",
            "killing", "murder");
    /** Verbs whose object is accused of what their "of / for" phrase says: "accused Russia of shelling". */
    private static final Set<String> ACCUSING = Set.of("accuse", "blame");
    /** Adjectives whose subject is held to have done what their "for" phrase says: "Russia was responsible for". */
    private static final Set<String> RESPONSIBLE = Set.of("responsible", "accountable", "culpable", "guilty");
    /** Verbs that deny what they govern: "denied striking", "rejected claims that it had shelled". */
    private static final Set<String> DENYING = Set.of("deny", "reject", "dismiss", "refute");
    /** Verbs that only carry out the act they govern: "accused Ukraine of carrying out strikes". */
    private static final Set<String> CARRYING = Set.of("carry", "conduct", "launch", "mount", "stage", "perpetrate",
            "commit", "order", "organize", "organise");
    /** Nouns of what others say: an act under one is theirs, not the holder's (unless a denial rejects it). */
    private static final Set<String> REPORTS = Set.of("report", "accusation", "claim", "allegation", "speculation",
            "suggestion", "rumour", "rumor", "information", "assertion", "charge", "statement", "story", "talk",
            "suspicion", "speculations");
    private static final Set<String> PRONOUNS = Set.of("it", "its", "they", "their", "we", "our", "he", "his", "she",
            "her", "i", "my");
    /** Targets that name what was hit when no place is named: "denied striking the hospital". */
    static final Set<String> TARGETS = Set.of("hospital", "school", "kindergarten", "plant", "station", "dam",
            "bridge", "port", "depot", "airport", "airfield", "base", "market", "church", "convoy", "train", "ship",
            "vessel", "theatre", "theater", "mall", "refinery", "pipeline", "embassy", "maternity", "factory",
            "warehouse", "substation", "reactor", "barracks", "prison", "pier", "terminal", "cathedral", "museum");
    /** How far up from the act the accusing or denying word is looked for. */
    private static final int STEPS = 5;

    /**
     * An act read as someone's responsibility.
     *
     * @param act      the act's token
     * @param word     the accusing or denying word's token (after a denial above it: the denying verb)
     * @param attacker who is said to have done it, or denies having done it
     * @param polarity asserted (accused) or denied
     * @param holder   who says so: the claim's source, or the accusing verb's subject for narration
     * @param claim    the claim holding it, or null
     */
    record Blame(int act, int word, ActorRef attacker, Polarity polarity, ActorRef holder, Claim claim) {}

    private final Parse parse;
    private final List<ActorMention> actors;
    private final List<Claim> claims;

    BlameReader(Parse parse, List<Claim> claims) {
        this.parse = parse;
        this.actors = parse.doc().get(Layer.ACTORS);
        this.claims = claims;
    }

    /** Every act of the document read as an accusation or a denial, in text order. */
    List<Blame> read() {
        List<Blame> out = new ArrayList<>();
        for (int t = 0; t < parse.size(); t++) {
            if (!ACTS.contains(parse.lemma(t).toLowerCase(java.util.Locale.ROOT)) && !ACTS.contains(parse.lower(t)))
                continue;
            if (question(t)) continue;
            Blame b = read(t);
            if (b != null) out.add(b);
        }
        return out;
    }

    /** The responsibility act {@code t} is asserted or denied as, or null. */
    Blame read(int t) {
        // "Russia was (not) behind the attack": the act itself carries the accusation
        if (parse.childWord(t, "behind") >= 0 && parse.child(t, "cop") >= 0) {
            if (parse.hedged(t) || parse.open(t)) return null;
            return settle(t, t, actorAt(parse.child(t, "nsubj")), negated(t));
        }
        // "the strike capability", "attack drones": an act word naming a kind of thing (not a place or a target hit)
        if (parse.rel(t).startsWith("compound") && parse.head(t) >= 0 && !target(parse.head(t))
                && placeAt(parse.doc().find(Layer.PLACES).orElse(List.of()), parse.head(t)) == null)
            return null;
        int k = t, below = -1;
        for (int steps = 0; steps < STEPS && parse.head(k) >= 0; steps++) {
            int h = parse.head(k);
            // "denies that it would attack", "denied it intends to launch an attack": an act only possible or
            // intended is a plan (PlanReader), not one carried out
            if (parse.open(k) || parse.hedged(k) || infinitive(k)) return null;
            String lemma = parse.lemma(h).toLowerCase(java.util.Locale.ROOT);
            if (parse.isVerb(h) && ACCUSING.contains(lemma)) {
                if (negated(h) || parse.hedged(h) || parse.open(h) || infinitive(h)) return null;
                int accused;
                // "Russia was accused of shelling Kherson by Ukraine": the passive's subject is the accused
                if (ofOrFor(k))
                    accused = parse.child(h, "nsubj:pass") >= 0 ? parse.child(h, "nsubj:pass") : parse.child(h, "obj");
                // "accused Russian forces of bombing", the "of" phrase parsed as a clause on the accused
                else if (parse.rel(k).startsWith("obj") && below >= 0 && parse.rel(below).startsWith("acl")
                        && ofOrFor(below)) accused = k;
                // "Kyiv blamed the explosion on Russian saboteurs"
                else if (lemma.equals("blame") && parse.rel(k).startsWith("obj")) accused = phrase(h, "on");
                else return null;
                return settle(t, h, actorAt(accused), false);
            }
            if (RESPONSIBLE.contains(lemma) && ofOrFor(k)) {
                if (parse.hedged(h) || parse.open(h)) return null;
                int subject = parse.child(h, "nsubj");
                // "held Russia responsible for the attack": the object of the verb the adjective completes
                if (subject < 0 && parse.head(h) >= 0) subject = parse.child(parse.head(h), "obj");
                return settle(t, h, actorAt(subject), negated(h));
            }
            if (parse.isVerb(h) && DENYING.contains(lemma)) {
                if (parse.rel(k).startsWith("nsubj") || negated(h) || parse.hedged(h) || parse.open(h) || infinitive(h))
                    return null;
                // one denies an attack, but "dismissed / rejected the raids and attacks" shrugs them off: those verbs
                // deny what others say of it ("rejected claims that it shelled") or a clause, not a thing as object
                if (!lemma.equals("deny") && parse.rel(k).startsWith("obj") && !REPORTS.contains(parse.lemma(k)))
                    return null;
                return denial(t, h, agentOf(t));
            }
            // "said it had nothing to do with the attack"
            if (lemma.equals("do") && parse.childWord(k, "with") >= 0 && nothingToDo(h)) {
                int have = parse.head(h);
                return denial(t, have, actorAt(parse.child(have, "nsubj")));
            }
            if (!passes(k, h)) return null;
            below = k;
            k = h;
        }
        return null;
    }

    /** Whether the walk from the act up to the accusing word may go from {@code k} to its head {@code h}. */
    private boolean passes(int k, int h) {
        // "of carrying out targeted strikes", "of shelling Kherson" (parsed as a modifier of the place)
        if (parse.isNoun(h) || parse.pos(h).startsWith("PRP")) return true;
        if (parse.isVerb(h)) return CARRYING.contains(parse.lemma(h)) && !parse.hedged(h);
        return false;
    }

    /** A denial by the holder of its own act; the act's coded agent, when named, must be of the denier's side. */
    private Blame denial(int t, int word, ActorRef named) {
        Blame b = settle(t, word, null, true);
        if (b == null) return null;
        ActorRef denier = b.holder();
        if (denier == null || side(denier) == null) return null;
        if (named != null && side(named) != null && !side(named).equals(side(denier))) return null;
        return new Blame(b.act(), b.word(), AssertionBuilder.country(denier), b.polarity(), b.holder(), b.claim());
    }

    /**
     * The blame as the text holds it: a denying verb above the accusing word denies it ("rejected claims that it was
     * behind the attack"), then the holder is found (a claim, else the verb's coded subject), unless the words are
     * told inside what others say.
     */
    private Blame settle(int t, int word, ActorRef attacker, boolean denied) {
        int k = word;
        for (int steps = 0; steps < 3 && parse.head(k) >= 0; steps++) {
            int h = parse.head(k);
            if (parse.isNoun(h) && REPORTS.contains(parse.lemma(h))) {
                k = h;
                continue;
            }
            if (parse.isVerb(h) && DENYING.contains(parse.lemma(h)) && !parse.rel(k).startsWith("nsubj")) {
                if (negated(h) || parse.hedged(h) || parse.open(h) || infinitive(h)) return null;
                word = h;
                denied = !denied;
                // "Russia denied that it was responsible": the one denying speaks for the pronoun
                if (attacker == null) attacker = actorAt(parse.child(h, "nsubj"));
            }
            break;
        }
        if (reported(word)) return null;
        Claim claim = holding(word);
        // narration: the accusing or denying verb's subject holds it ("Kyiv blamed Moscow"); the subject of
        // "responsible" or "behind" is the accused, never the holder
        String lemma = parse.lemma(word);
        boolean speaks = parse.isVerb(word) && (ACCUSING.contains(lemma) || DENYING.contains(lemma));
        ActorRef holder = claim != null ? claim.source() : speaks ? actorAt(parse.child(word, "nsubj")) : null;
        if (holder == null || side(holder) == null) return null;
        if (attacker == null && denied) attacker = holder;
        attacker = AssertionBuilder.country(attacker);
        if (attacker == null || side(attacker) == null) return null;
        return new Blame(t, word, attacker, denied ? Polarity.NEGATIVE : Polarity.POSITIVE, holder, claim);
    }

    /** The claim whose cue is the word, else the innermost claim whose content holds it, or null. */
    private Claim holding(int word) {
        Span s = parse.span(word);
        Claim best = null;
        for (Claim c : claims) {
            if (c.cue().start() <= s.start() && s.end() <= c.cue().end()) return c;
            if (c.content().contains(s) && (best == null || best.content().contains(c.content()))) best = c;
        }
        return best;
    }

    /**
     * Whether a noun of what others say stands above the word ("rumours that Russia was behind the attack"), or a
     * verb whose subject is none of the sides' ("it is unclear whether").
     */
    private boolean reported(int word) {
        int k = word;
        for (int steps = 0; steps < STEPS && parse.head(k) >= 0; steps++) {
            if (parse.open(k)) return true;
            k = parse.head(k);
            if (parse.isNoun(k) && REPORTS.contains(parse.lemma(k))) return true;
            if (DENYING.contains(parse.lemma(k)) && parse.childWord(k, "to") >= 0) return true;
        }
        return parse.open(k);
    }

    /** Whether the phrase {@code k} hangs on its head by "of" or "for" ("accused X of shelling", "blamed X for"). */
    private boolean ofOrFor(int k) {
        if (parse.rel(k).startsWith("obj") || parse.rel(k).startsWith("nsubj")) return false;
        for (int c : parse.children(k)) {
            String w = parse.lower(c);
            if ((parse.rel(c).equals("case") || parse.rel(c).equals("mark")) && (w.equals("of") || w.equals("for")))
                return true;
        }
        return false;
    }

    /** The child of {@code h} that a preposition {@code prep} opens ("blamed it on Russia"), or -1. */
    private int phrase(int h, String prep) {
        for (int c : parse.children(h))
            if ((parse.rel(c).startsWith("obl") || parse.rel(c).startsWith("nmod")) && parse.childWord(c, prep) >= 0)
                return c;
        return -1;
    }

    /** "had nothing to do with": {@code doVerb} is the infinitive completing "have nothing". */
    private boolean nothingToDo(int doVerb) {
        int have = parse.head(doVerb);
        if (have < 0 || !parse.lemma(have).equals("have") || negated(have) || parse.hedged(have)) return false;
        int obj = parse.child(have, "obj");
        boolean nothing = obj >= 0 && parse.lower(obj).equals("nothing") || parse.lower(parse.child(doVerb, "obj") < 0
                ? doVerb : parse.child(doVerb, "obj")).equals("nothing");
        return nothing && parse.childWord(doVerb, "to") >= 0;
    }

    /** The act's own coded subject or possessor ("that Ukrainian forces struck"), or null. */
    private ActorRef agentOf(int t) {
        int s = parse.child(t, "nsubj");
        if (s < 0) s = parse.child(t, "nmod:poss");
        if (s < 0) return null;
        ActorRef direct = actorAt(s);
        if (direct != null) return direct;
        int poss = parse.child(s, "nmod:poss");
        if (poss >= 0) return actorAt(poss);
        for (int c : parse.children(s)) if (parse.rel(c).equals("amod")) return actorAt(c);
        return null;
    }

    private boolean negated(int k) {
        for (int c : parse.children(k)) {
            String w = parse.lower(c);
            if (parse.rel(c).equals("neg") || parse.rel(c).equals("advmod")
                    && (w.equals("not") || w.equals("n't") || w.equals("never")))
                return true;
        }
        return false;
    }

    /** "called on Russia to deny", "refused to blame": an accusation or denial only asked for or refused. */
    private boolean infinitive(int k) {
        for (int c : parse.children(k))
            if (parse.rel(c).equals("mark") && parse.lower(c).equals("to")) return true;
        return false;
    }

    /** Whether the sentence of token {@code t} ends with a question mark. */
    private boolean question(int t) {
        for (var s : parse.sentences())
            if (s.firstToken() <= t && t < s.endToken()) return parse.lower(s.endToken() - 1).equals("?");
        return false;
    }

    private static String side(ActorRef a) {
        if (a == null || a.code() == null || a.code().length() < 3) return null;
        return a.code().substring(0, 3);
    }

    /** The actor a token names, when an actor mention covers it; a pronoun names none here. */
    private ActorRef actorAt(int tok) {
        if (tok < 0 || PRONOUNS.contains(parse.lower(tok))) return null;
        var s = parse.span(tok);
        for (ActorMention m : actors)
            if (m.span().start() <= s.start() && s.end() <= m.span().end()) return EventExtractor.ref(m);
        return null;
    }

    /**
     * Where the act was: the place the act modifies ("of shelling Kherson", parsed as a modifier of the place), else
     * the first place below a country named in its phrase, else a country named there, or null.
     */
    PlaceMention placeOf(int t, ActorRef attacker) {
        List<PlaceMention> places = parse.doc().find(Layer.PLACES).orElse(List.of());
        int h = parse.head(t);
        if (h >= 0 && (parse.rel(t).startsWith("amod") || parse.rel(t).startsWith("compound"))) {
            PlaceMention at = placeAt(places, h);
            if (at != null) return at;
        }
        Span phrase = parse.subtreeSpan(t);
        PlaceMention country = null;
        for (PlaceMention pm : places) {
            if (!phrase.contains(pm.span()) || attacker != null && attacker.mention() != null
                    && attacker.mention().overlaps(pm.span())) continue;
            if (pm.place().featureKind() != FeatureKind.COUNTRY) return pm;
            if (country == null) country = pm;
        }
        return country;
    }

    private PlaceMention placeAt(List<PlaceMention> places, int tok) {
        Span s = parse.span(tok);
        for (PlaceMention pm : places) if (pm.span().contains(s)) return pm;
        return null;
    }

    /**
     * What was hit, when no place is named: the act's object or "on" phrase, or the noun it modifies, if it is a
     * target ({@link #TARGETS}: "striking the hospital", "the attack on the dam"); the noun's own span, or null.
     */
    Span targetOf(int t) {
        int h = parse.head(t);
        if (h >= 0 && (parse.rel(t).startsWith("amod") || parse.rel(t).startsWith("compound")) && target(h))
            return parse.span(h);
        for (int c : parse.children(t)) {
            boolean on = parse.rel(c).startsWith("obj") || parse.rel(c).startsWith("nmod")
                    && (parse.childWord(c, "on") >= 0 || parse.childWord(c, "of") >= 0
                            || parse.childWord(c, "at") >= 0);
            if (on && target(c)) return parse.span(c);
        }
        return null;
    }

    private boolean target(int k) {
        return parse.isNoun(k) && TARGETS.contains(parse.lemma(k).toLowerCase(java.util.Locale.ROOT));
    }

    /** A time named in the act's phrase, or null. */
    TimeMention timeOf(int t) {
        Span phrase = parse.subtreeSpan(t);
        for (TimeMention tm : parse.doc().find(Layer.TIMES).orElse(List.of()))
            if (phrase.contains(tm.span())) return tm;
        return null;
    }
}
