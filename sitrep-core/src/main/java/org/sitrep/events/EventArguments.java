package org.sitrep.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.events.internal.Parse;
import org.sitrep.lexicon.CueLexicon;
import org.sitrep.model.ActorMention;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimPolarity;
import org.sitrep.model.CueClass;
import org.sitrep.model.Event;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Evidence;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Layer;
import org.sitrep.model.Modality;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.PloverType;
import org.sitrep.model.Polarity;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.TimeMention;

/**
 * Fills an event's slots from the parse around its trigger. The <em>clause</em> of a trigger is the trigger itself
 * when it is a verb, or the verb it is subject or object of when it is a noun ("21 clashes had occurred in the
 * Kursk direction" → "occurred"); place and time are looked for in the clause's subtree only, so an event without
 * them in its own clause gets none. Agent: the subject, the passive agent ("by"), a possessor ("Russia's
 * offensive"), "of" after a noun of taking part ("participation of North Korean troops"), or the subject of the
 * verb governing an infinitive or conjunct without its own ("decided to send", "attacked … and shelled"). Target:
 * the object, the passive subject, or "on/against/at" after the trigger. Not thread-safe: one per document.
 */
final class EventArguments {
    private static final Set<String> AGENT_OF_NOUNS = Set.of("participation", "involvement", "deployment",
            "withdrawal", "advance", "offensive", "retreat");
    private static final Set<String> PLANNING = Set.of("decide", "plan", "intend", "prepare", "agree", "promise",
            "vow", "pledge", "want", "seek", "aim", "threaten", "expect", "schedule", "order", "try", "attempt",
            "consider", "contemplate", "ready", "gear", "task", "entrust", "assign");
    /** Modifiers that make an event noun a plan or a possibility: "a possible future offensive", "the planned assault". */
    private static final Set<String> NOT_YET_PLANNED = Set.of("future", "planned", "expected", "imminent",
            "forecasted", "forecast", "anticipated", "upcoming", "impending", "eventual");
    private static final Set<String> NOT_YET_POSSIBLE = Set.of("possible", "potential", "likely", "hypothetical");
    private static final Set<String> DEMANDING = Set.of("call", "urge", "demand", "ask", "appeal", "press",
            "request", "stop", "cease", "halt");
    private static final Set<String> DENYING = Set.of("deny", "reject", "dismiss", "refute");
    /** Verbs that demand what their "for" phrase names: "push for a withdrawal", "lobby for the return of X". */
    private static final Set<String> PLEADING = Set.of("push", "lobby", "press", "campaign", "argue", "plead");
    /** Nouns whose "of/for" phrase is only possible: "the likelihood of a successful offensive". */
    private static final Set<String> POSSIBILITIES = Set.of("potential", "possibility", "likelihood", "chance",
            "prospect", "risk", "threat", "danger");
    /** Verbs whose object does not happen: "to prevent the occupation of Odessa". */
    /** Nouns of an aim, whose infinitive is not done: "a bid to occupy", "an attempt to encircle". */
    private static final Set<String> AIMS = Set.of("bid", "attempt", "effort", "plan", "aim", "goal", "ambition",
            "intention", "desire", "drive", "push", "objective", "task", "purpose", "mission");
    /** Nouns of a state of control that a sentence presupposes rather than reports. */
    private static final Set<String> STANDING = Set.of("occupation", "annexation");
    private static final Set<String> PREVENTING = Set.of("prevent", "avert", "avoid", "thwart", "forestall");
    private static final Set<String> HYPOTHETICAL = Set.of("would", "could", "may", "might", "can", "should", "must");
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll");

    private final Parse parse;
    private final List<ActorMention> actors;
    private final List<PlaceMention> places;
    private final List<TimeMention> times;
    private final PrintedText narration;

    /** Who narrates the text at {@code at} outside any claim: the outlet, or the speaker of a text it prints whole. */
    ActorRef narrator(Span at) {
        return narration.narrator(at);
    }

    EventArguments(Parse parse) {
        this.parse = parse;
        this.actors = parse.doc().get(Layer.ACTORS);
        this.places = parse.doc().get(Layer.PLACES);
        this.times = parse.doc().get(Layer.TIMES);
        this.narration = PrintedText.of(parse.doc());
    }

    /**
     * The place named in {@code within}: a resolved place nearest the trigger that is not the agent or target and
     * not a possessor or subject ("Moscow's forces") or a dateline ("MOSCOW, March 10"), else a location name the
     * gazetteer does not know, else "the village / settlement" referring back to the latest place named before.
     */
    Where where(Span within, int trigger, ActorMention agent, ActorMention target) {
        int anchor = parse.span(trigger).start();
        PlaceMention best = null;
        boolean bestAdjective = false, bestSubordinate = false;
        for (PlaceMention p : places) {
            if (!within.contains(p.span()) || sameAs(p.span(), agent) || sameAs(p.span(), target)) continue;
            if (insideActorName(p.span())) continue;
            int t = parse.headOf(p.span());
            if (t >= 0 && parse.rel(t).equals("nmod:poss")) continue;
            if (standsForGovernment(p.span(), t)) continue;
            if (t >= 0 && inOtherClause(t, trigger)) continue;
            if (t >= 0 && actsOrLoses(t, trigger)) continue;
            if (givesWay(p.span(), t)) continue;
            // "made the occupation costly for Russia": for whom, not where
            // ("the battle for Kyiv" is fought there)
            if (t >= 0 && hasCase(t, "for") && actors.stream().anyMatch(a -> sameAs(p.span(), a))
                    && !(parse.head(t) == trigger && FOUGHT_FOR.contains(parse.lemma(trigger))))
                continue;
            String surface = p.span().of(parse.doc().text());
            if (surface.length() > 3 && surface.equals(surface.toUpperCase(java.util.Locale.ROOT))) continue;
            // a demonym ("liberated Ukrainian cities like Izium") gives way to any place named by a noun, and a
            // place in a clause of its own ("having failed to reach Kyiv, the army withdrew from the north") to
            // one in the trigger's clause
            boolean adjective = t >= 0 && parse.rel(t).startsWith("amod");
            boolean subordinate = t >= 0 && subordinate(t, trigger);
            int rank = Boolean.compare(bestSubordinate, subordinate) * 2 + Boolean.compare(bestAdjective, adjective);
            if (best == null || rank > 0
                    || rank == 0 && Math.abs(p.span().start() - anchor) < Math.abs(best.span().start() - anchor)) {
                best = p;
                bestAdjective = adjective;
                bestSubordinate = subordinate;
            }
        }
        // a name the gazetteer does not know wins when it is nearer ("the village of P in the Donetsk region")
        Span unknown = unresolvedLocation(within, anchor);
        if (unknown != null && (best == null
                || Math.abs(unknown.start() - anchor) < Math.abs(best.span().start() - anchor)))
            return new Where(null, unknown);
        if (best != null) return new Where(best, best.span());
        Span named = namedSettlement(within);
        if (named != null) return new Where(null, named);
        Where settlement = settlementIn(within);
        return settlement.name() != null ? settlement : countryPartIn(within);
    }

    /** Fighting nouns whose "for" phrase is the place fought over: "the battle for Kyiv", "the fight for Bakhmut". */
    private static final Set<String> FOUGHT_FOR = Set.of("battle", "fight", "struggle", "siege");

    /** Nouns of a settlement or area whose "of" phrase names it: "the Kyiv suburb of Bucha". */
    private static final Set<String> NAMED_BY_OF = Set.of("town", "city", "village", "suburb", "settlement", "port",
            "district", "region", "oblast", "province");

    /**
     * A capitalized name the gazetteer and NER missed, named by "the … town / suburb / port of N" inside
     * {@code within} ("the northwestern Kyiv suburb of Bucha"): its span, or null.
     */
    private Span namedSettlement(Span within) {
        for (int t = parse.tokenAt(within); t >= 0 && t + 2 < parse.size() && parse.span(t + 2).end() <= within.end(); t++) {
            if (!NAMED_BY_OF.contains(parse.lower(t)) || !parse.lower(t + 1).equals("of")) continue;
            int n = t + 2;
            if (!parse.pos(n).equals("NNP") || parse.head(n) != t) continue;
            Span name = parse.span(n);
            if (actors.stream().noneMatch(a -> a.span().overlaps(name))) return name;
        }
        return null;
    }

