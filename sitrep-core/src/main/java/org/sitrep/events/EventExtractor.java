package org.sitrep.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.events.internal.Parse;
import org.sitrep.model.ActorMention;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Claim;
import org.sitrep.model.CueClass;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Evidence;
import org.sitrep.model.Issue;
import org.sitrep.model.Layer;
import org.sitrep.model.Modality;
import org.sitrep.model.PloverType;
import org.sitrep.model.Polarity;
import org.sitrep.model.Quantity;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.TimeMention;
import org.sitrep.model.StageVersions;
import org.sitrep.model.Stage;

/**
 * Finds event mentions by rules over the dependency parse: a trigger (a verb of {@link WarLexicon} or the CAMEO
 * verb dictionary, a war noun, or the cue of a demanding, accusing or praising claim), typed in PLOVER, with its
 * agent and target actors, place, time, quantities, polarity and modality ({@link EventArguments}). An event in a
 * claim's content is held by the claim's source; one in the narration by the article's outlet. Thread-safe.
 */
public final class EventExtractor implements Stage {
    public static final String NAME = "events";
    /** The recorded version ({@link StageVersions}): a new line there when the output changes. */
    public static final String VERSION = StageVersions.current(NAME);

    /** Claim cue classes that are events themselves, with their PLOVER type and CAMEO code. */
    private static final Map<CueClass, String[]> CUE_EVENTS = Map.of(
            CueClass.DEMAND, new String[] {"DEMAND", "10"}, CueClass.ORDER, new String[] {"DEMAND", "10"},
            CueClass.ACCUSE, new String[] {"ACCUSE", "112"}, CueClass.PRAISE, new String[] {"SUPPORT", "051"});
    /** Verbs CAMEO codes that are reporting, perception or auxiliary verbs in news: never triggers here. */
    private static final Set<String> NOT_TRIGGERS = Set.of("say", "tell", "be", "have", "do", "report", "state",
            "add", "note", "claim", "confirm", "acknowledge", "deny", "announce", "write", "see", "know", "think",
            "believe", "make", "get", "go", "come", "remain", "continue", "describe", "call", "include", "lie",
            "become", "seem", "want", "use", "give", "provide", "show", "take", "hold", "keep", "try", "need",
            "occur", "happen", "comment", "speak", "contain", "raise", "change", "reach", "repeat", "insist");

    /**
     * Light verbs, whose event is the noun after them ("held talks", "gave aid", "issued an appeal"): triggers only
     * where a pattern of the CAMEO dictionary names that noun, never by the verb's own code ("issued a declaration"
     * is no cooperation, CAMEO's 060 for the group of "give").
     */
    static final Set<String> LIGHT_VERBS = Set.of("hold", "give", "provide", "issue", "make", "take", "reach");

    /**
     * Verbs the PLOVER manual makes a RETREAT, with its mode and CAMEO code; "demobilize" (CAMEO 0873, demobilize
     * armed forces; the manual's "disarming") is not in the dictionary at all.
     */
    private static final Map<String, String[]> RETREATS = Map.of("resign", new String[] {"resign", "0831"},
            "surrender", new String[] {"military", "0874"}, "demobilize", new String[] {"disarm", "0873"},
            "demobilise", new String[] {"disarm", "0873"});

    /**
     * Verbs of accusing in court, which the PLOVER manual makes ACCUSE ("accuse, allege, or charge, both judicially and
     * informally"; "sue or bring to court"), where the CAMEO dictionary codes 173 (arrest, COERCE): coded CAMEO 115,
     * bring legal action against.
     */
    private static final Set<String> LEGAL_ACCUSATIONS = Set.of("indict", "sue", "prosecute");

    /** Verbs that are a rejection by themselves (CAMEO 120) where no pattern of the dictionary codes them. */
    private static final Set<String> REJECTING = Set.of("reject", "rebuff", "spurn", "renege");

    /**
     * The least probability (over the model's 18 types) at which its type makes an event where the rules found
     * none: below it, verbs such as "reacted" on the seed came through as AID.
     */
    public static final double MODEL_THRESHOLD = 0.3;

    private final CameoLexicon cameo;
    private final Optional<EventTypeModel> model;
    private final EventTypeFeatures features;

    /** The bundled CAMEO dictionary and event-type model. */
    public EventExtractor() {
        this(CameoLexicon.standard(), EventTypeModel.standard());
    }

