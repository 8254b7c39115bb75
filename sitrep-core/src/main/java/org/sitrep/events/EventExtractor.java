package org.sitrep.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.events.internal.Parse;
import org.sitrep.model.ActorMention;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Claim;
import org.sitrep.model.CueClass;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
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

    private final CameoLexicon cameo;

    public EventExtractor() {
        this(CameoLexicon.standard());
    }

    public EventExtractor(CameoLexicon cameo) {
        this.cameo = cameo;
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
        List<Claim> claims = doc.get(Layer.CLAIMS);
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
                Optional<Trigger> trigger = trigger(parse, i, s.endToken());
                if (trigger.isEmpty()) continue;
                Event e = args.build(i, trigger.get().lemma(), trigger.get().type(), trigger.get().mode(),
                        trigger.get().cameo(), s, claims, base(base, trigger.get().confidence()));
                // a verb only the general CAMEO dictionary knows is an event only between actors, as PETRARCH codes
                if (trigger.get().confidence() < 0.6 && e.agent() == null && e.target() == null) continue;
                found.add(e);
                clauses.add(parse.subtreeSpan(args.clause(i)));
            }
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
            for (int k = 0; k < found.size(); k++)
                if (clauses.get(k).contains(q.span()) && (best < 0 || width(clauses.get(k)) < width(clauses.get(best))))
                    best = k;
            if (best < 0 && QuantityFinder.CASUALTY_VERBS.containsValue(q.counted())) {
                int verb = casualtyVerb(parse, q.span());
                if (verb >= 0) {
                    found.add(args.build(verb, parse.lemma(verb), PloverType.FIGHT, "", "190", s, claims, base(base, 0.5)));
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

    /** The casualty verb governing the quantity at {@code span}, or -1. */
    private static int casualtyVerb(Parse parse, Span span) {
        int t = parse.headOf(span);
        for (int k = t, steps = 0; k >= 0 && steps < 4; k = parse.head(k), steps++)
            if (parse.isVerb(k) && QuantityFinder.CASUALTY_VERBS.containsKey(parse.lemma(k))) return k;
        return -1;
    }

    private static Evidence base(Evidence e, double confidence) {
        return new Evidence(e.article(), e.span(), e.stage(), e.stageVersion(), confidence);
    }

    record Trigger(String lemma, PloverType type, String mode, String cameo, double confidence) {}

    /** Whether token {@code i} triggers an event, and of which type. */
    Optional<Trigger> trigger(Parse parse, int i, int sentenceEnd) {
        String rel = parse.rel(i);
        if (rel.startsWith("aux") || rel.equals("cop") || rel.equals("compound")) return Optional.empty();
        if (rel.startsWith("amod") && EventArguments.misparsedPerfect(parse, i) < 0) return Optional.empty();
        String lemma = parse.lemma(i);
        if (parse.isVerb(i)) {
            Set<String> following = new LinkedHashSet<>();
            for (int c : parse.children(i)) following.add(parse.lower(c));
            for (int j = i + 1; j < Math.min(sentenceEnd, i + 4); j++) following.add(parse.lower(j));
            if (lemma.equals("take") && following.contains("part"))
                return Optional.of(new Trigger("take part", PloverType.FIGHT, "", "190", 0.7));
            Optional<WarLexicon.Entry> war = WarLexicon.verb(lemma, following);
            if (war.isPresent()) {
                String l = lemma.equals("push") || lemma.equals("pull") ? lemma + " " + (following.contains("back") ? "back" : "out")
                        : lemma.equals("take") && following.contains("control") ? "take control" : lemma;
                return Optional.of(new Trigger(l, war.get().type(), war.get().mode(), war.get().cameo(), 0.7));
            }
            if (NOT_TRIGGERS.contains(lemma)) return Optional.empty();
            List<String> after = new ArrayList<>();
            for (int j = i + 1; j < Math.min(sentenceEnd, i + 10); j++) after.add(parse.lemma(j));
            Optional<String> code = cameo.cameo(lemma, after);
            if (code.isEmpty()) return Optional.empty();
            return cameo.plover(code.get()).map(p -> new Trigger(lemma, p.type(), p.mode(), code.get(), 0.5));
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
            return WarLexicon.noun(key).map(e -> new Trigger(key, e.type(), e.mode(), e.cameo(), 0.6));
        }
        return Optional.empty();
    }

    /** The claim whose content holds {@code span} most narrowly, or null. */
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