    /**
     * Whether place token {@code t} names who acts or who loses rather than where: the active subject of the trigger
     * or of the verb the trigger noun is the object of ("Moscow annexed Crimea", "Ukraine launched a
     * counter-offensive"), a "by" phrase ("a counter-attack by Kyiv"), or what a taking is taken from ("annexed from
     * Ukraine").
     */
    private boolean actsOrLoses(int t, int trigger) {
        int verb = parse.isVerb(trigger) ? trigger : parse.rel(trigger).equals("obj") ? parse.head(trigger) : -1;
        if (verb >= 0 && parse.head(t) == verb && parse.rel(t).equals("nsubj") && !UNDERGOING.contains(parse.lemma(verb)))
            return true;
        // a country acting in a phrase of the verb: "Ukraine lost troops in last summer's offensive" (a town that "has
        // come under attack" is where the attack is)
        int governor = parse.isNoun(trigger) && parse.rel(trigger).startsWith("obl") ? parse.head(trigger) : -1;
        if (governor >= 0 && parse.head(t) == governor && parse.rel(t).equals("nsubj")
                && !UNDERGOING.contains(parse.lemma(governor)) && actors.stream().anyMatch(a -> sameAs(parse.span(t), a)))
            return true;
        if (hasCase(t, "by")) return true;
        return hasCase(t, "from") && parse.head(t) == trigger && WarLexicon.takes(parse.lemma(trigger));
    }

    /** Words that make a following "of P" the name of a body of water: "the Sea of Azov" is not the town of Azov. */
    private static final Set<String> WATERS = Set.of("sea", "gulf", "bay", "strait", "straits");

    /**
     * Whether a place name gives way to another: it ends the name of a body of water ("the Sea of Azov"), or it
     * modifies a noun that an "of" phrase names ("the Donetsk town of Bakhmut", "the Black Sea port of Kherson":
     * the town is Bakhmut, the port Kherson).
     */
    private boolean givesWay(Span place, int t) {
        String text = parse.doc().text();
        int k = place.start();
        while (k > 0 && text.charAt(k - 1) == ' ') k--;
        if (text.startsWith("of", k - 2) && (k - 2 == 0 || !Character.isLetter(text.charAt(k - 3)))) {
            int end = k - 2;
            while (end > 0 && text.charAt(end - 1) == ' ') end--;
            int start = end;
            while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
            if (WATERS.contains(text.substring(start, end).toLowerCase(java.util.Locale.ROOT))) return true;
        }
        if (t < 0) return false;
        int h = parse.head(t);
        if (h < 0 || !parse.isNoun(h) || !(parse.rel(t).startsWith("compound") || parse.rel(t).startsWith("amod")))
            return false;
        for (int c : parse.children(h))
            if (c != t && parse.rel(c).startsWith("nmod") && hasCase(c, "of")
                    && (namesPlace(parse.subtreeSpan(c)) || NAMED_BY_OF.contains(parse.lower(h)) && parse.pos(c).equals("NNP")))
                return true;
        return false;
    }

    /** Whether {@code span} holds a resolved place or a location name the gazetteer does not know. */
    private boolean namesPlace(Span span) {
        for (PlaceMention p : places)
            if (span.contains(p.span())) return true;
        for (Span e : unresolvedNames())
            if (span.contains(e)) return true;
        return false;
    }

    /** Relations of a clause hung on another word: a place inside one is farther from the trigger than its own. */
    private static final Set<String> CLAUSES = Set.of("advcl", "dep", "acl", "acl:relcl", "xcomp", "ccomp", "csubj",
            "parataxis");

    /**
     * Whether place token {@code t} lies in a verb's clause of its own below the lowest word whose subtree holds the
     * trigger ("Having failed to break through to Kyiv, the army withdraws from the north": Kyiv is in the
     * participle's clause).
     */
    private boolean subordinate(int t, int trigger) {
        for (int k = t, steps = 0; k >= 0 && steps < 30 && !parse.inSubtree(trigger, k); k = parse.head(k), steps++)
            if (parse.isVerb(k) && CLAUSES.contains(parse.rel(k))) return true;
        return false;
    }

    /** Verbs whose subject is where the object happens: "Bakhmut saw heavy fighting", "Kharkiv suffered attacks". */
    private static final Set<String> UNDERGOING = Set.of("see", "witness", "experience", "suffer", "endure", "face",
            "undergo");

    /**
     * Whether a place name stands for its government or forces rather than for a place "the town" could refer back
     * to: a possessor ("Moscow's forces shelled the town") or part of a longer actor's name.
     */
    private boolean standsForActor(Span place) {
        int t = parse.headOf(place);
        return insideActorName(place) || t >= 0 && parse.rel(t).equals("nmod:poss");
    }

    /** Whether a place name is part of a longer actor's name ("the armed forces of Ukraine"): who, not where. */
    private boolean insideActorName(Span place) {
        for (ActorMention a : actors)
            if (sameAs(place, a) && a.span().end() - a.span().start() > place.end() - place.start()) return true;
        return false;
    }

    /** Words opening a clause or phrase of time: what they name dates the event, it does not locate it. */
    private static final Set<String> TEMPORAL = Set.of("since", "after", "before", "until", "till", "when", "while");

    /**
     * Whether place token {@code t} lies, as seen from {@code trigger}, in a clause of its own: a clause or phrase
     * of time ("killed since Russia launched its invasion of Ukraine") or a coordinated clause with its own subject
     * ("… have died, and there are 1.5 million displaced in Ukraine").
     */
    private boolean inOtherClause(int t, int trigger) {
        for (int k = t, steps = 0; k >= 0 && steps < 30 && !parse.inSubtree(trigger, k); k = parse.head(k), steps++) {
            boolean conj = parse.rel(k).startsWith("conj");
            for (int c : parse.children(k)) {
                String cr = parse.rel(c);
                if ((cr.equals("mark") || cr.equals("case")) && TEMPORAL.contains(parse.lower(c))) return true;
                if (conj && (cr.startsWith("nsubj") || cr.equals("expl"))) return true;
            }
        }
        return false;
    }

    /** Government words after a hyphen: "Moscow-controlled territory" is territory Russia controls, not Moscow. */
    private static final Pattern GOVERNED = Pattern.compile("\\G\\p{Pd}(controlled|held|occupied|backed|installed|led|"
            + "appointed|annexed|allied|aligned|friendly)\\b");

    /**
     * Whether a place name stands for its government (metonymy), so the event is not located there: the speaker of
     * a speech verb ("Moscow said", "Kyiv has denied"), a passive's agent ("a declaration made by Moscow"), or the
     * ruler in "Moscow-controlled".
     */
    private boolean standsForGovernment(Span place, int head) {
        if (GOVERNED.matcher(parse.doc().text()).region(place.end(), parse.doc().text().length()).lookingAt())
            return true;
        if (head < 0) return false;
        String rel = parse.rel(head);
        if (rel.equals("obl:agent") || rel.equals("nmod:agent")) return true;
        int verb = parse.head(head);
        return rel.startsWith("nsubj") && !rel.equals("nsubj:pass") && verb >= 0
                && CueLexicon.SPEECH_AFTER_NAME.contains(parse.lemma(verb));
    }

    /**
     * The part of a clause inside the content of the claim that holds the trigger: "…, according to U.K. officials
     * citing data from Ukraine" names the data's origin, not where the event happened. The whole clause when the
     * trigger is outside any content.
     */
    /**
     * A casualty count's own event ({@code e}, at token {@code t}) with the place its sentence names when its phrase
     * names none: the toll and the place are often in different arguments of one verb ("Russia's aggression in
     * Ukraine has claimed about 14,000 lives", "Russian losses in Ukraine amounted to 899 soldiers"). Within the
     * holding claim's content when there is one; the exclusions of {@link #where} apply.
     */
    Event placedBySentence(Event e, Sentence s, int t, List<Claim> claims) {
        if (e.placeName() != null) return e;
        Claim claim = EventExtractor.holdingClaim(claims, parse.span(t));
        Where w = where(withinContent(s.span(), claim, t), t, null, null);
        if (w.name() == null) return e;
        return new Event(e.span(), e.trigger(), e.type(), e.mode(), e.cameo(), e.agent(), e.target(), w.place(), w.name(),
                e.time(), e.quantities(), e.polarity(), e.modality(), e.claim(), e.holder(), e.evidence());
    }