    /** With {@code model} empty, triggers are typed by the rules alone. */
    public EventExtractor(CameoLexicon cameo, Optional<EventTypeModel> model) {
        this.cameo = cameo;
        this.model = model;
        this.features = new EventTypeFeatures(cameo);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.DEPENDENCIES, Layer.ACTORS, Layer.PLACES, Layer.TIMES,
                Layer.CLAIMS);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layer.EVENTS);
    }

    @Override
    public Doc apply(Doc doc) {
        try {
            return doc.with(Layer.EVENTS, extract(doc));
        } catch (RuntimeException e) {
            // odd text must not stop the article: keep what the earlier stages found
            return doc.with(Layer.EVENTS, List.of())
                    .withIssue(new Issue(null, "events.failed", "event extraction failed: " + e));
        }
    }

    private List<Event> extract(Doc doc) {
        Parse parse = new Parse(doc);
        EventArguments args = new EventArguments(parse);
        List<Claim> claims = doc.get(Layer.CLAIMS).stream().filter(c -> !toll(doc, c)).toList();
        Set<Integer> cueTokens = new HashSet<>();
        for (Claim c : claims) {
            int t = parse.headOf(c.cue());
            if (t >= 0) cueTokens.add(t);
        }
        List<Event> events = new ArrayList<>();
        List<TimeMention> times = doc.get(Layer.TIMES);
        for (Sentence s : parse.sentences()) {
            Evidence base = new Evidence(doc.article().id(), s.span(), NAME, VERSION, 0.6);
            List<Event> found = new ArrayList<>();
            List<Span> clauses = new ArrayList<>();
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                if (cueTokens.contains(i)) continue;
                Optional<Trigger> trigger = trigger(cameo, parse, i, s.endToken());
                if (trigger.isEmpty()) continue;
                Event e = args.build(i, trigger.get().lemma(), trigger.get().type(), trigger.get().mode(),
                        trigger.get().cameo(), s, claims, base(base, trigger.get().confidence()));
                // a verb only the general CAMEO dictionary knows is an event only between actors, as PETRARCH codes
                if (trigger.get().confidence() < 0.6 && e.agent() == null && e.target() == null) continue;
                found.add(e);
                clauses.add(parse.subtreeSpan(args.clause(i)));
            }
            boolean hasCue = false;
            for (int i = s.firstToken(); i < s.endToken(); i++) hasCue |= cueTokens.contains(i);
            if (found.isEmpty() && !hasCue) // a claim's cue makes its own event below
                modelled(parse, args, s, claims, base).ifPresent(e -> {
                    found.add(e);
                    clauses.add(parse.subtreeSpan(args.clause(parse.headOf(e.span()))));
                });
            attachQuantities(parse, args, s, times, found, clauses, claims, base);
            events.addAll(found);
        }
        for (Claim c : claims) {
            String[] t = CUE_EVENTS.get(c.cueClass());
            int head = parse.headOf(c.cue());
            if (t == null || head < 0) continue;
            Sentence s = parse.sentences().get(parse.token(head).sentence());
            Evidence ev = new Evidence(doc.article().id(), s.span(), NAME, VERSION, 0.7);
            events.addAll(args.fromClaim(c, head, PloverType.valueOf(t[0]), t[1], s, claims, ev));
        }
        events.sort(Comparator.comparing(Event::span));
        return events;
    }

    /**
     * The event the model finds in a sentence the rules found none in: at the sentence's main verb
     * ({@link EventTypeFeatures#mainToken}), typed by the model, kept only when the parse gives it an actor as agent
     * or target (the condition CAMEO-only triggers meet too). Empty without a model.
     */
    private Optional<Event> modelled(Parse parse, EventArguments args, Sentence s, List<Claim> claims, Evidence base) {
        if (model.isEmpty()) return Optional.empty();
        int t = EventTypeFeatures.mainToken(parse, s);
        if (t < 0 || !parse.isVerb(t) || NOT_TRIGGERS.contains(parse.lemma(t))) return Optional.empty();
        EventTypeModel.Prediction p = model.get().classify(features.of(parse, t, s, null, -1));
        if (p.probability() < MODEL_THRESHOLD) return Optional.empty();
        Event e = args.build(t, parse.lemma(t), p.type(), "", PloverMappings.standard().cameoRoot(p.type()), s, claims,
                base(base, Math.min(0.5, p.probability())));
        return e.agent() == null && e.target() == null ? Optional.empty() : Optional.of(e);
    }

    /**
     * Gives each quantity of the sentence to the event whose clause holds it most narrowly. A casualty count no
     * clause holds ("Ukrainian formations lost up to 210 servicemen") makes an event of its own at the casualty
     * verb (FIGHT, CAMEO 190); other counts no event holds are left out.
     */
    private static void attachQuantities(Parse parse, EventArguments args, Sentence s, List<TimeMention> times,
                                         List<Event> found, List<Span> clauses, List<Claim> claims, Evidence base) {
        List<Quantity> quantities = QuantityFinder.find(parse, s.firstToken(), s.endToken(), times, base);
        if (quantities.isEmpty()) return;
        List<List<Quantity>> given = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) given.add(new ArrayList<>());
        for (Quantity q : quantities) {
            int best = -1;
            // a casualty total ("losses amounted to 899") is its own event at the predicate stating it
            int total = QuantityFinder.totalPredicate(parse, parse.headOf(q.span()));
            if (total >= 0 && CASUALTY_KINDS.contains(q.counted())) {
                for (int k = 0; k < found.size(); k++)
                    if (parse.headOf(found.get(k).span()) == total) best = k;
                if (best < 0) {
                    found.add(args.placedBySentence(args.build(total, parse.lemma(total), PloverType.FIGHT, "", "190", s,
                            claims, base(base, 0.5)), s, total, claims));
                    clauses.add(parse.subtreeSpan(total));
                    given.add(new ArrayList<>());
                    best = found.size() - 1;
                }
                given.get(best).add(q);
                continue;
            }
            for (int k = 0; k < found.size(); k++)
                if (clauses.get(k).contains(q.span()) && (best < 0 || width(clauses.get(k)) < width(clauses.get(best))))
                    best = k;
            if (best < 0 && QuantityFinder.CASUALTY_VERBS.containsValue(q.counted())) {
                int verb = casualtyVerb(parse, q.span());
                // "reported four injuries", "a mass grave containing 440 bodies": the count's noun is the event
                if (verb < 0 && PEOPLE_COUNTS.contains(q.counted()) && parse.isNoun(parse.headOf(q.span()))) {
                    verb = parse.headOf(q.span());
                    // "found the bodies of 20 civilians in Bucha": the bodies are the event, with the bodies' place
                    int bodies = QuantityFinder.bodiesOf(parse, verb);
                    if (bodies >= 0) verb = bodies;
                }
                if (verb >= 0) {
                    found.add(args.placedBySentence(args.build(verb, parse.lemma(verb), PloverType.FIGHT, "", "190", s,
                            claims, base(base, 0.5)), s, verb, claims));
                    clauses.add(parse.subtreeSpan(verb));
                    given.add(new ArrayList<>());
                    best = found.size() - 1;
                }
            }
            if (best >= 0) given.get(best).add(q);
        }
        for (int k = 0; k < found.size(); k++) {
            if (given.get(k).isEmpty()) continue;
            Event e = found.get(k);
            List<Quantity> all = new ArrayList<>(e.quantities());
            all.addAll(given.get(k));
            found.set(k, new Event(e.span(), e.trigger(), e.type(), e.mode(), e.cameo(), e.agent(), e.target(),
                    e.place(), e.placeName(), e.time(), all, e.polarity(), e.modality(), e.claim(), e.holder(), e.evidence()));
        }
    }

    private static int width(Span s) {
        return s.end() - s.start();
    }

    private static final Set<String> CASUALTY_KINDS = Set.of("killed", "wounded", "losses", "casualties");

    /** Counts of people hurt, which are casualties with or without a verb. */
    private static final Set<String> PEOPLE_COUNTS = Set.of("killed", "wounded", "casualties");

    /** The casualty verb governing the quantity at {@code span} (or the infinitive its verb raises), or -1. */
    private static int casualtyVerb(Parse parse, Span span) {
        int t = parse.headOf(span);
        for (int k = t, steps = 0; k >= 0 && steps < 4; k = parse.head(k), steps++) {
            if (parse.isVerb(k) && QuantityFinder.CASUALTY_VERBS.containsKey(parse.lemma(k))) return k;
            int raised = QuantityFinder.raisedCasualtyVerb(parse, k);
            if (raised >= 0) return raised;
        }
        return -1;
    }

    private static Evidence base(Evidence e, double confidence) {
        return new Evidence(e.article(), e.span(), e.stage(), e.stageVersion(), confidence);
    }

    record Trigger(String lemma, PloverType type, String mode, String cameo, double confidence) {}

    /** Whether token {@code i} triggers an event, and of which type. */
    /** A verb trigger typed by a CAMEO code through the PLOVER map (empty when the code maps to no type). */
    private static Optional<Trigger> coded(CameoLexicon cameo, String word, String code) {
        return cameo.plover(code).map(p -> new Trigger(word, p.type(), p.mode(), code, 0.5));
    }

    static Optional<Trigger> trigger(CameoLexicon cameo, Parse parse, int i, int sentenceEnd) {
        String rel = parse.rel(i);
        if (rel.startsWith("aux") || rel.equals("cop") || rel.equals("compound")) return Optional.empty();
        if (rel.startsWith("amod") && EventArguments.misparsedPerfect(parse, i) < 0) return Optional.empty();
        String lemma = parse.lemma(i);
        if (parse.isVerb(i)) {
            Set<String> following = new LinkedHashSet<>();
            for (int c : parse.children(i)) following.add(parse.lower(c));
            for (int j = i + 1; j < Math.min(sentenceEnd, i + 4); j++) following.add(parse.lower(j));
            if (WarLexicon.idiom(lemma, i + 1 < sentenceEnd ? parse.lower(i + 1) : null)) return Optional.empty();
            // "its forces have been slowly advancing", "advanced two kilometres": forces moving forward, not
            // "advanced its interests"
            if (lemma.equals("advance") && (parse.child(i, "obj") < 0 || DISTANCES.contains(parse.lemma(parse.child(i, "obj"))))
                    && forcesSubject(parse, i))
                return Optional.of(new Trigger("advance", PloverType.FIGHT, "", "190", 0.7));
            if (lemma.equals("take") && following.contains("part"))
                return Optional.of(new Trigger("take part", PloverType.FIGHT, "", "190", 0.7));
            // "took Avdiivka", "took back Kherson", "Bakhmut was taken": a taking of a town or region by name (not of
            // a country: "took Ukraine to court", "took Ukraine by surprise")
            if (lemma.equals("take") && placeObject(parse, i))
                return Optional.of(new Trigger("take", PloverType.COERCE, "seize", "192", 0.7));
            // "pushed Russian troops out of Kupiansk": driving a side out of a place takes it
            if (WarLexicon.OUSTERS.contains(lemma) && drivesOut(parse, i))
                return Optional.of(new Trigger(lemma + " out", PloverType.COERCE, "seize", "192", 0.7));
            // "defended Bakhmut", "encircled the town of Vuhledar": fighting over ground, not "defended the decision"
            if (GROUND_FIGHT_VERBS.contains(lemma) && (placeObject(parse, i) || groundObject(parse, i)))
                return Optional.of(new Trigger(lemma, PloverType.FIGHT, "", "190", 0.7));
            // "withdrew its observers", "expelled the peacekeepers": taking back or sending away one's staff abroad is
            // reducing relations (CAMEO 166; the PLOVER manual's SANCTION "expel": diplomats, peacekeepers, NGOs), not
            // a retreat from ground
            String personnel = personnelWithdrawn(parse, i);
            if (personnel != null)
                return coded(cameo, lemma, personnel);
            // "troops remained on high alert", "put the police on alert": raising alert status (CAMEO 151 police,
            // 152 military), the manual's MOBILIZE
            String alert = alertStatus(parse, i);
            if (alert != null)
                return coded(cameo, lemma + " on alert", alert);
            // "called off the strike", "ended their protest": bringing dissent to a halt is yielding (CAMEO 082),
            // the manual's CONCEDE ("suspending protests")
            if (endsDissent(parse, i))
                return coded(cameo, lemma, "082");
            Optional<WarLexicon.Entry> war = WarLexicon.verb(lemma, following);
            if (war.isPresent()) {
                String l = lemma.equals("push") || lemma.equals("pull") ? lemma + " " + (following.contains("back") ? "back" : "out")
                        : lemma.equals("hold") || lemma.equals("beat") ? lemma + " " + (following.contains("back") ? "back" : "off")
                        : lemma.equals("take") && following.contains("control") ? "take control" : lemma;
                return Optional.of(new Trigger(l, war.get().type(), war.get().mode(), war.get().cameo(), 0.7));
            }
            // the PLOVER manual's RETREAT "also covers resignations of government officials" and surrender (CAMEO
            // 0874 "retreat or surrender militarily"), where the dictionary codes 083 and 080 (CONCEDE)
            String[] retreat = RETREATS.get(lemma);
            if (retreat != null)
                return Optional.of(new Trigger(lemma, PloverType.RETREAT, retreat[0], retreat[1], 0.5));
            // "indicted the former mayor", "is suing the ministry": legal action is an accusation, not an arrest
            if (LEGAL_ACCUSATIONS.contains(lemma))
                return coded(cameo, lemma, "115");
            // "renewed negotiations", "opened a hearing", "organized a general strike", "riots continued": a verb
            // that begins, keeps, holds or ends what its object (or its subject) names is that event
            String noun = eventNoun(parse, i);
            if (noun != null) {
                String nounCode = EVENT_NOUNS.get(noun);
                return coded(cameo, lemma + " " + noun, nounCode);
            }
            // "eased emergency measures", "cut food supplies", "restored diplomatic ties", "blocked the roads": a
            // verb whose object says what it does to a measure, to aid, to relations or to passage
            String objectCode = objectEvent(parse, i);
            if (objectCode != null)
                return coded(cameo, lemma, objectCode);
            // "held talks", "gave aid", "provided aerial photographs": a light verb is an event only by the noun
            // after it that one of the dictionary's patterns names, typed by that noun
            Optional<String> found = LIGHT_VERBS.contains(lemma) ? cameo.patterned(lemma, phraseAfter(parse, i))
                    : NOT_TRIGGERS.contains(lemma) ? Optional.empty() : cameo.cameo(lemma, phraseAfter(parse, i));
            // "rejected the peace plan": rejecting is CAMEO 12 whatever is rejected, where the dictionary's group of
            // "reject" has no code of its own and names only some objects
            Optional<String> code = found.isEmpty() && REJECTING.contains(lemma) ? Optional.of("120") : found;
            if (code.isEmpty()) return Optional.empty();
            return coded(cameo, lemma, code.get());
        }
        if (parse.pos(i).equals("JJ") && parse.lower(i).endsWith("ed")) {
            // a participle tagged as an adjective ("completely “liberated”", "was liberated")
            String w = parse.lower(i);
            for (String l : List.of(w.substring(0, w.length() - 1), w.substring(0, w.length() - 2))) {
                Optional<WarLexicon.Entry> war = WarLexicon.verb(l, Set.of());
                if (war.isPresent())
                    return Optional.of(new Trigger(l, war.get().type(), war.get().mode(), war.get().cameo(), 0.7));
            }
            return Optional.empty();
        }
        if (parse.isNoun(i)) {
            String key = lemma.equals("hostility") ? "hostilities" : lemma;
            // "ceasefire violations along the line of contact": fire across a front, told as a breach of the truce
            if (key.equals("violation") && truceBreached(parse, i))
                return Optional.of(new Trigger("ceasefire violation", PloverType.FIGHT, "", "190", 0.6));
            if (key.equals("strike") && laborStrike(parse, i))
                return Optional.of(new Trigger(key, PloverType.PROTEST, "strike", "143", 0.6));
            // "offensive operations near Kreminna", "combat engagements": fighting named by its kind of operation
            if (FIGHT_OPERATIONS.contains(key) && modifiedBy(parse, i, Set.of("offensive", "assault", "combat"))
                    && placedHere(parse, i))
                return Optional.of(new Trigger(key.equals("engagement") ? "clash" : "offensive", PloverType.FIGHT, "",
                        "190", 0.6));
            // "a cyber attack on ministry websites", "cyberattacks": the PLOVER manual's COERCE "cyber" (cyberattacks,
            // hacking, website attacks), no use of armed force
            if (key.equals("cyberattack") || key.equals("cyber-attack")
                    || Set.of("attack", "assault", "strike").contains(key) && modifiedBy(parse, i, CYBER))
                return Optional.of(new Trigger("cyber attack", PloverType.COERCE, "cyber", "170", 0.6));
            // "the take-over of Crimea", split by the tokenizer into "take", "-", "over": the noun "takeover"
            if (key.equals("take") && hyphenedWith(parse, i, "over", sentenceEnd)) key = "takeover";
            // "the Crimea grab", "a land grab": taking ground; not "a power grab", "a cash grab"
            if (key.equals("grab") && !groundGrab(parse, i)) return Optional.empty();
            String noun = key;
            return WarLexicon.noun(noun).map(e -> new Trigger(noun, e.type(), e.mode(), e.cameo(), 0.6));
        }
        return Optional.empty();
    }

    /** Whether token {@code i} is glued by a hyphen token to the next word {@code second} ("take-over"). */
    static boolean hyphenedWith(Parse parse, int i, String second, int sentenceEnd) {
        if (i + 2 >= sentenceEnd || !parse.word(i + 1).equals("-") || !parse.lower(i + 2).equals(second)) return false;
        return parse.span(i).end() == parse.span(i + 1).start() && parse.span(i + 1).end() == parse.span(i + 2).start();
    }

    /** Words that make a "grab" one of ground: "land grab", "territorial grab". */
    private static final Set<String> GROUND_GRABS = Set.of("land", "territory", "territorial");

    /**
     * Whether noun "grab" at {@code i} takes ground: modified by a word for ground, or by a proper name ("the Crimea
     * grab") and by nothing else in a compound ("a Kremlin power grab" grabs power).
     */
    private static boolean groundGrab(Parse parse, int i) {
        boolean ground = false;
        for (int c : parse.children(i)) {
            String r = parse.rel(c);
            if (!(r.startsWith("compound") || r.startsWith("amod"))) continue;
            if (GROUND_GRABS.contains(parse.lower(c))) ground = true;
            else if (r.startsWith("compound") && parse.pos(c).startsWith("NNP")) ground = true;
            else if (r.startsWith("compound")) return false;
        }
        return ground;
    }

    /**
     * Nouns of political events other than fighting, with their CAMEO code: what a verb of beginning, holding,
     * keeping or imposing ({@link #ASPECT_VERBS}) names as its object is that event.
     */
    private static final Map<String, String> EVENT_NOUNS = Map.ofEntries(
            Map.entry("talks", "046"), Map.entry("negotiation", "046"), Map.entry("negotiations", "046"),
            Map.entry("consultations", "040"), Map.entry("dialogue", "046"),
            Map.entry("investigation", "090"), Map.entry("inquiry", "090"), Map.entry("probe", "090"),
            Map.entry("hearing", "090"),
            Map.entry("protest", "141"), Map.entry("demonstration", "141"), Map.entry("rally", "141"),
            Map.entry("riot", "145"), Map.entry("strike", "143"), Map.entry("boycott", "143"),
            Map.entry("curfew", "1723"), Map.entry("state of emergency", "1724"), Map.entry("martial law", "1724"),
            Map.entry("state of siege", "1724"));
    /** Verbs that begin, hold, keep, end or impose the event their object names ("renewed negotiations"). */
    private static final Set<String> ASPECT_VERBS = Set.of("open", "launch", "begin", "start", "renew", "resume",
            "continue", "complete", "conclude", "hold", "conduct", "organize", "organise", "stage", "extend", "declare",
            "impose", "prolong");
    /** Verbs said of an event as their subject that it goes on or begins ("riots continued", "talks resumed"). */
    private static final Set<String> ONGOING_VERBS = Set.of("continue", "resume", "begin", "start", "erupt");

    /**
     * The event noun ({@link #EVENT_NOUNS}) that verb {@code i} begins, holds or imposes as its object, or goes on
     * as its subject, or null: "state of emergency" and "martial law" by their head and modifier; "strike" only as
     * a stoppage of work.
     */
    private static String eventNoun(Parse parse, int i) {
        String lemma = parse.lemma(i);
        int n = ASPECT_VERBS.contains(lemma) ? parse.child(i, "obj") : -1;
        if (n < 0 && ONGOING_VERBS.contains(lemma)) n = parse.child(i, "nsubj");
        if (n < 0) return null;
        String w = parse.lower(n);
        if (w.equals("state")) {
            for (int c : parse.children(n))
                if (parse.rel(c).startsWith("nmod") && (parse.lower(c).equals("emergency") || parse.lower(c).equals("siege")))
                    return "state of " + parse.lower(c);
            return null;
        }
        if (w.equals("law")) return parse.childWord(n, "martial") >= 0 ? "martial law" : null;
        String key = EVENT_NOUNS.containsKey(w) ? w : parse.lemma(n).toLowerCase(Locale.ROOT);
        if (!EVENT_NOUNS.containsKey(key) || key.equals("strike") && !laborStrike(parse, n)) return null;
        return key;
    }

    /** A verb's meaning fixed by its object: the verbs, the object nouns (lemmas), the CAMEO code. */
    private record ObjectEvent(Set<String> verbs, Set<String> objects, String cameo) {}

    private static final Set<String> KILLING = Set.of("kill", "murder", "assassinate");
    private static final Set<String> EASING = Set.of("ease", "lift", "relax", "loosen");
    private static final Set<String> CUTTING = Set.of("reduce", "cut", "suspend", "halt", "stop", "freeze", "withhold",
            "slash");
    /**
     * Easing a measure is yielding (CAMEO 081; a curfew 0813, sanctions 085); cutting aid is reducing relations
     * (162); establishing or restoring relations is diplomatic cooperation (050); blocking a road obstructs passage
     * (144), a form of protest. The dictionary has no pattern for most of these and codes the verb alone
     * ("ease" 060, cooperation; "reduce" 081, yielding; "block" 170).
     */
    private static final List<ObjectEvent> OBJECT_EVENTS = List.of(
            new ObjectEvent(EASING, Set.of("restriction", "measure", "ban", "control"), "081"),
            new ObjectEvent(EASING, Set.of("curfew"), "0813"),
            new ObjectEvent(EASING, Set.of("sanction", "embargo"), "085"),
            new ObjectEvent(CUTTING, Set.of("aid", "assistance", "supply", "supplies", "funding", "food"), "162"),
            new ObjectEvent(Set.of("establish", "restore", "upgrade", "normalize", "normalise", "resume"),
                    Set.of("tie", "ties", "relation", "relations"), "050"),
            new ObjectEvent(Set.of("send", "deliver", "ship", "supply", "donate", "hand", "airlift"), Set.of("arm",
                    "arms", "weapon", "ammunition", "medicine", "food", "aid", "relief", "equipment", "grain", "fuel",
                    "vaccine", "tent", "blanket"), "070"),
            new ObjectEvent(Set.of("block", "barricade", "blockade"), Set.of("road", "highway", "traffic",
                    "transport", "route", "railway", "street", "bridge", "entrance"), "144"),
            // denying what an authority grants is refusing it (the manual's REJECT, "bars … from entering")
            new ObjectEvent(Set.of("deny"), Set.of("entry", "access", "permission", "permit", "visa", "admission",
                    "request", "application", "passage", "licence", "license", "approval", "allocation", "asylum",
                    "bail", "landing"), "120"),
            // dismissing what was asked or offered is rejecting it; dismissing a charge stays the dictionary's denial
            new ObjectEvent(Set.of("dismiss"), Set.of("appeal", "call", "request", "demand", "proposal", "offer",
                    "plan", "plea", "ultimatum", "initiative", "invitation", "overture", "bid", "suggestion"), "120"),
            // killing a person by the office held is a targeted killing (CAMEO 186; the manual's ASSAULT "targeted");
            // one person only (singular, see objectEvent): "killed eight leaders" in an air raid is a strike
            new ObjectEvent(KILLING, Set.of("leader", "chief", "commander", "head",
                    "minister", "mayor", "governor", "official", "president", "general", "deputy", "spokesman",
                    "spokeswoman", "judge", "prosecutor", "ambassador", "envoy", "lawmaker", "legislator", "senator",
                    "politician", "activist", "journalist", "editor", "candidate", "cleric", "imam", "priest",
                    "bishop", "chairman", "premier", "councillor", "councilor"), "186"),
            // returning people or property is CAMEO 084 (0841 persons, 0842 property): the manual's RETREAT ("the
            // release of prisoners and hostages, … the return of confiscated property")
            new ObjectEvent(Set.of("return", "repatriate"), Set.of("prisoner", "hostage", "detainee", "captive",
                    "refugee", "body", "remains"), "0841"),
            new ObjectEvent(Set.of("return"), Set.of("property", "land", "asset", "weapon", "arm", "equipment",
                    "vehicle", "boat", "ship", "aircraft", "territory"), "0842"));

    /** Verbs that take back or send away people posted abroad. */
    private static final Set<String> SENDING_AWAY = Set.of("withdraw", "expel", "recall", "pull", "evacuate");
    /** People posted abroad, with the CAMEO code of taking them back or sending them away (166: expel, withdraw). */
    private static final Map<String, String> POSTED = Map.ofEntries(Map.entry("peacekeeper", "1661"),
            Map.entry("inspector", "1662"), Map.entry("observer", "1662"), Map.entry("monitor", "1662"),
            Map.entry("diplomat", "161"), Map.entry("ambassador", "161"), Map.entry("envoy", "161"),
            Map.entry("ngo", "1663"));
    /** Words that make workers or staff those of aid ("aid workers", "humanitarian staff"). */
    private static final Set<String> AID_STAFF = Set.of("aid", "humanitarian", "relief");

    /**
     * The CAMEO code of verb {@code i} withdrawing or expelling people posted abroad (its object: peacekeepers,
     * inspectors, observers, diplomats, aid workers, "peacekeeping troops"), or null. "Pull" only with "out".
     */
    private static String personnelWithdrawn(Parse parse, int i) {
        String lemma = parse.lemma(i);
        if (!SENDING_AWAY.contains(lemma) || lemma.equals("pull") && parse.childWord(i, "out") < 0) return null;
        int obj = parse.child(i, "obj");
        if (obj < 0 && parse.child(i, "aux:pass") >= 0) obj = parse.child(i, "nsubj:pass");
        if (obj < 0) return null;
        String noun = parse.lemma(obj).toLowerCase(Locale.ROOT);
        if (POSTED.containsKey(noun)) return POSTED.get(noun);
        if (Set.of("troops", "troop", "force", "forces", "soldier", "mission").contains(noun)
                && modifiedBy(parse, obj, Set.of("peacekeeping", "peace-keeping")))
            return "1661";
        if (Set.of("worker", "staff", "agency", "organization", "organisation").contains(noun)
                && modifiedBy(parse, obj, AID_STAFF))
            return "1663";
        return null;
    }

    /** Verbs that put, keep or raise forces on alert; the nouns of police. */
    private static final Set<String> ALERT_RAISING = Set.of("raise", "heighten", "increase", "step", "declare");
    private static final Set<String> POLICE = Set.of("police", "policeman", "policemen", "gendarmerie");

    /**
     * CAMEO 151 (police) or 152 (military) when verb {@code i} puts or keeps someone "on (high) alert" or raises an
     * alert ("remained on alert", "were placed on alert", "raised the alert level"), else null.
     */
    private static String alertStatus(Parse parse, int i) {
        boolean alert = false;
        for (int c : parse.children(i)) {
            String r = parse.rel(c), l = parse.lemma(c).toLowerCase(Locale.ROOT);
            if (r.startsWith("obl") && l.equals("alert") && parse.childWord(c, "on") >= 0) alert = true;
            if (r.equals("obj") && ALERT_RAISING.contains(parse.lemma(i))
                    && (l.equals("alert") || parse.childWord(c, "alert") >= 0))
                alert = true;
        }
        if (!alert) return null;
        for (int c : parse.children(i)) {
            String r = parse.rel(c);
            if ((r.startsWith("nsubj") || r.equals("obj")) && POLICE.contains(parse.lemma(c).toLowerCase(Locale.ROOT)))
                return "151";
        }
        return "152";
    }

    /** Verbs that bring what their object names to a halt ("call" only with "off"). */
    private static final Set<String> ENDING = Set.of("end", "cancel", "suspend", "halt", "stop", "abandon", "call");
    /** Nouns of dissent in the street or at work. */
    private static final Set<String> DISSENT = Set.of("protest", "demonstration", "rally", "march", "sit-in", "strike",
            "walkout", "stoppage");

    /** Whether verb {@code i} ends a protest or a stoppage of work (not "called off the air strikes"). */
    private static boolean endsDissent(Parse parse, int i) {
        String lemma = parse.lemma(i);
        if (!ENDING.contains(lemma) || lemma.equals("call") && parse.childWord(i, "off") < 0) return false;
        int obj = parse.child(i, "obj");
        if (obj < 0) return false;
        String noun = parse.lemma(obj).toLowerCase(Locale.ROOT);
        return DISSENT.contains(noun) && (!noun.equals("strike") || laborWords(parse, obj));
    }

    /** The CAMEO code verb {@code i} has by its object ({@link #OBJECT_EVENTS}), or null. */
    private static String objectEvent(Parse parse, int i) {
        int obj = parse.child(i, "obj");
        if (obj < 0) return null;
        // "handed over 700 kg of medicine": a measure of the thing is the thing
        int of = -1;
        for (int c : parse.children(obj))
            if (parse.rel(c).startsWith("nmod") && parse.childWord(c, "of") >= 0) of = c;
        for (int o : of >= 0 ? List.of(obj, of) : List.of(obj)) {
            String lemma = parse.lemma(i), noun = parse.lemma(o).toLowerCase(Locale.ROOT), word = parse.lower(o);
            if (KILLING.contains(lemma) && !parse.pos(o).equals("NN")) continue;
            for (ObjectEvent r : OBJECT_EVENTS)
                if (r.verbs().contains(lemma) && (r.objects().contains(noun) || r.objects().contains(word)))
                    return r.cameo();
        }
        return null;
    }

    /** Verbs of fighting over ground when their object is a place or ground ("defend Bakhmut", "encircle the town"). */
    static final Set<String> GROUND_FIGHT_VERBS = Set.of("defend", "encircle", "surround", "besiege");
    /** Nouns of ground or of forces in it that a defence or encirclement is fought over. */
    private static final Set<String> GROUND_OBJECTS = Set.of("town", "city", "village", "settlement", "positions",
            "line", "lines", "front", "bridgehead", "outskirts", "troops", "forces", "garrison", "units",
            "grouping", "defenders", "soldiers", "plant", "steelworks", "airport", "airfield");
    /** Words for a side's forces that can be driven out of a place ("pushed the enemy out of Robotyne"). */
    private static final Set<String> SIDE_WORDS = Set.of("troops", "forces", "force", "army", "soldiers", "units",
            "enemy", "occupier", "occupiers", "invader", "invaders", "russians", "ukrainians", "fighters", "militants",
            "separatists", "mercenaries", "marines", "paratroopers");

    /** The object of verb {@code i}, or its passive subject ("Bakhmut was taken"), or -1. */
    private static int objectOf(Parse parse, int i) {
        int obj = parse.child(i, "obj");
        return obj >= 0 ? obj : parse.child(i, "nsubj:pass");
    }

    /** Whether token {@code t} lies in a place mention below the level of a country. */
    private static boolean subnationalPlace(Parse parse, int t) {
        Span w = parse.span(t);
        for (var p : parse.doc().get(Layer.PLACES))
            if (p.span().contains(w) && p.place() != null && p.place().featureKind() != FeatureKind.COUNTRY) return true;
        return false;
    }

    /** Whether the object of verb {@code i} is a town or region by name ("took Avdiivka", "defended Bakhmut"). */
    static boolean placeObject(Parse parse, int i) {
        int obj = objectOf(parse, i);
        return obj >= 0 && subnationalPlace(parse, obj);
    }

    /** Whether the object of verb {@code i} is a word of ground or of forces in it ("encircled the town"). */
    static boolean groundObject(Parse parse, int i) {
        int obj = objectOf(parse, i);
        return obj >= 0 && GROUND_OBJECTS.contains(parse.lower(obj));
    }

    /**
     * Whether verb {@code i} drives a side out of a town or region: its object (or passive subject) is forces, an
     * enemy or a military actor, and an "out of" phrase on it names the place ("pushed Russian troops out of
     * Kupiansk", "the enemy was driven out of Robotyne"); "forced millions out of their homes" drives no side.
     */
    static boolean drivesOut(Parse parse, int i) {
        int obj = objectOf(parse, i);
        if (obj < 0 || !side(parse, obj)) return false;
        for (int c : parse.children(i))
            if (parse.rel(c).startsWith("obl") && parse.childWord(c, "out") >= 0 && parse.childWord(c, "of") >= 0
                    && subnationalPlace(parse, c))
                return true;
        return false;
    }

    private static boolean side(Parse parse, int t) {
        if (SIDE_WORDS.contains(parse.lower(t))) return true;
        Span w = parse.span(t);
        return parse.doc().get(Layer.ACTORS).stream().anyMatch(a -> a.span().contains(w) && a.code() != null
                && a.code().endsWith("MIL"));
    }

    /** Nouns of an operation that are fighting when an "offensive", "assault" or "combat" modifies them. */
    /** Words that make an attack one on computers and networks ("cyber attack", "online attack"). */
    private static final Set<String> CYBER = Set.of("cyber", "online", "internet", "computer", "network");

    private static final Set<String> FIGHT_OPERATIONS = Set.of("operation", "action", "engagement");
    /** Units of distance an advance covers ("advanced up to two kilometres"): no thing advanced. */
    private static final Set<String> DISTANCES = Set.of("kilometre", "kilometer", "km", "mile", "metre", "meter");

    /** Whether noun {@code i} has an adjective or noun modifier among {@code words} ("offensive operations"). */
    private static boolean modifiedBy(Parse parse, int i, Set<String> words) {
        for (int c : parse.children(i))
            if ((parse.rel(c).startsWith("amod") || parse.rel(c).equals("compound")) && words.contains(parse.lower(c)))
                return true;
        return false;
    }

    /**
     * Whether noun {@code i} has a phrase of its own naming a place ("operations near Kreminna", "in eastern
     * Ukraine"): an operation only talked of ("to carry out offensive operations in the spring", "an offensive
     * operation aimed at seizing the city would be ambitious") is not reported as fought somewhere.
     */
    private static boolean placedHere(Parse parse, int i) {
        for (int c : parse.children(i)) {
            if (!parse.rel(c).startsWith("nmod") || parse.childWord(c, "of") >= 0) continue;
            Span phrase = parse.subtreeSpan(c);
            for (var p : parse.doc().get(Layer.PLACES))
                if (phrase.contains(p.span())) return true;
        }
        return false;
    }

    private static final Set<String> FORCES = Set.of("troops", "forces", "force", "army", "soldiers", "units",
            "brigade", "brigades", "military", "fighters", "marines", "paratroopers");

    /** Whether the subject of verb {@code i} is a word for forces or an actor named by its head word ("Russia"). */
    static boolean forcesSubject(Parse parse, int i) {
        int subj = parse.child(i, "nsubj");
        if (subj < 0) return false;
        if (FORCES.contains(parse.lower(subj))) return true;
        Span head = parse.span(subj);
        return parse.doc().get(Layer.ACTORS).stream().anyMatch(a -> a.span().contains(head));
    }

    /** Words that open another clause: a CAMEO pattern of the verb before them does not read past them. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "which", "who", "whom", "whose", "because",
            "while", "when", "whereas", "although", "though", "unless", "if", "but", "after", "before", "since");

    /**
     * The lemmas (lower case) of up to ten words after verb {@code i}, up to punctuation or a word that opens
     * another clause: the verb's objects, prepositions and infinitives ("refused to meet"), which PETRARCH's
     * patterns read in the verb phrase, but not another clause's ("demanded that Hamas renounce its struggle
     * against Israel" is no "demand … against", the dictionary's "push on", advance). Read by text rather than
     * by the tree, which often hangs an object noun under the next verb ("rejected X's demand to sever").
     */
    static List<String> phraseAfter(Parse parse, int i) {
        List<String> out = new ArrayList<>();
        int end = parse.sentences().get(parse.token(i).sentence()).endToken();
        for (int j = i + 1; j < Math.min(end, i + 11); j++) {
            String w = parse.lower(j);
            if (CLAUSE_OPENERS.contains(w) || parse.pos(j).matches("[.,:;]|-[LR]RB-|``|''")) break;
            out.add(parse.lemma(j).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static final Set<String> TRUCES = Set.of("ceasefire", "cease-fire", "truce");

    /** Whether noun "violation" at {@code i} is of a truce: "ceasefire violations", "violations of the truce". */
    static boolean truceBreached(Parse parse, int i) {
        for (int c : parse.children(i))
            if (TRUCES.contains(parse.lower(c)) && (parse.rel(c).startsWith("compound") || parse.rel(c).startsWith("amod")
                    || parse.rel(c).startsWith("nmod") && parse.childWord(c, "of") >= 0))
                return true;
        return false;
    }

    /** Words on "strike" that make it a stoppage of work, not an air or missile strike. */
    private static final Set<String> LABOR_STRIKE = Set.of("hunger", "general", "labour", "labor", "nationwide",
            "day", "week", "workers", "national", "indefinite", "open-ended", "token");
    private static final Set<String> STRIKE_VERBS = Set.of("stage", "begin", "call", "end", "continue", "hold", "go",
            "organize", "organise", "announce", "join");

    /** Whether noun "strike" at {@code i} is a stoppage of work ("a hunger strike", "called off a four-day strike"). */
    private static boolean laborStrike(Parse parse, int i) {
        if (laborWords(parse, i)) return true;
        int h = parse.head(i);
        return h >= 0 && parse.isVerb(h) && STRIKE_VERBS.contains(parse.lemma(h)) || parse.childWord(i, "on") >= 0;
    }

    /** Whether noun "strike" at {@code i} has a word of its own making it a stoppage of work ("a four-day strike"). */
    private static boolean laborWords(Parse parse, int i) {
        for (int c : parse.children(i)) {
            String w = parse.lower(c);
            if (LABOR_STRIKE.contains(w) || w.endsWith("-day") || w.endsWith("-hour") || w.endsWith("-week")
                    || w.endsWith("-long")) return true;
        }
        return false;
    }

    /** The claim whose content holds {@code span} most narrowly, or null. */
    /** What a toll verb "claims": "about 14,000 lives", "the lives of 30 soldiers". */
    private static final Pattern TOLL = Pattern.compile(
            "(the lives of\\b.*|((about|around|nearly|almost|over|more than|at least|some|up to|an estimated)\\s+)?"
            + "\\d[\\d,.]*(\\s+\\S+){0,3}?\\s+lives)\\W*");

    /**
     * Whether a claim is a toll the claims stage read as a speech act: "the war has claimed about 14,000 lives" names
     * no speaker, its subject is what killed, and its count is the narrator's (or the enclosing speaker's), to be
     * placed by its sentence like any other toll. Such a claim holds no event.
     */
    static boolean toll(Doc doc, Claim c) {
        if (c.cue() == null || c.content() == null) return false;
        String cue = c.cue().of(doc.text()).toLowerCase(Locale.ROOT);
        if (!cue.startsWith("claim")) return false;
        return TOLL.matcher(c.content().of(doc.text()).toLowerCase(Locale.ROOT).strip()).matches();
    }

    static Claim holdingClaim(List<Claim> claims, Span span) {
        Claim best = null;
        for (Claim c : claims) {
            Span content = c.content();
            if (content == null || content.start() > span.start() || content.end() < span.end()) continue;
            if (best == null || content.end() - content.start() < best.content().end() - best.content().start())
                best = c;
        }
        return best;
    }

    /** The article's outlet as a holder: the outermost link of every claim's chain. */
    static ActorRef outlet(Doc doc) {
        String name = doc.article().outlet();
        return ActorRef.named(null, name == null || name.isBlank() ? "(the article)" : name, null);
    }

    /** The mention as a reference, keeping its registry id (a person is told from a state by it). */
    static ActorRef ref(ActorMention m) {
        return m == null ? null : new ActorRef(m.code(), m.name(), m.span(), null, m.actorId());
    }

    static List<Quantity> quantities(Parse parse, Sentence s, List<TimeMention> times, Evidence ev) {
        return QuantityFinder.find(parse, s.firstToken(), s.endToken(), times, ev);
    }

    static Polarity polarity(boolean negative) {
        return negative ? Polarity.NEGATIVE : Polarity.POSITIVE;
    }

    static Modality modality(String m) {
        return Modality.valueOf(m);
    }
}