    private Span withinContent(Span clause, Claim claim, int trigger) {
        Span content = claim == null ? null : claim.content();
        if (content == null || !content.contains(parse.span(trigger))) return clause;
        int start = Math.max(clause.start(), content.start()), end = Math.min(clause.end(), content.end());
        return start < end ? new Span(start, end) : clause;
    }

    private static boolean sameAs(Span s, ActorMention m) {
        return m != null && m.span().start() <= s.start() && s.end() <= m.span().end();
    }

    /**
     * An NER location in {@code within} that no place or actor mention covers, nearest {@code anchor}; or null.
     * A one-word name NER tagged once counts wherever the same word recurs (NER often tags only its first use), and
     * so does a region the gazetteer has no entry for ({@link #REGIONS_WITHOUT_ENTRY}).
     */
    private Span unresolvedLocation(Span within, int anchor) {
        Span best = null;
        for (Span e : unresolvedNames()) {
            if (!within.contains(e) || covered(e)) continue;
            int t = parse.headOf(e);
            if (t >= 0 && parse.rel(t).equals("nmod:poss")) continue;
            if (givesWay(e, t)) continue;
            if (best == null || Math.abs(e.start() - anchor) < Math.abs(best.start() - anchor)) best = e;
        }
        return best;
    }

    private List<Span> unresolved;

    /**
     * Regions of the war that are no administrative unit, so the gazetteer has no entry for them, and that NER often
     * leaves untagged ("separatists control territory in Donbas"): a place by their name wherever they are written.
     */
    private static final Set<String> REGIONS_WITHOUT_ENTRY = Set.of("Donbas", "Donbass");

    private List<Span> unresolvedNames() {
        if (unresolved != null) return unresolved;
        List<Span> out = new ArrayList<>();
        Set<String> words = new java.util.HashSet<>();
        for (EntityMention e : parse.doc().get(Layer.ENTITIES))
            if ("LOCATION".equals(e.kind()) && !covered(e.span())) {
                out.add(e.span());
                String w = e.span().of(parse.doc().text());
                if (!w.contains(" ")) words.add(w);
            }
        for (int t = 0; t < parse.size(); t++) {
            Span token = parse.span(t);
            if ((words.contains(parse.word(t)) || REGIONS_WITHOUT_ENTRY.contains(parse.word(t)))
                    && !covered(token) && out.stream().noneMatch(x -> x.contains(token)))
                out.add(token);
        }
        unresolved = out;
        return out;
    }

    private boolean covered(Span s) {
        for (PlaceMention p : places)
            if (p.span().start() < s.end() && s.start() < p.span().end()) return true;
        for (ActorMention a : actors)
            if (a.span().start() < s.end() && s.start() < a.span().end()) return true;
        return false;
    }

    /**
     * Whether the trigger lies in a non-restrictive relative clause inside the claim's content, outside quotation
     * marks ("… it will fight until it regains Crimea, which Russia annexed in 2014"): the reporter's background,
     * held by the outlet, not the speaker's claim.
     */
    boolean aside(int trigger, Claim claim) {
        for (int k = trigger, steps = 0; k >= 0 && steps < 4; k = parse.head(k), steps++) {
            if (!parse.rel(k).startsWith("acl:relcl")) continue;
            int first = parse.tokenAt(parse.subtreeSpan(k));
            if (first < 1 || !parse.word(first - 1).equals(",")
                    || !Set.of("which", "who", "whom", "whose").contains(parse.lower(first)))
                return false;
            return !quotedBetween(claim.content().start(), parse.span(trigger).start());
        }
        return false;
    }

    /** Whether a quotation opened between {@code from} and {@code to} is still open at {@code to}. */
    private boolean quotedBetween(int from, int to) {
        String text = parse.doc().text();
        boolean open = false;
        for (int c = Math.max(0, from); c < to && c < text.length(); c++) {
            char ch = text.charAt(c);
            if (ch == '“') open = true;
            else if (ch == '”') open = false;
            else if (ch == '"') open = !open;
        }
        return open;
    }

    /** The token whose subtree is the trigger's clause. */
    int clause(int trigger) {
        // a gerund that is a verb's subject ("Fighting continued in the Kursk region") is that verb's clause
        boolean gerundSubject = parse.pos(trigger).equals("VBG") && parse.rel(trigger).startsWith("nsubj");
        if (parse.isVerb(trigger) && !gerundSubject) return trigger;
        int h = parse.head(trigger);
        String rel = parse.rel(trigger);
        if (h >= 0 && parse.isVerb(h) && (rel.startsWith("nsubj") || rel.equals("obj") || rel.startsWith("obl")))
            return h;
        // "Fighting has been fierce around Bakhmut": fighting that is the subject of an adjective with a copula is
        // told of by that predicate, whose phrases place and date it (how fierce, heavy or intense it is)
        if (h >= 0 && FIGHTING_SUBJECTS.contains(parse.lemma(trigger)) && rel.equals("nsubj")
                && parse.pos(h).startsWith("JJ") && parse.child(h, "cop") >= 0)
            return h;
        return trigger;
    }

    /** Fighting nouns an adjective can describe as under way: "the fighting is fierce", "clashes were heavy". */
    private static final Set<String> FIGHTING_SUBJECTS = Set.of("fighting", "fight", "clash", "battle", "combat",
            "hostility", "hostilities", "shelling", "skirmish");

    /** A place slot: the resolved place (or null) and the characters naming it. */
    record Where(PlaceMention place, Span name) {
        static final Where NONE = new Where(null, null);
    }

    /**
     * "had “liberated” the village" parsed as "had" + object "village" modified by the adjective "liberated": the
     * "have" token that stands for the verb, or -1 when {@code i} is not such an adjective.
     */
    static int misparsedPerfect(Parse parse, int i) {
        int noun = parse.head(i);
        if (noun < 0 || !parse.rel(i).startsWith("amod") || !parse.lower(i).endsWith("ed")) return -1;
        int have = parse.head(noun);
        return have >= 0 && parse.rel(noun).equals("obj") && parse.lemma(have).equals("have") && have < i ? have : -1;
    }

    Event build(int trigger, String lemma, PloverType type, String mode, String cameo, Sentence s, List<Claim> claims,
                Evidence ev) {
        int perfect = misparsedPerfect(parse, trigger);
        int i = perfect >= 0 ? perfect : trigger; // the token whose dependents are the event's arguments
        int clause = clause(i);
        Span clauseSpan = parse.subtreeSpan(clause);
        Claim claim = EventExtractor.holdingClaim(claims, parse.span(trigger));
        if (claim != null && aside(trigger, claim)) claim = null;
        ActorRef holder = claim == null || claim.source() == null ? narration.narrator(parse.span(trigger))
                : claim.source();
        boolean passive = parse.child(i, "aux:pass") >= 0 || parse.child(i, "cop") >= 0 && parse.pos(i).equals("JJ")
                || parse.pos(i).equals("VBN") && parse.child(i, "aux") < 0 && parse.rel(i).equals("acl");
        ActorMention agent = null, target = null;
        ActorRef agentRef = null;
        boolean leaving = WarLexicon.control(lemma, cameo) == WarLexicon.ControlEffect.LOSE;
        if (parse.isVerb(i) || parse.pos(i).equals("JJ") || perfect >= 0) {
            for (int c : parse.children(i)) {
                String r = parse.rel(c);
                boolean subject = r.equals("nsubj") || r.equals("nsubj:pass");
                if (agent == null && agentRef == null && (subject && !passive || r.equals("obl:agent")
                        || r.startsWith("obl") && hasCase(c, "by"))) {
                    agent = actorIn(c);
                    // "Chile said it will extend the curfew": a pronoun subject of what is reported is the reporter
                    if (agent == null && subject && PRONOUNS.contains(parse.lower(c))) agent = reporter(i);
                    if (agent == null) agentRef = ownTroops(c, holder);
                    List<ActorMention> sides = subject && RECIPROCAL.contains(lemma) ? sides(c) : List.of();
                    if (sides.size() == 2) { // "Russian and Ukrainian forces clashed": the first named acts on the other
                        agent = sides.get(0);
                        agentRef = null;
                        target = sides.get(1);
                    }
                } else if (target == null && (r.equals("obj") || r.equals("iobj") || subject && passive
                        || r.startsWith("obl") && hasCase(c, "on", "against", "at")
                        // "withdrew from northern Ukraine" names the place left, not an opponent
                        || r.startsWith("obl") && hasCase(c, "from") && !leaving))
                    target = actorIn(c);
            }
            // an infinitive or conjunct without a subject of its own shares its governor's subject, or the
            // addressee of a demand ("called on Pyongyang to stop deploying")
            for (int k = i, steps = 0; agent == null && agentRef == null && parse.child(k, "nsubj") < 0 && steps < 3; steps++) {
                String r = parse.rel(k);
                int h = parse.head(k);
                if (h >= 0 && r.startsWith("acl") && parse.isNoun(h)) {
                    // "Russian claims to have taken the settlement": the noun's possessor or adjective acts
                    for (int c : parse.children(h))
                        if (agent == null && (parse.rel(c).equals("nmod:poss") || parse.rel(c).startsWith("amod")))
                            agent = actorIn(c);
                    // "Bolivia issued a statement demanding …": what a statement says is said by who made it
                    int maker = parse.head(h);
                    if (agent == null && parse.rel(h).equals("obj") && maker >= 0 && parse.child(maker, "nsubj") >= 0)
                        agent = actorIn(parse.child(maker, "nsubj"));
                    break;
                }
                if (h < 0 || !(r.equals("xcomp") || r.equals("conj") || r.equals("advcl") || r.equals("dep"))) break;
                if (DEMANDING.contains(parse.lemma(h)))
                    for (int c : parse.children(h))
                        if (agent == null && (parse.rel(c).equals("obj") || parse.rel(c).startsWith("obl")) && c != k)
                            agent = actorIn(c);
                int subj = parse.child(h, "nsubj");
                if (agent == null && subj >= 0) {
                    // a passive conjunct's shared subject is what is acted upon ("tried … and had been pushed back")
                    if (passive && target == null) target = actorIn(subj);
                    else if (!passive) {
                        agent = actorIn(subj);
                        if (agent == null) agentRef = ownTroops(subj, holder);
                    }
                    break;
                }
                k = h;
            }
        } else {
            for (int c : parse.children(i)) {
                String r = parse.rel(c);
                if (agent == null && (r.equals("nmod:poss") || r.startsWith("amod") || r.startsWith("compound")
                        || r.startsWith("nmod") && (hasCase(c, "by") || hasCase(c, "of") && AGENT_OF_NOUNS.contains(lemma))))
                    agent = actorIn(c);
                else if (target == null && r.startsWith("nmod") && hasCase(c, "on", "against"))
                    target = actorIn(c);
            }
        }
        if (target == null) target = opponent(i);
        Where where = Where.NONE;
        // "her assault on Ukraine", "the attack on Kyiv failed": a country or city attacked by a fighting noun is
        // where the fighting is, though its name also stands for its government (the target)
        if (!parse.isVerb(i) && target != null && parse.subtreeSpan(i).contains(target.span()))
            for (PlaceMention p : places)
                if (p.span().equals(target.span()) && (type == PloverType.FIGHT || type == PloverType.ASSAULT))
                    where = new Where(p, p.span());
        // "captured the village" refers back to the village named before, whatever its relative clause names
        for (int c : parse.children(i))
            if (where.name() == null && (parse.rel(c).equals("obj") || parse.rel(c).startsWith("nsubj")
                    || parse.rel(c).startsWith("obl")) && SETTLEMENTS.contains(parse.lower(c)))
                where = settlementIn(parse.span(c));
        // "Russia seized more areas of eastern Ukraine": what is taken is where, though its country is the target
        ActorMention notHere = target != null && parse.isVerb(i) && WarLexicon.takes(lemma) && parse.child(i, "obj") >= 0
                && parse.subtreeSpan(parse.child(i, "obj")).contains(target.span()) ? null : target;
        if (where.name() == null) where = where(withinContent(clauseSpan, claim, trigger), i, agent, target);
        if (where.name() == null && parse.rel(clause).equals("conj") && parse.head(clause) >= 0)
            where = where(withinContent(parse.subtreeSpan(parse.head(clause)), claim, trigger), i, agent, target);
        if (where.name() == null && notHere != target)
            where = where(withinContent(clauseSpan, claim, trigger), i, agent, notHere);
        // "step up their offensive on the town of P" parsed with the phrase on "step": a fighting noun with no place
        // of its own takes one named after it in the phrase of the noun it hangs on
        if (where.name() == null && parse.isNoun(i) && (type == PloverType.FIGHT || type == PloverType.ASSAULT)
                && parse.head(i) >= 0 && parse.isNoun(parse.head(i)) && clause(i) == i) {
            Span phrase = parse.subtreeSpan(parse.head(i));
            int from = parse.span(i).end();
            if (from < phrase.end()) where = where(new Span(from, phrase.end()), i, agent, target);
        }
        // "a truce in Mariupol and other areas of intense fighting": the place the areas are coordinated with
        if (where.name() == null && parse.isNoun(i) && parse.rel(i).startsWith("nmod") && parse.childWord(i, "of") >= 0
                && parse.head(i) >= 0)
            where = otherThan(parse.head(i));
        if (where.name() == null && parse.isNoun(i) && (type == PloverType.FIGHT || type == PloverType.ASSAULT))
            where = objective(i, agent, target);
        if (where.name() == null && parse.isVerb(i) && WarLexicon.takes(lemma)) where = taken(i);
        // inside a claim only the content's times: "…, the ministry said on Tuesday" dates the statement
        TimeMention time = nearestTime(withinContent(clauseSpan, claim, trigger), parse.span(i).start());
        if (time == null) time = governingTime(clause, claim, trigger);
        boolean negative = negated(i, clause, claim);
        Modality modality = modality(i, clause, claim);
        // "last summer's highly anticipated offensive": what was expected and is dated in the past happened
        if (modality != Modality.ACTUAL && parse.isNoun(i) && notYet(i) != null && past(time)) modality = Modality.ACTUAL;
        ActorRef targetRef = EventExtractor.ref(target);
        if (agentRef == null) agentRef = EventExtractor.ref(agent);
        if (type == PloverType.MOBILIZE && target == null && agent != null) targetRef = troopsOf(i, agent);
        return new Event(parse.span(trigger), lemma, type, mode, cameo, agentRef, targetRef, where.place(), where.name(),
                time, List.of(), EventExtractor.polarity(negative), modality,
                claim == null ? null : Event.claimRef(claim), holder, ev);
    }

    /**
     * The place a fighting noun aims at ("an offensive to seize the town of Chasiv Yar", "the offensive is under way
     * to capture P"): the place of a taking infinitive on the noun or on the predicate it is the subject of.
     */
    private Where objective(int noun, ActorMention agent, ActorMention target) {
        List<Integer> holders = new ArrayList<>(List.of(noun));
        int n = noun; // through an apposition the parser made of the subject ("Farther north, a large offensive is …")
        if (parse.rel(n).equals("appos") && parse.head(n) >= 0) holders.add(n = parse.head(n));
        int h = parse.head(n);
        if (h >= 0 && parse.rel(n).startsWith("nsubj") && !parse.isVerb(h)) holders.add(h);
        for (int k : holders)
            for (int c : parse.children(k))
                if ((parse.rel(c).startsWith("acl") || parse.rel(c).startsWith("advcl")) && parse.isVerb(c)
                        && parse.childWord(c, "to") >= 0 && WarLexicon.takes(parse.lemma(c)))
                    return where(parse.subtreeSpan(c), c, agent, target);
        return Where.NONE;
    }

    /**
     * The place a taking verb takes when its own clause names none: the place a relative or participle clause
     * follows ("Crimea, which Moscow annexed", "Donbas, occupied by Russia"), or, when it modifies "the village /
     * town / city", the place that noun stands for ("Kherson, the only city that Russia has captured"); or the place
     * a passive "it" refers back to in its sentence ("… remain there after it was occupied"). Only towns and regions,
     * never a country: "it" after "America's" is not America.
     */
    private Where taken(int verb) {
        int from;
        if (parse.rel(verb).startsWith("acl")) {
            int obj = parse.child(verb, "obj");
            if (obj >= 0 && !parse.pos(obj).startsWith("W") && !parse.lower(obj).equals("that")) return Where.NONE;
            int noun = parse.head(verb);
            if (noun < 0 || !SETTLEMENTS.contains(parse.lower(noun))) {
                from = parse.tokenAt(parse.subtreeSpan(verb));
                return placeEndingAt(from > 0 && parse.word(from - 1).equals(",") ? from - 2 : from - 1);
            }
            // "Predtechino, a village in the Donetsk People's Republic that was liberated": the village's own name
            if (parse.rel(noun).equals("appos")) {
                Where named = placeEndingAt(parse.head(noun));
                if (named.name() != null) return named;
            }
            from = noun;
        } else {
            int subj = parse.child(verb, "nsubj:pass");
            if (subj < 0 || !parse.lower(subj).equals("it")) return Where.NONE;
            from = subj;
        }
        // a relative clause follows its noun: the latest place before it; a pronoun prefers the sentence's first
        // place, its topic ("Kherson's vote is … — the anniversary of America's worst attack — … after it was occupied")
        boolean pronoun = !parse.rel(verb).startsWith("acl");
        Sentence s = parse.sentences().get(parse.token(verb).sentence());
        Where chosen = Where.NONE;
        for (PlaceMention p : places)
            if (p.span().start() >= s.span().start() && p.span().end() <= parse.span(from).start()
                    && p.place().featureKind() != FeatureKind.COUNTRY
                    && (chosen.name() == null || (p.span().start() > chosen.name().start()) != pronoun))
                chosen = new Where(p, p.span());
        return chosen;
    }

    /**
     * "Kherson and other occupied regions", "Bucha and other previously occupied territories": for a noun naming no
     * place that is coordinated, with "other", after a place, that place; else none.
     */
    Where otherThan(int noun) {
        int h = parse.head(noun);
        if (h < 0 || !parse.rel(noun).startsWith("conj") || parse.childWord(noun, "other") < 0) return Where.NONE;
        return placeEndingAt(h);
    }

    /** The place (resolved or a name the gazetteer lacks) whose name ends with token {@code t}, or none. */
    private Where placeEndingAt(int t) {
        if (t < 0) return Where.NONE;
        int end = parse.span(t).end();
        for (PlaceMention p : places)
            if (p.span().end() == end && p.place().featureKind() != FeatureKind.COUNTRY) return new Where(p, p.span());
        for (Span e : unresolvedNames())
            if (e.end() == end) return new Where(null, e);
        // a name resolved at its first mention only ("Bucha, on the outskirts of Kyiv … in Bucha and other …")
        String word = parse.word(t);
        for (PlaceMention p : places)
            if (p.span().of(parse.doc().text()).equals(word) && Character.isUpperCase(word.charAt(0))
                    && p.place().featureKind() != FeatureKind.COUNTRY)
                return new Where(p, parse.span(t));
        return Where.NONE;
    }

    /** Verbs whose coordinated subject names both sides ("X and Y clashed"), as the coders read them: X acts on Y. */
    private static final Set<String> RECIPROCAL = Set.of("clash", "fight", "battle", "skirmish");

    /**
     * The two actors of a subject that coordinates two sides of different countries ("Russian and Ukrainian
     * forces", "Russia and Ukraine"), in text order; else an empty list.
     */
    private List<ActorMention> sides(int subject) {
        Span within = parse.subtreeSpan(subject);
        if (!parse.anyWordIn(within, Set.of("and"))) return List.of();
        List<ActorMention> in = actors.stream().filter(m -> within.contains(m.span()) && m.code() != null
                && m.code().length() >= 3).sorted(Comparator.comparing(ActorMention::span)).toList();
        if (in.size() != 2 || in.get(0).code().substring(0, 3).equals(in.get(1).code().substring(0, 3))) return List.of();
        return in;
    }

    /** "Ukraine (forces)" → "Ukraine (military)": a display name for an actor's troops, said once. */
    static String military(String name) {
        return (name == null ? "" : name.replaceFirst("\\s*\\([^)]*\\)$", "")) + " (military)";
    }

    /**
     * "its military", "their troops" naming no actor: the troops of the holder's country (the speaker talks of
     * its own side); null otherwise.
     */
    ActorRef ownTroops(int slot, ActorRef holder) {
        if (!TROOPS.contains(parse.lower(slot)) || holder == null || holder.code() == null) return null;
        int poss = parse.child(slot, "nmod:poss");
        if (poss < 0 || !Set.of("its", "their", "our").contains(parse.lower(poss))) return null;
        return militaryOf(holder.code(), holder.name(), parse.subtreeSpan(slot));
    }

    /** "in the war against X", "in operations against X": X, when the trigger's "in" phrase names it. */
    private ActorMention opponent(int i) {
        for (int c : parse.children(i)) {
            if (!(parse.rel(c).startsWith("obl") || parse.rel(c).startsWith("nmod")) || !hasCase(c, "in")) continue;
            for (int d : parse.children(c))
                if (parse.rel(d).startsWith("nmod") && hasCase(d, "against")) return actorIn(d);
        }
        return null;
    }

    /** The events a demanding, accusing or praising claim is: one per addressee (none: one without target). */
    List<Event> fromClaim(Claim c, int head, PloverType type, String cameo, Sentence s, List<Claim> claims,
                          Evidence ev) {
        List<ActorMention> targets = new ArrayList<>();
        for (ActorMention m : actors) {
            if (m.span().start() < s.span().start() || m.span().end() > s.span().end()) continue;
            if (c.source() != null && m.span().equals(c.source().mention())) continue;
            int t = parse.headOf(m.span());
            if (t < 0 || t == head) continue;
            String r = parse.rel(t);
            int h = parse.head(t);
            boolean slot = r.equals("obj") || r.equals("iobj") || r.startsWith("obl");
            // the addressee of the cue itself, or of a coordinated "and on Moscow" hanging from it
            if (slot && (h == head || h >= 0 && parse.head(h) == head && (parse.rel(h).equals("conj") || parse.rel(h).equals("dep"))))
                targets.add(m);
        }
        Claim outer = null;
        for (Claim o : claims)
            if (o != c && o.content() != null && o.content().contains(c.cue())
                    && (outer == null || o.content().end() - o.content().start() < outer.content().end() - outer.content().start()))
                outer = o;
        ActorRef holder = outer == null || outer.source() == null ? narration.narrator(c.cue()) : outer.source();
        String claimRef = outer == null ? null : Event.claimRef(outer);
        ActorRef agent = c.source();
        List<Event> out = new ArrayList<>();
        if (targets.isEmpty()) targets.add(null);
        for (ActorMention t : targets)
            out.add(new Event(c.cue(), c.cueLemma(), type, "", cameo, agent, EventExtractor.ref(t), null, null, null,
                    List.of(), Polarity.POSITIVE, Modality.ACTUAL, claimRef, holder, ev));
        return out;
    }

    private static final Set<String> TROOPS = Set.of("troops", "forces", "soldiers", "units", "military",
            "personnel", "servicemen", "reinforcements", "contingent");
    private static final Set<String> SETTLEMENTS = Set.of("village", "town", "city", "settlement");

    /**
     * "sent his troops", "deploying its forces": the troops of the agent's country (code + MIL) when the object
     * is a troop noun that names no actor itself; null otherwise.
     */
    private ActorRef troopsOf(int verb, ActorMention agent) {
        int obj = parse.child(verb, "obj");
        if (obj < 0 || !TROOPS.contains(parse.lower(obj)) || agent.code() == null) return null;
        return militaryOf(agent.code(), agent.name(), parse.subtreeSpan(obj));
    }

    /** The troops of the country a code starts with ("UKRGOV" → UKRMIL), or null when it names no country (IGOs). */
    private static ActorRef militaryOf(String code, String name, Span mention) {
        if (code.length() < 3) return null;
        String country = code.substring(0, 3);
        if (!country.chars().allMatch(Character::isUpperCase) || country.equals("IGO") || country.equals("NGO")) return null;
        return ActorRef.named(country + "MIL", military(name), mention);
    }

    /**
     * "the village", "the settlement" inside {@code within} naming no place: the latest populated place named
     * before it (the one-step coreference news prose relies on: "captured the village of P … still held the
     * settlement"); null when none.
     */
    Where settlementIn(Span within) {
        for (int t = parse.tokenAt(within); t >= 0 && t < parse.size() && parse.span(t).start() < within.end(); t++) {
            if (!SETTLEMENTS.contains(parse.lower(t)) || t == 0 || !parse.lower(t - 1).equals("the")) continue;
            if (t + 1 < parse.size() && parse.lower(t + 1).equals("of")) continue; // "the village of P" names P itself
            int before = parse.span(t).start();
            Where latest = Where.NONE;
            for (PlaceMention p : places)
                if (p.span().end() <= before && p.place().featureKind() == FeatureKind.POPULATED_PLACE
                        && !standsForActor(p.span())
                        && (latest.name() == null || p.span().start() > latest.name().start()))
                    latest = new Where(p, p.span());
            for (Span e : unresolvedNames())
                if (e.end() <= before && (latest.name() == null || e.start() > latest.name().start()))
                    latest = new Where(null, e);
            if (latest.name() != null) return latest;
        }
        return Where.NONE;
    }

    /** Words naming a part of a country by its direction: "the east of the country", "the southern part of the country". */
    private static final Set<String> COMPASS = Set.of("east", "west", "north", "south", "eastern", "western", "northern",
            "southern", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east",
            "south-west", "northeastern", "northwestern", "southeastern", "southwestern", "centre", "center", "central");

    /**
     * "the east of the country", "the southern part of the country" inside {@code within}, naming no place: the country
     * named last before it in the same sentence ("Ukraine has launched a counteroffensive in the south of the
     * country"), its span the words "the country"; none when the sentence names no country before it (the README's
     * rule: no reference across sentences).
     */
    private Where countryPartIn(Span within) {
        int first = parse.tokenAt(within);
        for (int t = Math.max(first, 2); first >= 0 && t < parse.size() && parse.span(t).start() < within.end(); t++) {
            if (!parse.lower(t).equals("country") || !parse.lower(t - 1).equals("the") || !parse.lower(t - 2).equals("of"))
                continue;
            int part = t - 3;
            if (part >= 0 && parse.lower(part).equals("part")) part--;
            if (part < 0 || !COMPASS.contains(parse.lower(part))) continue;
            int sentenceStart = parse.sentences().get(parse.token(t).sentence()).span().start();
            PlaceMention latest = null;
            for (PlaceMention p : places)
                if (p.span().start() >= sentenceStart && p.span().end() <= parse.span(t).start()
                        && p.place().featureKind() == FeatureKind.COUNTRY
                        && (latest == null || p.span().start() > latest.span().start()))
                    latest = p;
            if (latest != null) return new Where(latest, new Span(parse.span(t - 1).start(), parse.span(t).end()));
        }
        return Where.NONE;
    }

    /** The place named in the subtree of {@code slot} (or a settlement noun referring back). */
    Where placeIn(int slot) {
        return where(parse.subtreeSpan(slot), slot, null, null);
    }

    /**
     * The place a conjunct names: in its subtree, or a place name that starts there and runs on into the designator
     * the conjuncts share ("Luhansk regions" of "the Donetsk and Luhansk regions", whose "regions" the parser hangs
     * above the coordination).
     */
    Where conjunctPlace(int conjunct) {
        Span within = parse.subtreeSpan(conjunct);
        for (PlaceMention p : places)
            if (p.span().start() >= within.start() && p.span().start() < within.end() && p.span().end() > within.end())
                within = new Span(within.start(), p.span().end());
        return where(within, conjunct, null, null);
    }

    /**
     * The place named by token {@code t} itself and its own modifiers, not its conjuncts: the first conjunct of "A
     * and B" as the head of the coordination; for a ground noun naming none, the phrase after it (see
     * {@link #groundPhrase}).
     */
    Where placeAt(int t) {
        int end = parse.span(t).end();
        for (int c : parse.children(t))
            if (c > t && !parse.rel(c).startsWith("conj") && !parse.rel(c).equals("cc") && !parse.rel(c).equals("punct"))
                end = Math.max(end, parse.subtreeSpan(c).end());
        int start = Math.min(parse.span(t).start(), parse.subtreeSpan(t).start());
        Where w = where(new Span(start, Math.max(start, end)), t, null, null);
        return w.name() != null ? w : groundPhrase(t);
    }

    /** Nouns of unnamed ground that an "of" or "in" phrase locates: "parts of Donbas", "territories in the X region". */
    private static final Set<String> GROUND_NOUNS = Set.of("territory", "area", "part", "land", "swath", "portion",
            "chunk");

    /**
     * The place named by the "of" or "in" phrase right after ground noun {@code t}, wherever the parser hung it: in
     * "the number of liberated territories in the Kharkiv region" it hangs on "number", yet the territories held are
     * the phrase's place. None when {@code t} is no such noun or no such phrase follows it in its sentence.
     */
    private Where groundPhrase(int t) {
        if (t < 0 || !parse.isNoun(t) || !GROUND_NOUNS.contains(parse.lemma(t))) return Where.NONE;
        int prep = t + 1;
        if (prep >= parse.size() || parse.token(prep).sentence() != parse.token(t).sentence()
                || !(parse.lower(prep).equals("of") || parse.lower(prep).equals("in")))
            return Where.NONE;
        // the noun the preposition marks follows it: its phrase, not what else the parser hung on that noun before
        int noun = parse.head(prep);
        if (noun <= prep || !parse.rel(prep).equals("case")) return Where.NONE;
        return where(new Span(parse.span(prep).start(), parse.subtreeSpan(noun).end()), noun, null, null);
    }

    /** Whether token {@code i} itself is negated ("not", "never", "no"). */
    boolean negatedHere(int i) {
        return negated(i, i, null);
    }

    private boolean hasCase(int node, String... words) {
        for (int c : parse.children(node))
            if (parse.rel(c).equals("case"))
                for (String w : words)
                    if (parse.lower(c).equals(w)) return true;
        return false;
    }

    /** Personal pronouns that, as the subject of a reported clause, refer back to the one reporting it. */
    private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she", "we");

    /**
     * The actor that is the subject of the reporting or intending verb whose complement clause holds verb {@code i}
     * ("Peru announced that it will return …", "the farmers said they would blockade …"), or null.
     */
    private ActorMention reporter(int i) {
        int k = i;
        for (int steps = 0; steps < 3 && k >= 0; steps++) {
            String r = parse.rel(k);
            int h = parse.head(k);
            if (h < 0 || !(r.equals("ccomp") || r.equals("xcomp") || r.equals("conj"))) return null;
            if (CueLexicon.CLAUSE_REPORTING.contains(parse.lemma(h)) || REPORTING_INTENT.contains(parse.lemma(h))) {
                int subj = parse.child(h, "nsubj");
                return subj < 0 ? null : actorIn(subj);
            }
            k = h;
        }
        return null;
    }

    /** Verbs besides the reporting ones whose clause a pronoun subject shares with them ("vowed that it would"). */
    private static final Set<String> REPORTING_INTENT = Set.of("vow", "pledge", "promise", "threaten", "warn",
            "decide", "declare", "insist", "confirm", "indicate", "signal");

    /** The actor named in the subtree of {@code slot}, nearest to its head in the tree; null when none. */
    ActorMention actorIn(int slot) {
        Span within = parse.subtreeSpan(slot);
        ActorMention best = null;
        int bestDepth = Integer.MAX_VALUE;
        for (ActorMention m : actors) {
            if (!within.contains(m.span())) continue;
            int t = parse.headOf(m.span());
            if (t < 0) continue;
            int depth = 0;
            for (int k = t; k >= 0 && k != slot && depth < 50; k = parse.head(k)) depth++;
            if (depth < bestDepth) {
                best = m;
                bestDepth = depth;
            }
        }
        return best;
    }

    /** Nouns of what shows that something happened: "no sign of", "no evidence of". */
    private static final Set<String> EVIDENCE = Set.of("sign", "evidence", "indication", "proof", "trace");

    /** Connectives of an adverbial clause that happens at its main clause's time ("when", "as", "while", "by …ing"). */
    private static final Set<String> SAME_TIME = Set.of("when", "as", "while", "whilst", "by");

    /**
     * A time named on a clause governing the event's clause, when the event's own clause names none: "On November 9,
     * its forces suffered a setback when they were forced to abandon P" dates the abandoning. The climb goes through
     * a verb's complement ("forced to abandon"), an adverbial clause of the same time (a bare participle, "when",
     * "as", "while", "by …ing"; not "after", "before", "since", "to …") and coordination (where only an adjunct
     * fronted before the first conjunct's subject scopes over the others: "In May, X retook A and Y left B"). It
     * never leaves a reported content or the holding claim's content: "On Tuesday the ministry said Ukraine retook
     * P" dates the statement, not the retaking.
     */
    private TimeMention governingTime(int clause, Claim claim, int trigger) {
        Span content = claim == null || claim.content() == null || !claim.content().contains(parse.span(trigger))
                ? null : claim.content();
        int k = clause;
        for (int steps = 0; steps < 6; steps++) {
            int h = parse.head(k);
            String r = parse.rel(k);
            boolean conj = r.startsWith("conj");
            if (h < 0 || !(r.equals("xcomp") || conj || r.equals("advcl") && sameTime(k))) return null;
            if (content != null && !content.contains(parse.span(h))) return null;
            TimeMention best = null;
            int front = conj ? fronted(h) : Integer.MAX_VALUE;
            for (int c : parse.children(h)) {
                String cr = parse.rel(c);
                if (c == k || !(cr.startsWith("obl") || cr.equals("nmod:tmod") || cr.equals("nmod:npmod")
                        || cr.equals("advmod")) || parse.span(c).start() >= front)
                    continue;
                TimeMention t = nearestTime(parse.subtreeSpan(c), parse.span(trigger).start());
                // a span of time ("two days after X claimed") is no date of the event
                int at = parse.span(trigger).start();
                if (t != null && t.value().isInterval() && (best == null
                        || Math.abs(t.span().start() - at) < Math.abs(best.span().start() - at)))
                    best = t;
            }
            if (best != null) return best;
            k = h;
        }
        return null;
    }

    /** Whether an adverbial clause shares its main clause's time: a bare participle or a same-time connective. */
    private boolean sameTime(int advcl) {
        for (int c : parse.children(advcl)) {
            String r = parse.rel(c);
            if (r.equals("mark") || r.equals("advmod") && parse.pos(c).startsWith("W"))
                return SAME_TIME.contains(parse.lower(c));
        }
        return true;
    }

    /** Where a clause's fronted adjuncts end: its subject's first character, else the verb's. */
    private int fronted(int verb) {
        int subj = parse.child(verb, "nsubj");
        return subj >= 0 ? parse.subtreeSpan(subj).start() : parse.span(verb).start();
    }

    private TimeMention nearestTime(Span within, int anchor) {
        TimeMention best = null;
        for (TimeMention t : times) {
            if (!within.contains(t.span())) continue;
            if (best == null || Math.abs(t.span().start() - anchor) < Math.abs(best.span().start() - anchor)) best = t;
        }
        return best;
    }

    /** Negated by "not"/"never"/"no" on the trigger or its clause, by a denying verb above it, or by a denying claim. */
    private boolean negated(int i, int clause, Claim claim) {
        for (int node : new int[] {i, clause})
            for (int c : parse.children(node)) {
                String w = parse.lower(c);
                if (parse.rel(c).equals("neg") || parse.rel(c).equals("advmod") && (w.equals("not") || w.equals("n't") || w.equals("never"))
                        || parse.rel(c).equals("det") && w.equals("no"))
                    return true;
            }
        // "no sign of a withdrawal", "there is no evidence of the strike", "did not see any sign of an attack": what
        // is said to show nothing of the event says it did not happen
        int shown = parse.head(i);
        if (parse.isNoun(i) && shown >= 0 && parse.rel(i).startsWith("nmod") && hasCase(i, "of")
                && EVIDENCE.contains(parse.lemma(shown)) && (negated(shown, shown, null)
                || parse.rel(shown).equals("obj") && negated(parse.head(shown), parse.head(shown), null)))
            return true;
        int k = clause;
        for (int steps = 0; steps < 3 && parse.head(k) >= 0; steps++) {
            String r = parse.rel(k);
            k = parse.head(k);
            if (!(r.equals("ccomp") || r.equals("xcomp") || r.equals("obj"))) break;
            if (DENYING.contains(parse.lemma(k))) return true;
        }
        if (claim != null && claim.polarity() == ClaimPolarity.DENIES) {
            int contentHead = parse.headOf(claim.content());
            return contentHead == clause || contentHead == i;
        }
        return false;
    }

    /**
     * Whether the event is a fact, a plan, a demand or a possibility: a modal or "if" on the trigger or its clause; a
     * modifier of an event noun ("a possible future offensive", also on the noun it modifies: "offensive
     * operation"); a planning or demanding verb whose object the event noun is ("planning an assault") or which
     * governs the clause ("decided to send", "called on X to stop"), also through a modal above an infinitive; an
     * infinitive of purpose ("an offensive to seize the town"); else the class of the claim that holds it.
     */
    Modality modality(int i, int clause, Claim claim) {
        // "the goal is to de-occupy Crimea", "called for the de-occupation of Crimea": ending an occupation, whether
        // aimed at, demanded or possible, presupposes the occupation, a standing fact
        if (WarLexicon.ENDING_OCCUPATION.contains(parse.lemma(i))) return Modality.ACTUAL;
        if (parse.isNoun(i)) {
            Modality m = notYet(i);
            int h = parse.head(i);
            if (m == null && h >= 0 && parse.isNoun(h) && (parse.rel(i).startsWith("amod") || parse.rel(i).startsWith("compound")))
                m = notYet(h);
            if (m != null) return m;
            // "the potential for the advance of our forces", "the likelihood of a successful offensive"
            if (h >= 0 && parse.rel(i).startsWith("nmod") && POSSIBILITIES.contains(parse.lemma(h))) return Modality.HYPOTHETICAL;
            // "its main goal was the liberation of Donbas": what an aim is said to be is not done
            int subject = parse.child(i, "nsubj");
            if (subject >= 0 && AIMS.contains(parse.lemma(subject)) && parse.child(i, "cop") >= 0) return Modality.PLANNED;
            // "the seizure of the region has been his goal": what is said to be an aim is not done either
            if (h >= 0 && parse.rel(i).startsWith("nsubj") && AIMS.contains(parse.lemma(h))
                    && parse.child(h, "cop") >= 0)
                return Modality.PLANNED;
            if (clause != i && (parse.rel(i).equals("obj") || parse.rel(i).startsWith("obl") || parse.rel(i).equals("nsubj:pass"))) {
                if (DEMANDING.contains(parse.lemma(clause))) return Modality.DEMANDED;
                // "pushed for a Russian withdrawal", "lobbied for the liberation of X": what one argues for
                if (PLEADING.contains(parse.lemma(clause)) && hasCase(i, "for")) return Modality.DEMANDED;
                if (PLANNING.contains(parse.lemma(clause))) return Modality.PLANNED;
                if (PREVENTING.contains(parse.lemma(clause))) return Modality.HYPOTHETICAL;
            }
            // an occupation or annexation named is a standing fact whatever is said about it ("should recognize its
            // annexation of Crimea", "pressure to end the occupation"): only planning it, as above, makes it no fact
            if (STANDING.contains(parse.lemma(i))) return Modality.ACTUAL;
            Modality carried = carriedByNouns(i, clause);
            if (carried != null) return carried;
        }
        // "Russia's bid to occupy all of Ukraine" (parsed with the bid as the infinitive's subject): an aim
        int aimSubject = parse.isVerb(i) && parse.childWord(i, "to") >= 0 ? parse.child(i, "nsubj") : -1;
        if (aimSubject >= 0 && AIMS.contains(parse.lemma(aimSubject))) return Modality.PLANNED;
        // "tasked a brigade with capturing the hill": the task given is not yet done
        if (parse.isVerb(i) && parse.head(i) >= 0 && TASKING.contains(parse.lemma(parse.head(i)))
                && (parse.rel(i).startsWith("advcl") || parse.rel(i).startsWith("obl")))
            return Modality.PLANNED;
        if (parse.isVerb(i) && (parse.rel(i).startsWith("acl") || parse.rel(i).startsWith("advcl"))
                && parse.childWord(i, "to") >= 0) {
            // "calls on the Russian Federation to end …" parsed as a clause of the demand or of its addressee
            int h = parse.head(i), g = h >= 0 && parse.isNoun(h) ? parse.head(h) : h;
            return g >= 0 && DEMANDING.contains(parse.lemma(g)) ? Modality.DEMANDED : Modality.PLANNED;
        }
        for (int node : new int[] {i, clause}) {
            int have = -1;
            for (int c : parse.children(node)) {
                if (!parse.rel(c).startsWith("aux") && !parse.rel(c).equals("mark")) continue;
                String w = parse.lower(c);
                if (FUTURE.contains(w)) return Modality.PLANNED;
                if (HYPOTHETICAL.contains(w) || w.equals("if")) return Modality.HYPOTHETICAL;
                if (w.equals("have") || w.equals("has")) have = c;
                // "we have to repel" parsed with "have" as an auxiliary (not "known to have died")
                if (w.equals("to") && have >= 0 && have == c - 1) return Modality.HYPOTHETICAL;
            }
        }
        Modality shared = sharedWithConjunct(parse.isVerb(i) ? i : clause);
        if (shared != null) return shared;
        int k = clause;
        for (int steps = 0; steps < 3 && parse.head(k) >= 0; steps++) {
            String r = parse.rel(k);
            k = parse.head(k);
            if (!(r.equals("xcomp") || r.equals("ccomp") || r.equals("conj"))) break;
            // a conjunct's first verb is its sibling, not its governor: "urged X to withdraw and highlighted Y" does
            // not demand the highlighting (what a sibling shares is sharedWithConjunct's); climb on past it
            if (r.equals("conj")) continue;
            String l = parse.lemma(k);
            if (DEMANDING.contains(l)) return Modality.DEMANDED;
            if (PLANNING.contains(l)) return Modality.PLANNED;
            // an obligation is no report ("we have to repel the aggression"); "had to retreat" is
            if (r.equals("xcomp") && (l.equals("need") || l.equals("have") && !parse.pos(k).equals("VBD")))
                return Modality.HYPOTHETICAL;
            // "could try to retake", "would be able to hold": a modal above an infinitive governs it too, and so does
            // an "if" ("what would happen if he was free to keep the regions")
            if (r.equals("xcomp"))
                for (int c : parse.children(k)) {
                    if (parse.rel(c).equals("mark") && parse.lower(c).equals("if")) return Modality.HYPOTHETICAL;
                    if (!parse.rel(c).startsWith("aux")) continue;
                    if (FUTURE.contains(parse.lower(c))) return Modality.PLANNED;
                    if (HYPOTHETICAL.contains(parse.lower(c))) return Modality.HYPOTHETICAL;
                }
        }
        // "enough armour to liberate Ukraine", "capable of liberating": an aim or an ability, not a report; a noun is
        // one when it is the object of such a verb ("weapons for Ukraine to mount its spring counteroffensive")
        int verb = parse.isNoun(i) && clause != i && parse.rel(i).equals("obj") ? clause : i;
        if (aimedInfinitive(verb) || verb != i && infinitiveOfPurpose(verb)) return Modality.PLANNED;
        if (ability(verb)) return Modality.HYPOTHETICAL;
        if (claim != null) {
            CueClass cls = claim.cueClass();
            if (cls == CueClass.DEMAND || cls == CueClass.ORDER) return Modality.DEMANDED;
            if (cls == CueClass.PROMISE || cls == CueClass.DECIDE) return Modality.PLANNED;
        }
        return Modality.ACTUAL;
    }

    /**
     * Verbs whose infinitive complement happened ("continued to advance", "managed to capture", "were forced to
     * retreat", "helped repel"): the infinitive under any other verb is an aim or a possibility ("the package
     * represents enough armour to liberate Ukraine", "were sent to fight").
     */
    private static final Set<String> IMPLICATIVE = Set.of("manage", "begin", "start", "continue", "keep", "go",
            "come", "proceed", "resume", "fail", "force", "compel", "oblige", "help", "succeed", "appear", "seem",
            "happen", "prove", "tend", "get", "use", "allow", "enable", "be", "have", "try", "attempt", "need");
    /**
     * Adjectives of ability, readiness or possibility, whose complement is not done: "capable of liberating all its
     * territory", "it is possible to attack within days", "it is impossible to capture the city".
     */
    private static final Set<String> ABILITIES = Set.of("capable", "incapable", "ready", "willing", "unwilling",
            "prepared", "determined", "eager", "poised", "unable", "possible", "impossible", "likely", "unlikely");

    /** "to take" as a clause on a noun or on the sentence ("an offensive to seize the town"). */
    private boolean infinitiveOfPurpose(int v) {
        return parse.isVerb(v) && (parse.rel(v).startsWith("acl") || parse.rel(v).startsWith("advcl"))
                && parse.childWord(v, "to") >= 0;
    }

    /**
     * A plain infinitive complement ("to liberate", not "to have liberated" nor "to be advancing": those report)
     * of a verb that does not make it happen ({@link #IMPLICATIVE}); planning, demanding and trying verbs have
     * their own rules above and below.
     */
    private boolean aimedInfinitive(int v) {
        int h = parse.head(v);
        if (!parse.isVerb(v) || !parse.rel(v).equals("xcomp") || h < 0 || !parse.isVerb(h)
                || IMPLICATIVE.contains(parse.lemma(h)) || parse.childWord(v, "to") < 0)
            return false;
        for (int c : parse.children(v))
            if (parse.rel(c).startsWith("aux") && !parse.lower(c).equals("to")) return false;
        return true;
    }

    /** A verb completing an adjective of ability ("capable of liberating", "ready to storm"). */
    private boolean ability(int v) {
        int h = parse.head(v);
        return parse.isVerb(v) && h >= 0 && parse.pos(h).startsWith("JJ") && ABILITIES.contains(parse.lemma(h))
                && (parse.rel(v).startsWith("advcl") || parse.rel(v).equals("xcomp"));
    }

    /** Whether a time lies wholly before the article's publication day. */
    private boolean past(TimeMention time) {
        java.time.LocalDate published = parse.doc().article().published();
        return time != null && time.value().end() != null && published != null && !time.value().end().isAfter(published);
    }

    /** Verbs that give a task, whose "with" phrase is not yet done: "tasked the brigade with capturing the town". */
    private static final Set<String> TASKING = Set.of("task", "entrust", "assign");

    /**
     * The modality a verb shares with the verb it is coordinated with when it has no subject or auxiliary of its own:
     * "a duty to defend the republic and retake the bridgehead" is an aim in both conjuncts, "could encircle the
     * town and cut the road" a possibility in both. Null when the first conjunct is a fact or the verb has its own,
     * or when the two differ in form: "urged X to withdraw … and highlighted Y" coordinates the finite verb with
     * "urged", whatever the parser hung it on.
     */
    private Modality sharedWithConjunct(int v) {
        int h = v < 0 ? -1 : parse.head(v);
        if (v < 0 || !parse.isVerb(v) || !parse.rel(v).startsWith("conj") || h < 0 || !parse.isVerb(h)
                || !parse.pos(v).equals(parse.pos(h)))
            return null;
        for (int c : parse.children(v)) {
            String r = parse.rel(c);
            if (r.startsWith("nsubj") || r.startsWith("aux") || r.equals("mark") || r.equals("cop")) return null;
        }
        Modality m = modality(h, h, null);
        return m == Modality.ACTUAL ? null : m;
    }

    /** Nouns that end or lessen what their phrase names, which therefore stands: "an end to the fighting". */
    private static final Set<String> ENDINGS = Set.of("end", "halt", "cessation", "stop", "suspension", "pause",
            "de-escalation", "freeze", "withdrawal", "aftermath", "result", "outcome", "consequence", "anniversary");

    /**
     * The modality an event noun takes from a chain of nouns it completes ("might take the shape of a ground
     * assault", "may launch a new wave of attacks"): the "of / in" phrase of a noun that is the object or an oblique
     * of a verb is only as real as that verb's clause. Subjects pass nothing down ("the outcome of the battle could
     * decide the war": the battle was fought), nor a noun of ending ("urged an end to the fighting": the
     * fighting stands). Null when no such chain makes it other than actual.
     */
    private Modality carriedByNouns(int i, int clause) {
        if (clause != i) return null;
        int top = i;
        for (int steps = 0; steps < 3 && parse.rel(top).startsWith("nmod") && parse.head(top) >= 0
                && parse.isNoun(parse.head(top)); steps++) {
            top = parse.head(top);
            if (ENDINGS.contains(parse.lemma(top))) return null;
        }
        int verb = parse.head(top);
        if (top == i || verb < 0 || !parse.isVerb(verb)
                || !(parse.rel(top).equals("obj") || parse.rel(top).startsWith("obl")))
            return null;
        Modality m = modality(top, verb, null);
        return m == Modality.ACTUAL ? null : m;
    }

    /** The modality a "not yet" modifier of noun {@code t} gives it, or null. */
    private Modality notYet(int t) {
        for (int c : parse.children(t)) {
            if (!(parse.rel(c).startsWith("amod") || parse.rel(c).startsWith("advmod"))) continue;
            if (NOT_YET_POSSIBLE.contains(parse.lower(c))) return Modality.HYPOTHETICAL;
            if (NOT_YET_PLANNED.contains(parse.lower(c))) return Modality.PLANNED;
        }
        return null;
    }
}
