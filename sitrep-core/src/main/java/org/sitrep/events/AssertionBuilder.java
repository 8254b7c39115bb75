package org.sitrep.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.events.WarLexicon.ControlEffect;
import org.sitrep.events.internal.Parse;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Assertion;
import org.sitrep.model.Assertion.Kind;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimPolarity;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Issue;
import org.sitrep.model.Layer;
import org.sitrep.model.Modality;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.PloverType;
import org.sitrep.model.Polarity;
import org.sitrep.model.Quantity;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.TimeMention;
import org.sitrep.model.TimeValue;
import org.sitrep.model.StageVersions;
import org.sitrep.resolve.ActorRegistry;
import org.sitrep.resolve.Word;
import org.sitrep.model.Stage;

/**
 * Normalizes events (and two state expressions the events stage does not see: "X still holds P", "P is under the
 * control of X") into {@link Assertion}s with the holder and the time they are asserted for:
 * <ul>
 *   <li>CONTROL from taking, leaving and defending triggers ({@link WarLexicon.ControlEffect}): the controller is
 *       the agent's country; without an agent ("was liberated", "had been pushed back") the holder's side; leaving
 *       ("withdrew from") is CONTROL of the leaver with negative polarity. As of: the event's time, else the
 *       claim's statement date, else the publication date.</li>
 *   <li>FIGHTING from ground fighting (place, time, the count of clashes or attacks): clashes, battles, assaults,
 *       offensives, repelled attacks, and fire aimed at forces; not missile, drone or air strikes, nor shelling of
 *       a town ({@link #groundFighting}).</li>
 *   <li>CASUALTIES for each casualty count (killed, wounded, losses, casualties) of an event.</li>
 *   <li>PARTICIPATION when an actor takes part ("participating", "participation of X", "took part"), with the
 *       event's polarity ("denied that its forces took part" is negative).</li>
 *   <li>DEPLOYMENT from MOBILIZE events: the deployed actor and place.</li>
 *   <li>RESPONSIBILITY from accusations that hold someone responsible or blame them; VIOLATION from
 *       "violates/breaches N" with the norm's span.</li>
 *   <li>PLAN for a planned attack whose planner the text names, asserted or denied ({@link PlanReader}).</li>
 *   <li>OCCURRED / DENIED for material events (fight, assault, coerce, retreat, mobilize) a claim reports and no
 *       kind above covers.</li>
 * </ul>
 * Thread-safe.
 */
public final class AssertionBuilder implements Stage {
    public static final String NAME = "assert";
    /** The recorded version ({@link StageVersions}): a new line there when the output changes. */
    public static final String VERSION = StageVersions.current(NAME);

    /** Triggers of ground fighting: forces engaging forces. Strikes and bombing from afar are no FIGHTING. */
    private static final Set<String> FIGHTING = Set.of("clash", "battle", "fighting", "fight", "assault", "storm", "siege",
            "offensive", "counteroffensive", "counter-offensive", "counterattack", "counter-attack", "combat",
            "hostilities", "advance", "skirmish", "repel", "repulse", "ceasefire violation", "hold back", "beat back",
            "beat off", "defend", "encircle", "surround", "besiege");
    /** Fire that is ground fighting only when aimed at forces ("shelled Ukrainian positions"), not at a town. */
    private static final Set<String> FIRE = Set.of("attack", "shell", "shelling", "bombardment", "fire");
    private static final Set<String> FORCES = Set.of("position", "positions", "troops", "forces", "soldiers", "lines",
            "line", "defences", "defenses", "units", "trenches", "defenders");
    private static final Set<String> CASUALTY_KINDS = Set.of("killed", "wounded", "losses", "casualties");
    private static final Set<PloverType> MATERIAL = Set.of(PloverType.FIGHT, PloverType.ASSAULT, PloverType.COERCE,
            PloverType.RETREAT, PloverType.MOBILIZE);

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
        return Set.of(Layer.EVENTS, Layer.CLAIMS, Layer.SENTENCES, Layer.TOKENS, Layer.DEPENDENCIES, Layer.ACTORS,
                Layer.PLACES, Layer.TIMES);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layer.ASSERTIONS);
    }

    @Override
    public Doc apply(Doc doc) {
        try {
            return doc.with(Layer.ASSERTIONS, build(doc));
        } catch (RuntimeException e) {
            return doc.with(Layer.ASSERTIONS, List.<Assertion>of())
                    .withIssue(new Issue(null, "assert.failed", "assertion building failed: " + e));
        }
    }

    private List<Assertion> build(Doc doc) {
        List<Event> events = doc.get(Layer.EVENTS);
        List<Claim> claims = doc.get(Layer.CLAIMS);
        Parse parse = new Parse(doc);
        EventArguments args = new EventArguments(parse);
        PlanReader plans = new PlanReader(parse);
        BlameReader blameReader = new BlameReader(parse, claims);
        List<Blamed> blames = new ArrayList<>();
        for (BlameReader.Blame b : blameReader.read()) blames.add(blamed(doc, parse, events, blameReader, b));
        List<Assertion> out = new ArrayList<>();
        for (int k = 0; k < events.size(); k++) {
            Event e = events.get(k);
            if (history(doc, parse, e)) continue;
            int before = out.size();
            int act = parse.headOf(e.span());
            // an accused act is the accuser's statement of who did it, not a report that it happened
            for (Blamed b : blames)
                if (b.assertion().event() == k && b.assertion().polarity() == Polarity.POSITIVE) out.add(b.assertion());
            Claim claim = claimOf(claims, e.claim());
            Evidence ev = new Evidence(e.evidence().article(), e.evidence().span(), NAME, VERSION,
                    Math.min(e.evidence().confidence(), 0.7));
            ControlEffect effect = WarLexicon.control(e.trigger(), e.cameo());
            if (effect != ControlEffect.NONE) {
                // without an agent, the holder's own side, but only when it is a known actor, the event is
                // affirmed and told by a verb ("was liberated"): a denied capture by nobody named says nothing of
                // the holder's side, and a noun ("the occupation of Crimea", "its liberation") names no taker
                // "Ukraine's aim to de-occupy Crimea": the one ending an occupation is not who holds the place, and
                // not doing it leaves the occupation standing
                boolean ending = WarLexicon.ENDING_OCCUPATION.contains(e.trigger());
                ActorRef controller = ending ? null : e.agent() != null ? controller(e.agent())
                        : e.holder().code() == null || e.polarity() == Polarity.NEGATIVE || noun(parse, e) ? null
                        : effect == ControlEffect.DEFEND ? opposingHolder(e) : country(e.holder());
                Polarity p = ending ? Polarity.POSITIVE : effect == ControlEffect.LOSE ? flip(e.polarity()) : e.polarity();
                // "the Day of Resistance to the Occupation of Crimea": a capitalized noun is a name, as a named battle
                int head = parse.headOf(e.span());
                boolean named = head >= 0 && namedBattle(parse, head);
                if ((e.placeName() != null || areaTaken(parse, e)) && !takesNoGround(parse, e) && !named
                        && (!e.trigger().equals("gain") || !noun(parse, e) || gainsIn(parse, e))) {
                    out.add(new Assertion(e.span(), Kind.CONTROL, p, e.modality(), controller, e.place(), e.placeName(), asOf(doc, e, claim), null,
                            null, k, e.claim(), e.holder(), ev));
                    // "occupied Crimea and parts of the Donbas": one assertion per place taken
                    for (EventArguments.Where w : coordinatedPlaces(parse, args, e))
                        out.add(new Assertion(e.span(), Kind.CONTROL, p, e.modality(), controller, w.place(), w.name(),
                                asOf(doc, e, claim), null, null, k, e.claim(), e.holder(), ev));
                }
            }
            if (groundFighting(parse, e)) {
                Quantity count = e.quantities().stream()
                        .filter(q -> q.counted().equals("clashes") || q.counted().equals("attacks")).findFirst()
                        .orElse(null);
                // "troops are trying to storm the town": an attempted assault is fighting, not a plan
                // (an attempt to encircle or surround a town, as one to capture it, stays an aim)
                Modality m = e.modality() == Modality.PLANNED && attempted(parse, e)
                        && !EventExtractor.GROUND_FIGHT_VERBS.contains(e.trigger()) ? Modality.ACTUAL : e.modality();
                out.add(new Assertion(e.span(), Kind.FIGHTING, e.polarity(), m, null, e.place(), e.placeName(),
                        asOf(doc, e, claim), count, null, k, e.claim(), e.holder(), ev));
            }
            for (Quantity q : e.quantities())
                if (CASUALTY_KINDS.contains(q.counted()))
                    out.add(new Assertion(q.span(), Kind.CASUALTIES, e.polarity(), e.modality(), null, e.place(), e.placeName(), e.time(), q,
                            null,
                            k, e.claim(), e.holder(), ev));
            if (WarLexicon.PARTICIPATION.contains(e.trigger()) && e.agent() != null)
                out.add(new Assertion(e.span(), Kind.PARTICIPATION, e.polarity(), e.modality(), e.agent(), e.place(), e.placeName(),
                        e.time(), null, null, k, e.claim(), e.holder(), ev));
            if (e.type() == PloverType.MOBILIZE && (e.target() != null || e.agent() != null))
                out.add(new Assertion(e.span(), Kind.DEPLOYMENT, e.polarity(), e.modality(), e.target() != null ? e.target() : e.agent(),
                        e.place(), e.placeName(), e.time(), null, null, k, e.claim(), e.holder(), ev));
            // "blamed Moscow for the attack on Odesa": the blamed act, read with its place, says it more exactly
            boolean actRead = blames.stream().anyMatch(b -> b.blame().word() == act && b.located());
            if (e.type() == PloverType.ACCUSE && e.target() != null && !actRead
                    && (e.trigger().contains("responsib") || e.trigger().contains("blame") || e.trigger().contains("accountable")))
                out.add(new Assertion(e.span(), Kind.RESPONSIBILITY, e.polarity(), e.modality(), e.target(), null, null, null, null, null,
                        k, e.claim(), e.holder(), ev));
            PlanReader.Plan plan = plans.read(e);
            if (plan != null)
                for (Claim c : planHolders(claims, claim, e)) {
                    ActorRef holder = c == claim ? e.holder() : c.source();
                    // "something Russia has denied": a denying claim denies the plan it holds
                    Polarity p = c != null && c.polarity() == ClaimPolarity.DENIES ? Polarity.NEGATIVE
                            : c == claim ? plan.polarity()
                            : plans.deniedWithin(e, c.content()) ? Polarity.NEGATIVE : Polarity.POSITIVE;
                    out.add(new Assertion(e.span(), Kind.PLAN, p, Modality.PLANNED, plan.planner(), e.place(),
                            e.placeName(), asOf(doc, e, c), null, null, k, c == null ? null : Event.claimRef(c), holder, ev));
                }
            if (out.size() == before && claim != null && MATERIAL.contains(e.type())
                    && e.modality() == Modality.ACTUAL)
                out.add(new Assertion(e.span(), e.polarity() == Polarity.NEGATIVE ? Kind.DENIED : Kind.OCCURRED,
                        e.polarity(), null, e.place(), e.placeName(), e.time(), null, null, k, e.claim(), e.holder(), ev));
            // a denial of one's own act keeps its DENIED (a plain report of the act meets that) beside the denied blame
            for (Blamed b : blames)
                if (b.assertion().event() == k && b.assertion().polarity() == Polarity.NEGATIVE) out.add(b.assertion());
        }
        // acts the events stage took no event for ("accused Russia of shelling Kherson", parsed as a modifier)
        for (Blamed b : blames) if (b.assertion().event() < 0) out.add(b.assertion());
        out.addAll(new StateExpressions(doc, claims).find(out));
        out.sort(Comparator.comparing(Assertion::span));
        return AssertionFacets.add(doc, events, claims, out);
    }

    /** A blame read by {@link BlameReader} and the RESPONSIBILITY assertion it makes. */
    private record Blamed(BlameReader.Blame blame, Assertion assertion) {
        /** Whether linking can place it: a place, or a target's name. */
        boolean located() {
            return assertion.place() != null || assertion.placeName() != null;
        }
    }

    /**
     * RESPONSIBILITY of the attacker for an accused or denied act: the act's event gives its place and time when the
     * events stage read one; else the place the act's phrase names, else its target ("the hospital"), and a time in
     * the phrase.
     */
    private static Blamed blamed(Doc doc, Parse parse, List<Event> events, BlameReader reader, BlameReader.Blame b) {
        int k = -1;
        for (int i = 0; i < events.size() && k < 0; i++) if (parse.headOf(events.get(i).span()) == b.act()) k = i;
        Event e = k < 0 ? null : events.get(k);
        PlaceMention place = e == null ? null : e.place();
        Span placeName = e == null ? null : e.placeName();
        if (place == null && placeName == null) {
            place = reader.placeOf(b.act(), b.attacker());
            placeName = place != null ? place.span() : reader.targetOf(b.act());
        }
        TimeMention time = e != null && e.time() != null ? e.time() : reader.timeOf(b.act());
        Span span = e != null ? e.span() : parse.span(b.act());
        // evidence: the event's, or the act's sentence (what a reader checks the blame against)
        Span sentence = span;
        for (Sentence s : parse.sentences())
            if (s.span().start() <= span.start() && span.end() <= s.span().end()) sentence = s.span();
        Evidence ev = e != null ? new Evidence(doc.article().id(), e.evidence().span(), NAME, VERSION,
                Math.min(e.evidence().confidence(), 0.7)) : new Evidence(doc.article().id(), sentence, NAME, VERSION, 0.6);
        return new Blamed(b, new Assertion(span, Kind.RESPONSIBILITY, b.polarity(), Modality.ACTUAL, b.attacker(), place,
                placeName, time, null, null, k, b.claim() == null ? null : Event.claimRef(b.claim()), b.holder(), ev));
    }

    /**
     * Who holds a plan: the narration when no claim holds the event, else every claim whose content holds it (the
     * event's own, and others with a coded source) unless another claim holding it is told inside it before it: "The
     * US accuses Russia of planning to invade, something Russia has denied" is the US's accusation and Russia's
     * denial; in "Biden said Russia denies plans to invade" Biden holds no plan, Russia's denial does.
     */
    static List<Claim> planHolders(List<Claim> claims, Claim own, Event e) {
        List<Claim> out = new ArrayList<>();
        if (own == null) out.add(null);
        for (Claim c : claims) {
            if (!c.content().contains(e.span())) continue;
            if (c != own && (c.source() == null || c.source().code() == null || c.source().code().isBlank())) continue;
            // "Truss reported that Lavrov told her Russia had no plans": the inner claim holds it, not the report
            boolean nested = claims.stream().anyMatch(d -> d != c && c.content().contains(d.cue())
                    && d.cue().start() < e.span().start() && d.content().contains(e.span()));
            if (!nested) out.add(c);
        }
        return out;
    }

    /** How long before its article an event is history, not news. */
    static final int HISTORY_YEARS = 20;

    /** Names of the world wars, whose events are history whatever their clause's time says. */
    private static final Pattern WORLD_WARS = Pattern.compile(
            "\\b(World War (I|II|One|Two|1|2)|(First|Second) World War|Great Patriotic War|WWI|WWII|Nazi Germany|Red Army|Wehrmacht)\\b");

    /**
     * The invaders and occupations of the Second World War and of the Soviet era ("the Nazi invaders", "the fascist
     * occupiers", "the German occupation", "Soviet occupation"), the Soviet Union's and Hitler's armies and the
     * Nazi camps ("the camp was liberated by the Soviet Army", "the siege that turned the war against Hitler's
     * army", "the liberation of a Nazi death camp"); "neo-Nazi", a label of this war's
     * propaganda, is not one.
     */
    private static final Pattern OLD_INVADERS = Pattern.compile(
            "(?<!neo-)\\b(Nazi|[Ff]ascist|German|Hitler's|Soviet) (invaders|occupiers|occupation|invasion)\\b"
            + "|\\bThird Reich\\b|\\b(Soviet|Hitler['’]s) ([Aa]rmy|armies|troops|forces|soldiers)\\b"
            + "|(?<!neo-)\\bNazi (death |concentration |extermination )?camps?\\b");

    /**
     * Whether an event is history: dated by its clause more than {@link #HISTORY_YEARS} years before the article
     * ("Per the pact (1939), Russia joined in the occupation of Poland"), named by a world war in its clause
     * ("its World War II battles") or by the invaders of one in its clause ("the liberation of Minsk from the fascist
     * invaders", however the parser hangs the phrase), or the subject of an anniversary of at least
     * {@link #HISTORY_YEARS} years ("the 80th anniversary of the liberation of Belarus"). Its assertions would put
     * old wars into the ledger of this one.
     */
    static boolean history(Doc doc, Parse parse, Event e) {
        LocalDate published = doc.article().published();
        if (e.time() != null && e.time().value().end() != null && published != null && !comparison(doc, e.time().span())
                && e.time().value().end().isBefore(published.minusYears(HISTORY_YEARS)))
            return true;
        int t = parse.headOf(e.span());
        if (t < 0) return false;
        if (oldAnniversary(parse, t)) return true;
        Matcher m = WORLD_WARS.matcher(doc.text()).region(parse.subtreeSpan(t).start(), parse.subtreeSpan(t).end());
        while (m.find())
            if (!comparison(doc, new Span(m.start(), m.end()))) return true;
        // a noun's clause is the verb above it: "marked the anniversary of the liberation of Minsk from the invaders"
        int clause = t;
        for (int steps = 0; steps < 4 && !parse.isVerb(clause) && parse.head(clause) >= 0; steps++) clause = parse.head(clause);
        Span region = parse.subtreeSpan(clause);
        return OLD_INVADERS.matcher(doc.text()).region(region.start(), region.end()).find();
    }

    private static final Pattern ORDINAL = Pattern.compile("(\\d+)(st|nd|rd|th)");

    /** Whether noun {@code t} is what an anniversary of {@link #HISTORY_YEARS} years or more marks ("the 80th anniversary of"). */
    private static boolean oldAnniversary(Parse parse, int t) {
        int h = parse.head(t);
        if (h < 0 || !parse.lemma(h).equals("anniversary") || !parse.rel(t).startsWith("nmod")) return false;
        for (int c : parse.children(h)) {
            Matcher m = ORDINAL.matcher(parse.lower(c));
            if (m.matches() && Integer.parseInt(m.group(1)) >= HISTORY_YEARS) return true;
        }
        return false;
    }

    /** Whether a time or name follows "since", "after" or "before": a yardstick ("the biggest since World War II"). */
    private static boolean comparison(Doc doc, Span s) {
        String before = doc.text().substring(Math.max(0, s.start() - 12), s.start()).toLowerCase(Locale.ROOT);
        return before.matches("(?s).*\\b(since|after|before)\\s+(the\\s+)?$");
    }

    /**
     * Whether an event is ground fighting: a fighting trigger ("clashes", "stormed", "repelled") or fire aimed at
     * forces ("attacked Ukrainian positions"), unless it is what a "repel" holds (that event counts it). Whether it
     * happened or is only planned or possible is the event's modality ({@link EventArguments#modality}).
     */
    static boolean groundFighting(Parse parse, Event e) {
        if (e.type() != PloverType.FIGHT && e.type() != PloverType.ASSAULT) return false;
        boolean fire = FIRE.contains(e.trigger());
        int t = parse.headOf(e.span());
        if (!FIGHTING.contains(e.trigger()) && !fire && !breaksThrough(parse, e, t)) return false;
        if (t < 0) return !fire;
        // "defended Bakhmut", "encircled the town": only over ground ("surrounded by controversy" is none); the
        // dictionary's own "encircle" with another object does not pass
        if (EventExtractor.GROUND_FIGHT_VERBS.contains(e.trigger()) && parse.isVerb(t)
                && !EventExtractor.placeObject(parse, t) && !EventExtractor.groundObject(parse, t))
            return false;
        int h = parse.head(t);
        if (h >= 0 && repels(parse, h)) return false;
        if (wholeCountry(parse, e) || theWar(parse, e, t) || namedBattle(parse, t) || takesNoGround(parse, e) || byAir(parse, t)
                || sideless(parse, e, t) || foughtForAnIdea(parse, t) || civil(parse, t))
            return false;
        if (!fire) return true;
        if (onTheGround(parse, t) || alongFront(parse, e, t)) return true;
        if (e.target() != null && e.target().code() != null && e.target().code().endsWith("MIL")) return true;
        for (int c : parse.children(t))
            // "attacks by Russian forces", "under attack from Russian forces" name the attacker, not the attacked
            if (FORCES.contains(parse.lower(c)) && !parse.rel(c).startsWith("amod") && !parse.rel(c).startsWith("compound")
                    && parse.childWord(c, "by") < 0 && parse.childWord(c, "from") < 0 && !firing(parse, t, c))
                return true;
        return false;
    }

    /**
     * Whether forces word {@code c} on fire word {@code t} names who fires, with what is hit named beside it: the
     * subject of a verb with an object ("troops are shelling homes"; the object decides), or the "of" phrase of a
     * noun whose "on / against" phrase names what is hit ("the attacks of Russian troops on Odesa"). Forces that
     * attack with nothing named as hit ("troops attacked near the village") assault on the ground; a passive subject
     * ("positions were shelled") is what is hit.
     */
    static boolean firing(Parse parse, int t, int c) {
        if (parse.rel(c).equals("nsubj")) {
            // "attacked 11 times" counts the attacks: "times" is no object hit
            int obj = parse.child(t, "obj");
            return obj >= 0 && !parse.lemma(obj).equals("time");
        }
        if (!parse.isNoun(t) || parse.childWord(c, "of") < 0) return false;
        // the "on" phrase on the noun, or on the forces word where the parser hung it there
        for (int node : new int[] {t, c})
            for (int d : parse.children(node))
                if (d != c && parse.rel(d).startsWith("nmod")
                        && (parse.childWord(d, "on") >= 0 || parse.childWord(d, "against") >= 0))
                    return true;
        return false;
    }

    /** Modifiers that make an attack one by forces on the ground: "ground attacks", "infantry assaults". */
    private static final Set<String> ON_THE_GROUND = Set.of("ground", "infantry", "mechanized", "mechanised",
            "armored", "armoured", "tank");

    /** Whether an attack noun is made on the ground by its modifier ("conducted ground attacks near the village"). */
    static boolean onTheGround(Parse parse, int t) {
        if (!parse.isNoun(t)) return false;
        for (int c : parse.children(t))
            if ((parse.rel(c).startsWith("compound") || parse.rel(c).startsWith("amod")) && ON_THE_GROUND.contains(parse.lower(c)))
                return true;
        return false;
    }

    /**
     * What a fight "for" or "against", or "to defend", is when it is no place, force or side: an idea, a value or a
     * regime of history ("Ukraine's battle for freedom", "the fight against Nazism", "the fight to preserve
     * freedom").
     */
    private static final Set<String> IDEAS = Set.of("freedom", "freedoms", "independence", "liberty", "democracy",
            "survival", "existence", "truth", "justice", "value", "values", "sovereignty", "future", "peace", "dignity",
            "right", "rights", "nazism", "fascism", "terrorism", "corruption", "genocide", "evil", "tyranny",
            "autocracy", "communism", "totalitarianism", "dictatorship", "policy", "heart", "hearts", "mind", "minds",
            "identity", "security", "memory", "homeland", "motherland", "life", "lives",
            "civilization", "humanity", "idea", "ideals", "principle", "principles");

    /**
     * Whether a fighting word is fought for or against an idea, not over ground or with forces ("Ukraine's battle
     * for freedom and security", "the fight against Nazism", "the same fight to preserve freedom"): the cause names
     * no fight anywhere. The "for / against" phrase of the word, or the object of an infinitive on it (also when the
     * parser made the word the infinitive's subject).
     */
    static boolean foughtForAnIdea(Parse parse, int t) {
        for (int c : parse.children(t)) {
            String r = parse.rel(c);
            if (r.startsWith("nmod") && (parse.childWord(c, "for") >= 0 || parse.childWord(c, "against") >= 0)
                    && IDEAS.contains(parse.lower(c)))
                return true;
            if ((r.startsWith("acl") || r.equals("xcomp")) && parse.isVerb(c) && parse.childWord(c, "to") >= 0
                    && ideaObject(parse, c))
                return true;
        }
        int h = parse.head(t);
        return parse.isNoun(t) && h >= 0 && parse.isVerb(h) && parse.rel(t).startsWith("nsubj")
                && parse.childWord(h, "to") >= 0 && ideaObject(parse, h);
    }

    /** Whether a verb's object is an idea, or a noun an idea modifies (the parser's "freedom remains" of "to preserve freedom remains"). */
    private static boolean ideaObject(Parse parse, int verb) {
        int obj = parse.child(verb, "obj");
        if (obj < 0) return false;
        if (IDEAS.contains(parse.lower(obj))) return true;
        int modifier = parse.child(obj, "compound");
        return modifier >= 0 && IDEAS.contains(parse.lower(modifier));
    }

    private static final Pattern FRONT = Pattern.compile(
            "\\b(front ?lines?|front-lines?|line of contact|contact line)\\b");

    /**
     * Whether fire aimed at nothing named is fire along a front: "an escalation in shelling in eastern Ukraine"
     * (a country named by its direction, as in {@link #wholeCountry}), "shelling along the front line". Fire with an
     * object or a target ("shelled residential areas in eastern Ukraine") is judged by what it hits.
     */
    static boolean alongFront(Parse parse, Event e, int t) {
        if (e.target() != null || parse.child(t, "obj") >= 0) return false;
        // a country by its direction is a front for artillery fire only: "an attack" there is as often a strike
        // ("the dam was blown up in southern Ukraine in a suspected attack")
        if (e.place() != null && e.place().place().featureKind() == FeatureKind.COUNTRY && !wholeCountry(parse, e)
                && !e.trigger().equals("attack"))
            return true;
        for (int c : parse.children(t)) {
            if (!parse.rel(c).startsWith("obl") && !parse.rel(c).startsWith("nmod")) continue;
            if (FRONT.matcher(parse.subtreeSpan(c).of(parse.doc().text()).toLowerCase(Locale.ROOT)).find())
                return true;
        }
        return false;
    }

    /**
     * The places coordinated with an event's place ("Crimea and the parts of the Donbas"): the place named in each
     * conjunct of the place's head word.
     */
    static List<EventArguments.Where> coordinatedPlaces(Parse parse, EventArguments args, Event e) {
        return conjuncts(parse, args, e.placeName());
    }

    /**
     * The places named in the other conjuncts of the coordination that place name {@code name} is part of ("A, B and
     * C" for A; "the occupied Luhansk and Donetsk regions" for Donetsk, whose head the parser made Luhansk).
     */
    static List<EventArguments.Where> conjuncts(Parse parse, EventArguments args, Span name) {
        List<EventArguments.Where> out = new ArrayList<>();
        int p = name == null ? -1 : parse.headOf(name);
        if (p < 0) return out;
        // "the port of Odesa and the port of Mariupol": the coordination is of the nouns the names complete
        for (int steps = 0; steps < 2 && parse.head(p) >= 0 && !parse.rel(p).startsWith("conj")
                && noConjunct(parse, p) && parse.isNoun(parse.head(p))
                && (parse.rel(p).startsWith("nmod") && parse.childWord(p, "of") >= 0 || parse.rel(p).startsWith("compound")); steps++)
            p = parse.head(p);
        // the words of the name itself too: "the occupied Zaporizhzhia and Kherson regions" is named "Kherson
        // regions", whose "Kherson" the parser made a conjunct of "Zaporizhzhia"
        List<Integer> words = new ArrayList<>(List.of(p));
        for (int k = parse.tokenAt(name); k >= 0 && k < parse.size() && parse.span(k).end() <= name.end(); k++)
            if (k != p) words.add(k);
        List<Integer> firsts = new ArrayList<>(), others = new ArrayList<>();
        Span own = parse.span(p).start() < name.start() || parse.span(p).end() > name.end() ? parse.span(p) : name;
        for (int k : words) {
            int h = parse.head(k);
            if (parse.rel(k).startsWith("conj") && h >= 0 && !name.contains(parse.span(h)) && h != p) {
                firsts.add(h);
                for (int c : parse.children(h))
                    if (c != k && parse.rel(c).startsWith("conj")) others.add(c);
            }
            for (int c : parse.children(k))
                if (parse.rel(c).startsWith("conj") && !name.contains(parse.span(c)) && !own.contains(parse.span(c))) others.add(c);
        }
        for (int pass = 0; pass < 2; pass++)
            for (int c : pass == 0 ? firsts : others) {
                // "the annexation of Crimea and the war in Donbas": a conjunct naming another event ("the war")
                // has the place of that event, not one taken by this one
                if (namesAnEvent(parse, c)) continue;
                EventArguments.Where w = pass == 0 ? args.placeAt(c) : args.conjunctPlace(c);
                if (w.name() != null && !w.name().overlaps(name) && out.stream().noneMatch(o -> o.name().overlaps(w.name())))
                    out.add(w);
            }
        return out;
    }

    /** Nouns of a war or a part of one, beside the lexicon's event nouns. */
    private static final Set<String> WAR_NOUNS = Set.of("war", "conflict", "crisis", "invasion", "aggression",
            "hostilities", "uprising", "insurgency", "campaign", "operation", "massacre", "genocide");

    /** Whether token {@code t} is a noun naming an event ("the war", "the shelling"), not a place or ground. */
    static boolean namesAnEvent(Parse parse, int t) {
        if (!parse.isNoun(t) || parse.pos(t).startsWith("NNP")) return false;
        String lemma = parse.lemma(t);
        return WAR_NOUNS.contains(lemma) || WarLexicon.noun(lemma).isPresent();
    }

    private static boolean noConjunct(Parse parse, int t) {
        for (int c : parse.children(t))
            if (parse.rel(c).startsWith("conj")) return false;
        return true;
    }

    /**
     * What is taken when it is no ground: weapons, vehicles and people ("all drones have been captured"), and
     * property ("seizing the oligarchs' assets", "Western hardware captured in Ukraine").
     */
    private static final Set<String> THINGS = Set.of("drone", "missile", "shell", "rocket", "weapon", "tank",
            "equipment", "vehicle", "aircraft", "plane", "helicopter", "ship", "vessel", "prisoner", "soldier",
            "serviceman", "person", "people", "hostage", "civilian", "document", "ammunition", "hardware",
            "weaponry", "asset", "property", "fund", "money", "yacht", "cargo");

    /**
     * Whether a taking or a defence holds no ground: its object (or passive subject) is a thing ("captured drones"),
     * or what is repelled is a missile or drone attack ("helped Israel repel a missile and drone attack from Iran").
     */
    static boolean takesNoGround(Parse parse, Event e) {
        int t = parse.headOf(e.span());
        if (t < 0 || !parse.isVerb(t)) return false;
        if (WarLexicon.control(e.trigger(), e.cameo()) == ControlEffect.LOSE
                && (leavesNoGround(parse, e, t) || noForceLeaves(parse, e, t))) return true;
        int obj = parse.child(t, "obj");
        if (obj < 0) obj = parse.child(t, "nsubj:pass");
        if (parse.lemma(t).equals("take") && movesSomeone(parse, e, t, obj)) return true;
        // a participle on what it took ("Western equipment captured in Ukraine"), also when parsed as its subject
        if (obj < 0 && parse.pos(t).equals("VBN")) {
            int h = parse.head(t);
            obj = parse.rel(t).startsWith("acl") && h >= 0 && parse.isNoun(h) ? h : parse.child(t, "nsubj");
            // the noun right before the participle, wherever the parser hung it ("the parade of equipment captured")
            if (t > 0 && parse.isNoun(t - 1) && THINGS.contains(parse.lemma(t - 1))) obj = t - 1;
        }
        if (obj < 0) return false;
        if (THINGS.contains(parse.lemma(obj)) && WarLexicon.takes(parse.lemma(t))) return true;
        return repels(parse, t) && aerial(parse, obj);
    }

    /** Persons one takes somewhere: no ground. */
    private static final Set<String> MOVED_PERSONS = Set.of("him", "her", "me", "us", "you");

    /**
     * Whether "take" moves someone, not a taking of ground: "the tour took him through the village", "the minister
     * was taken to the town of X". A place in a "to / through" phrase is where someone is brought, and a person
     * ("him", "her") is no ground.
     */
    static boolean movesSomeone(Parse parse, Event e, int t, int obj) {
        if (obj >= 0 && MOVED_PERSONS.contains(parse.lower(obj))) return true;
        if (e.placeName() == null || parse.headOf(e.placeName()) < 0) return false;
        for (int c : parse.children(t))
            if (parse.rel(c).startsWith("obl") && (parse.childWord(c, "to") >= 0 || parse.childWord(c, "through") >= 0)
                    && parse.subtreeSpan(c).contains(e.placeName()))
                return true;
        return false;
    }

    /** Whether the event is forces breaking through ("broke through Ukrainian lines near Ocheretyne"). */
    private static boolean breaksThrough(Parse parse, Event e, int t) {
        return e.trigger().equals("break") && t >= 0 && t + 1 < parse.size() && parse.lower(t + 1).equals("through");
    }

    /** Whether verb {@code v} fights off what it holds: "repelled", "repulsed", "held back", "beat off". */
    static boolean repels(Parse parse, int v) {
        String lemma = parse.lemma(v);
        if (lemma.equals("repel") || lemma.equals("repulse")) return true;
        if (!lemma.equals("hold") && !lemma.equals("beat")) return false;
        for (int c : parse.children(v))
            if (parse.rel(c).equals("compound:prt") && (parse.lower(c).equals("back") || parse.lower(c).equals("off")))
                return true;
        return v + 1 < parse.size() && (parse.lower(v + 1).equals("back") || parse.lower(v + 1).equals("off"));
    }

    /**
     * Whether "gains" are ground gained: the place is the very word of an "in / on / around / near" phrase on the
     * noun ("gains in the Luhansk region", "gains in Bakhmut and Avdiivka"), not a modifier of something else
     * ("gains in Kyiv property prices").
     */
    static boolean gainsIn(Parse parse, Event e) {
        int t = parse.headOf(e.span()), p = e.placeName() == null ? -1 : parse.headOf(e.placeName());
        if (t < 0 || p < 0) return false;
        for (int c : parse.children(t))
            if (parse.rel(c).startsWith("nmod") && (parse.childWord(c, "in") >= 0 || parse.childWord(c, "on") >= 0
                    || parse.childWord(c, "around") >= 0 || parse.childWord(c, "near") >= 0)
                    && (c == p || parse.rel(p).startsWith("conj") && parse.head(p) == c))
                return true;
        return false;
    }

    /** Nouns of ground that can be left without a place name in them ("abandoned their positions"). */
    private static final Set<String> GROUND = Set.of("position", "positions", "village", "town", "city", "settlement",
            "area", "territory", "territories", "region", "line", "lines", "front", "bridgehead", "base", "trenches",
            "outskirts", "suburbs", "bank", "country", "peninsula", "island", "port", "plant", "district");

    /** Nouns of armed forces and their parts: what leaving ground is said of. */
    private static final Set<String> ARMED = Set.of("force", "troop", "troops", "army", "soldier", "unit", "military",
            "personnel", "serviceman", "servicemen", "reinforcement", "contingent", "brigade", "battalion", "regiment",
            "division", "fighter", "militant", "separatist", "rebel", "marine", "paratrooper", "mercenary", "occupier",
            "invader", "enemy", "garrison", "formation", "defender", "group", "column", "side", "combatant");

    /**
     * Whether who leaves is no armed force: a subject whose head is a common noun that names none ("the line of
     * contact has withdrawn into the Donbas", "companies withdrew from Russia"), or what is pulled out ("countries
     * are pulling citizens and embassy staff out of Ukraine"). Their leaving hands no ground to anyone.
     */
    private static boolean noForceLeaves(Parse parse, Event e, int t) {
        // the subject's own head noun, not an actor in its modifiers ("the line of contact with Russian forces")
        int mover = parse.lemma(t).equals("pull") ? parse.child(t, "obj") : -1;
        if (mover < 0) mover = parse.child(t, "nsubj");
        if (mover < 0 || !parse.pos(mover).startsWith("NN") || parse.pos(mover).startsWith("NNP")) return false;
        return !ARMED.contains(parse.lemma(mover)) && !ARMED.contains(parse.lower(mover));
    }

    /**
     * Whether a leaving leaves no ground: what is abandoned or withdrawn from is neither a place nor a piece of ground
     * ("abandon plans for a visit to Berlin", "withdrawing from the conflict", "withdraw from the talks").
     */
    private static boolean leavesNoGround(Parse parse, Event e, int t) {
        List<Integer> left = new ArrayList<>();
        for (int c : parse.children(t))
            if (parse.rel(c).equals("obj") || parse.rel(c).startsWith("obl") && parse.childWord(c, "from") >= 0)
                left.add(c);
        if (left.isEmpty()) return false;
        for (int c : left)
            if (GROUND.contains(parse.lower(c)) || Character.isUpperCase(parse.word(c).charAt(0)))
                return false;
        return true;
    }

    /**
     * Whether the fighting is done with missiles or drones by the words of its clause ("brought the battle to Russian
     * soil through drone and missile attacks"): a "through / with / by means of" phrase on the trigger or on the verb
     * it is the object of.
     */
    private static boolean byAir(Parse parse, int t) {
        int verb = parse.isVerb(t) ? t : parse.rel(t).equals("obj") ? parse.head(t) : -1;
        for (int node : new int[] {t, verb}) {
            if (node < 0) continue;
            for (int c : parse.children(node)) {
                // the phrase itself, or its preposition when the parser hung the phrase under it
                boolean means = parse.childWord(c, "through") >= 0 || parse.childWord(c, "with") >= 0
                        || parse.lower(c).equals("through") || parse.lower(c).equals("with");
                if (means && aerial(parse, c)) return true;
            }
        }
        return false;
    }

    /** Whether the subtree of {@code node} names missiles, drones or aircraft. */
    private static boolean aerial(Parse parse, int node) {
        return parse.anyWordIn(parse.subtreeSpan(node), AERIAL);
    }

    private static final Set<String> AERIAL = Set.of("missile", "missiles", "drone", "drones", "rocket", "rockets",
            "airstrike", "airstrikes", "aircraft", "shahed", "shaheds", "ballistic", "cruise");

    private static final Set<String> DIRECTIONS = Set.of("eastern", "western", "northern", "southern", "central",
            "northeastern", "north-eastern", "southeastern", "south-eastern", "northwestern", "north-western",
            "southwestern", "south-western", "east", "west", "north", "south");

    /**
     * Fighting placed in a whole country, named plainly and counted by nothing ("Russia's assault on Ukraine",
     * "contractors fighting in Ukraine"): the war itself, not a fight; "in eastern Ukraine" is a front.
     */
    private static boolean wholeCountry(Parse parse, Event e) {
        if (e.place() == null || e.place().place().featureKind() != FeatureKind.COUNTRY || !e.quantities().isEmpty())
            return false;
        int p = parse.headOf(e.placeName());
        if (p < 0) return true;
        for (int c : parse.children(p))
            if (DIRECTIONS.contains(parse.lower(c))) return false;
        if (p > 0 && DIRECTIONS.contains(parse.lower(p - 1))) return false;
        // "in the south of the country", "the eastern part of the country": the direction governs the country
        int h = parse.head(p);
        if (h >= 0 && parse.rel(p).startsWith("nmod") && (DIRECTIONS.contains(parse.lower(h))
                || parse.lower(h).equals("part") && parse.anyWordIn(parse.subtreeSpan(h), DIRECTIONS)))
            return false;
        return true;
    }

    /**
     * Fighting told of no one, nowhere and at no time ("destroyed in the assault", "the intensity of the hostilities",
     * "a battle now described as a war of attrition", "the cycle of attack, counter-attack and defence"): with no
     * place, no count, no agent or target and no time of its own it is the war, an air raid or fighting in general;
     * a report of fighting says at least whose it is ("Ukraine's summer offensive", "its forces were advancing") or
     * when ("a single battle in late January"). A direction keeps it ("the fighting shifts to the east"), and a
     * siege is always of a place ("the town was subjected to a brutal siege"). Plans and possibilities keep their
     * modality: they are no facts whatever they name.
     */
    static boolean sideless(Parse parse, Event e, int t) {
        return e.modality() == Modality.ACTUAL && !e.trigger().equals("siege")
                && e.placeName() == null && e.quantities().isEmpty() && e.agent() == null && e.target() == null
                && e.time() == null && !namesDirection(parse, t) && !sideNamed(parse, t);
    }

    /** Parties of civil unrest and crime: who fights them is no side of a war. */
    private static final Set<String> CIVIL = Set.of("police", "policeman", "policemen", "riot", "protester",
            "protestor", "demonstrator", "rioter", "gang", "gangster", "criminal", "hooligan", "mob", "crowd",
            "inmate", "looter");

    /**
     * Whether a fight is civil unrest or crime, not war: a party of it (its subject or object, or its "between /
     * with / against" phrase, conjuncts included) is the police, protesters or a gang ("clashes between the police
     * and protesters", "a gun battle with police", "gangs stormed the prison").
     */
    static boolean civil(Parse parse, int t) {
        for (int c : parse.children(t)) {
            String r = parse.rel(c);
            boolean party = r.startsWith("nsubj") || r.equals("obj")
                    || (r.startsWith("nmod") || r.startsWith("obl")) && (parse.childWord(c, "between") >= 0
                    || parse.childWord(c, "with") >= 0 || parse.childWord(c, "against") >= 0);
            if (!party) continue;
            if (CIVIL.contains(parse.lemma(c)) || CIVIL.contains(parse.lower(c))) return true;
            for (int d : parse.children(c))
                if (parse.rel(d).startsWith("conj") && (CIVIL.contains(parse.lemma(d)) || CIVIL.contains(parse.lower(d))))
                    return true;
        }
        return false;
    }

    /** Words for a side's forces, named or not: "20,000 enemy troops are trying to storm the town". */
    private static final Set<String> SIDES = Set.of("troops", "forces", "force", "army", "armies", "soldiers",
            "units", "unit", "brigade", "brigades", "military", "militants", "fighters", "teams", "defenders");

    /**
     * Whether a side is named on a fighting trigger where the event's arguments may have missed it: an actor or a
     * word for forces as its subject, possessor, modifier or "by / against / on" phrase, or as the subject of the verb
     * a fighting noun is the object of or a fighting infinitive completes ("Ukraine launches a counter-offensive",
     * "assaults by small teams", "troops are trying to storm the town").
     */
    private static boolean sideNamed(Parse parse, int t) {
        List<Integer> nodes = new ArrayList<>(List.of(t));
        int h = parse.head(t);
        if (parse.isNoun(t) && h >= 0 && parse.isVerb(h) && (parse.rel(t).equals("obj") || parse.rel(t).startsWith("conj")
                && parse.head(h) >= 0 && parse.isVerb(parse.head(h)) && parse.rel(h).equals("obj")))
            nodes.add(parse.rel(t).equals("obj") ? h : parse.head(h));
        // "enemy troops are trying to storm the town": the subject of the verb an infinitive completes
        if (parse.isVerb(t) && h >= 0 && parse.rel(t).equals("xcomp")) nodes.add(h);
        List<ActorMention> actors = parse.doc().get(Layer.ACTORS);
        for (int node : nodes)
            for (int c : parse.children(node)) {
                String r = parse.rel(c);
                boolean side = node == t ? r.startsWith("nsubj") || r.equals("nmod:poss") || r.startsWith("amod")
                        || r.startsWith("compound") || r.startsWith("nmod") && (parse.childWord(c, "by") >= 0
                        || parse.childWord(c, "against") >= 0 || parse.childWord(c, "on") >= 0)
                        : r.equals("nsubj");
                if (!side) continue;
                // "a counter-attack by Kyiv": whatever a by-phrase names is the side that fights
                if (node == t && r.startsWith("nmod") && parse.childWord(c, "by") >= 0) return true;
                Span within = parse.subtreeSpan(c);
                if (actors.stream().anyMatch(a -> within.contains(a.span()))) return true;
                if (parse.anyWordIn(within, SIDES)) return true;
            }
        return false;
    }

    /** Whether a phrase on the trigger, or on the verb it belongs to, names a direction ("to the east of the country"). */
    private static boolean namesDirection(Parse parse, int t) {
        int verb = parse.isVerb(t) ? t : parse.head(t) >= 0 && parse.isVerb(parse.head(t)) ? parse.head(t) : -1;
        for (int node : new int[] {t, verb}) {
            if (node < 0) continue;
            for (int c : parse.children(node)) {
                if (!parse.rel(c).startsWith("obl") && !parse.rel(c).startsWith("nmod")) continue;
                if (parse.anyWordIn(parse.subtreeSpan(c), DIRECTIONS)) return true;
            }
        }
        return false;
    }

    /** Words that name the war as readily as a fight ("Ukraine is fighting for its survival", "this fight"). */
    private static final Set<String> WAR_WORDS = Set.of("fight", "fighting", "combat");

    /**
     * "Fight", "fighting" or "combat" with no place, no count and no forces on either side ("Russia and Ukraine are
     * both fighting to win", "the cost of this fight", "everyone who is now in combat"): the war as a whole, which is
     * no FIGHTING assertion; "fighting in Bakhmut", "Ukrainian troops fought" or "the fighting shifts to the eastern
     * part of the country" (a front named by its direction) is one.
     */
    static boolean theWar(Parse parse, Event e, int t) {
        if (!WAR_WORDS.contains(e.trigger()) || e.placeName() != null || !e.quantities().isEmpty()
                || military(e.agent()) || military(e.target()))
            return false;
        return !namesDirection(parse, t);
    }

    private static boolean military(ActorRef a) {
        return a != null && a.code() != null && a.code().contains("MIL");
    }

    /**
     * A capitalized fighting noun inside a sentence followed by "of" ("the Battle of Stalingrad", "the Battle of
     * Britain"): the name of a battle told as history, not a report of fighting.
     */
    private static boolean namedBattle(Parse parse, int t) {
        Sentence s = parse.sentences().get(parse.token(t).sentence());
        return t > s.firstToken() && Character.isUpperCase(parse.word(t).charAt(0)) && parse.isNoun(t)
                && t + 1 < parse.size() && parse.lower(t + 1).equals("of");
    }

    private static final Set<String> ATTEMPTS = Set.of("try", "attempt");

    /**
     * Whether the trigger is what an actor tries or tried ("are trying to storm", "attempted to advance", "are
     * attempting an advance": a fighting noun as the object of the trying), with no modal or future on the trying.
     */
    static boolean attempted(Parse parse, Event e) {
        int t = parse.headOf(e.span());
        int h = t < 0 ? -1 : parse.head(t);
        boolean tried = h >= 0 && (parse.rel(t).equals("xcomp") || parse.isNoun(t) && parse.rel(t).equals("obj"));
        if (!tried || !parse.isVerb(h) || !ATTEMPTS.contains(parse.lemma(h))) return false;
        for (int c : parse.children(h))
            if (parse.rel(c).startsWith("aux") && MODAL_OR_FUTURE.contains(parse.lower(c))) return false;
        return true;
    }

    private static final Set<String> MODAL_OR_FUTURE = Set.of("will", "shall", "'ll", "would", "could", "may", "might",
            "can", "should", "must");

    /** Area measures a taking can name instead of a place: "liberated 3,800 square kilometres". */
    private static final Set<String> AREAS = Set.of("square", "sq", "hectares", "hectare", "km2", "km²");

    /** Whether a taking's object is a stated area of ground ("captured 100 square kilometres"), named by no place. */
    static boolean areaTaken(Parse parse, Event e) {
        int t = parse.headOf(e.span());
        if (t < 0 || !parse.isVerb(t)) return false;
        int obj = parse.child(t, "obj");
        if (obj < 0) return false;
        return parse.anyWordIn(parse.subtreeSpan(obj), AREAS);
    }

    /** Whether the event's trigger is a noun in the parse ("occupation", "liberation"), not a verb or participle. */
    private static boolean noun(Parse parse, Event e) {
        int t = parse.headOf(e.span());
        return t >= 0 && parse.isNoun(t);
    }

    /**
     * Who controls a place an agent took or held: the agent's country ({@link #country}), but no one for a person
     * ("Macron held a call on the Ukraine crisis" makes no French controller): people do not hold ground, their
     * forces do, and a person's code is their government's.
     */
    static ActorRef controller(ActorRef agent) {
        if (agent.actorId() != null && REGISTRY.find(agent.actorId()).map(a -> a.kind() == Actor.Kind.PERSON).orElse(false))
            return null;
        return country(agent);
    }

    private static final ActorRegistry REGISTRY = ActorRegistry.standard();

    private static Claim claimOf(List<Claim> claims, String ref) {
        if (ref == null) return null;
        for (Claim c : claims)
            if (Event.claimRef(c).equals(ref)) return c;
        return null;
    }

    private static Polarity flip(Polarity p) {
        return p == Polarity.POSITIVE ? Polarity.NEGATIVE : Polarity.POSITIVE;
    }

    /**
     * An actor's country: the first three letters of a state actor's CAMEO code (RUSMIL → RUS), kept whole for
     * international and non-state codes (IGO…, NGO…) and when unresolved.
     */
    static ActorRef country(ActorRef a) {
        if (a == null || a.code() == null || a.code().length() < 3) return a;
        String c = a.code();
        if (c.startsWith("IGO") || c.startsWith("NGO") || c.startsWith("MNC")) return a;
        // named as the country, not as the ministry or the spokesman whose words made it the controller
        String name = REGISTRY.findState(c.substring(0, 3)).map(Actor::name).orElse(a.name());
        return new ActorRef(c.substring(0, 3), name, a.mention(), a.antecedent());
    }

    /** For a defence with no agent ("had been pushed back"): the holder's side, unless the holder is the target. */
    private static ActorRef opposingHolder(Event e) {
        ActorRef holder = country(e.holder());
        ActorRef target = country(e.target());
        if (holder == null || holder.code() == null) return null;
        if (target != null && holder.code().equals(target.code())) return null;
        return holder;
    }

    /** The time an assertion is made for: the event's own, else the claim's statement date, else publication. */
    static TimeMention asOf(Doc doc, Event e, Claim claim) {
        if (e.time() != null) return e.time();
        Evidence ev = new Evidence(doc.article().id(), e.span(), NAME, VERSION, 0.5);
        if (claim != null && claim.statementDate() != null)
            return new TimeMention(claim.cue(), day(claim.statementDate(), TimeValue.Anchoring.ABSOLUTE, null), ev);
        LocalDate published = doc.article().published();
        return new TimeMention(e.span(), day(published, TimeValue.Anchoring.PUBLICATION_DATE, published), ev);
    }

    private static TimeValue day(LocalDate d, TimeValue.Anchoring anchoring, LocalDate anchor) {
        return new TimeValue(d.toString(), "DATE", TimeValue.Granularity.DAY, d, d.plusDays(1), null, anchor,
                anchoring, null);
    }

    /**
     * "X still holds P", "P is (not) under the control of X", "X-occupied P", "X violates N": assertions no event
     * carries.
     */
    private static final class StateExpressions {
        private final Doc doc;
        private final List<Claim> claims;
        private final Parse parse;
        private final EventArguments args;
        private final List<Word> words;

        StateExpressions(Doc doc, List<Claim> claims) {
            this.doc = doc;
            this.claims = claims;
            this.parse = new Parse(doc);
            this.args = new EventArguments(parse);
            this.words = Word.of(doc);
        }

        /** The state assertions of the document; {@code fromEvents} are those its events gave (not repeated). */
        List<Assertion> find(List<Assertion> fromEvents) {
            List<Assertion> out = new ArrayList<>();
            for (int i = 0; i < parse.size(); i++) {
                String lemma = parse.lemma(i);
                Span token = parse.span(i);
                if (heldAdjective(i) && fromEvents.stream().noneMatch(a -> a.span().overlaps(token)))
                    heldBy(i, out);
                else if (parse.isVerb(i) && HOLDING.contains(lemma))
                    holds(i, out);
                else if (parse.isNoun(i) && lemma.equals("control") && parse.childWord(i, "under") >= 0)
                    underControl(i, out);
                else if (parse.isVerb(i) && lemma.equals("fall"))
                    fellTo(i, out);
                else if (parse.isVerb(i) && (lemma.equals("violate") || lemma.equals("breach") || lemma.equals("contravene")))
                    violates(i, out);
            }
            return out;
        }

        private void holds(int i, List<Assertion> out) {
            // "holding back attacks" fights them off (an event): it holds no ground
            if (repels(parse, i)) return;
            int agent = byAgent(i);
            if (agent >= 0) {
                heldByAgent(i, agent, out);
                return;
            }
            int obj = parse.child(i, "obj");
            // "held a call with Erdogan on the Ukraine war", "will hold talks in Dnipro": a gathering or an office is
            // held, not ground, whatever place its words name
            if (obj >= 0 && heldNotGround(obj)) return;
            int subj = parse.child(i, "nsubj");
            // "Russia continues to hold the town": the holder is the subject of the verb the infinitive completes
            if (subj < 0 && parse.rel(i).equals("xcomp") && parse.head(i) >= 0) subj = parse.child(parse.head(i), "nsubj");
            if (subj < 0) return;
            EventArguments.Where place;
            if (obj >= 0) place = args.placeIn(obj);
            else if (parse.rel(i).startsWith("acl:relcl") && parse.head(i) >= 0 && parse.isNoun(parse.head(i))) {
                // "the 85% of Ukrainian territory Kyiv currently controls": what is held is the noun the clause is on
                int noun = parse.head(i);
                Span phrase = parse.subtreeSpan(noun);
                place = args.where(new Span(phrase.start(), parse.subtreeSpan(i).start()), noun, args.actorIn(subj), null);
            } else return;
            // "separatists control territory in Luhansk", the parser hanging "in Luhansk" on the verb: the ground
            // held is where the "in" phrase says
            if (place.name() == null && obj >= 0 && GROUND.contains(parse.lower(obj)))
                for (int c : parse.children(i))
                    if (place.name() == null && parse.rel(c).startsWith("obl") && parse.childWord(c, "in") >= 0)
                        place = args.placeIn(c);
            if (place.name() == null) return;
            ActorMention holderActor = args.actorIn(subj);
            ActorRef controller = holderActor != null ? EventExtractor.ref(holderActor) : args.ownTroops(subj, holderAt(i));
            // "pro-Moscow separatists control territory in Donbas": held by forces the registry has no code for
            if (controller == null && !UNCODED_HOLDERS.contains(parse.lemma(subj))) return;
            add(out, i, Kind.CONTROL, args.negatedHere(i), country(controller), place, null);
        }

        /** What one holds that is no ground: meetings, votes and ceremonies one organizes, offices one fills. */
        private static final Set<String> HELD_NOT_GROUND = Set.of("talk", "talks", "call", "meeting", "summit", "session",
                "conference", "referendum", "vote", "election", "rally", "consultation", "negotiation", "discussion",
                "hearing", "ceremony", "briefing", "forum", "debate", "congress", "parade", "protest", "demonstration",
                "interview", "celebration", "commemoration", "exercise", "drill", "presidency", "chairmanship",
                "office", "post", "seat", "event", "round", "dialogue");
        /** Whether object {@code obj} is such a thing, also counted ("dozens of sessions about the war"). */
        private boolean heldNotGround(int obj) {
            if (HELD_NOT_GROUND.contains(parse.lemma(obj))) return true;
            for (int c : parse.children(obj))
                if (parse.rel(c).startsWith("nmod") && parse.childWord(c, "of") >= 0 && HELD_NOT_GROUND.contains(parse.lemma(c)))
                    return true;
            return false;
        }

        /**
         * The "by" phrase of a passive or participle holding verb ("is controlled by Russia", "the territory held by
         * Ukrainian forces"): its agent, or -1.
         */
        private int byAgent(int i) {
            if (!parse.pos(i).equals("VBN")) return -1;
            for (int c : parse.children(i))
                if (parse.rel(c).startsWith("obl") && parse.childWord(c, "by") >= 0) return c;
            return -1;
        }

        /**
         * "Crimea is controlled by Russia", "the territory controlled by Ukrainian forces", "Avdiivka remains held by
         * Russian troops": the agent of the passive holds the ground its subject (or the noun the participle is on)
         * names. Only ground: "media controlled by the Kremlin" and "the Supreme Soviet of the ARC was controlled by
         * the military" hold no place, though a place may be named in their phrase.
         */
        private void heldByAgent(int i, int agent, List<Assertion> out) {
            int held = parse.child(i, "nsubj:pass");
            // "Avdiivka remains controlled by …": the subject of the verb the participle completes
            if (held < 0 && parse.rel(i).equals("xcomp") && parse.head(i) >= 0) held = parse.child(parse.head(i), "nsubj");
            if (held < 0 && parse.rel(i).startsWith("acl") && parse.head(i) >= 0 && parse.isNoun(parse.head(i)))
                held = parse.head(i);
            if (held < 0) return;
            // only a place the held phrase itself names, before the participle: in "on the territory controlled by
            // the Ukrainian authorities, for which Russia accused Ukraine" neither the agent's "Ukrainian" nor a
            // later clause's "Ukraine" is the place held
            Span phrase = parse.subtreeSpan(held);
            Span own = held < i ? new Span(phrase.start(), parse.span(i).start()) : phrase;
            EventArguments.Where place = args.placeAt(held);
            if (place.name() != null && !within(place.name(), own)) place = args.where(own, held, null, null);
            if (place.name() == null || !within(place.name(), own)) return;
            if (!place.name().overlaps(parse.span(held)) && !HELD_GROUND.contains(parse.lemma(held))) return;
            ActorMention holderActor = args.actorIn(agent);
            ActorRef controller = holderActor != null ? EventExtractor.ref(holderActor) : args.ownTroops(agent, holderAt(i));
            if (controller == null && !UNCODED_HOLDERS.contains(parse.lemma(agent))) return;
            add(out, i, Kind.CONTROL, args.negatedHere(i), country(controller), place, null);
        }

        private static boolean within(Span inner, Span outer) {
            return inner.start() >= outer.start() && inner.end() <= outer.end();
        }

        /** Nouns of ground a passive holding verb can say is held: "the area controlled by …". */
        private static final Set<String> HELD_GROUND = Set.of("territory", "area", "region", "part", "land", "zone",
                "city", "town", "village", "settlement", "district", "oblast", "province", "peninsula", "island",
                "enclave", "swath", "portion");

        /** Verbs of holding ground: "Russia still holds / controls / retains Crimea". */
        private static final Set<String> HOLDING = Set.of("hold", "control", "keep", "retain");
        /** Subjects that hold ground though no actor code names them. */
        private static final Set<String> UNCODED_HOLDERS = Set.of("separatist", "rebel", "militant", "insurgent",
                "force", "troops", "troop");

        /** "Russian-occupied Melitopol", "the occupied town of Avdiivka", "Russian-held parts of Ukraine". */
        private boolean heldAdjective(int i) {
            String w = parse.lower(i);
            int h = parse.head(i);
            if (h < 0 || !parse.isNoun(h) || !parse.rel(i).startsWith("amod")) return false;
            if (w.equals("occupied") || w.equals("liberated") || w.equals("annexed") || w.endsWith("-occupied") || w.endsWith("-held")
                    || w.endsWith("-controlled"))
                return true;
            return (w.equals("held") || w.equals("controlled")) && prefixStart(i) >= 0;
        }

        /**
         * Where the holder written before the participle without a hyphen starts ("government controlled areas",
         * "Russian held towns"): a noun or adjective right before it that modifies it or the same noun; -1 when
         * there is none. "non-government controlled areas" names the one who does not hold them.
         */
        private int barePrefixStart(int i) {
            int p = i - 1, h = parse.head(i);
            if (p < 0 || parse.token(p).sentence() != parse.token(i).sentence()) return -1;
            String pos = parse.pos(p), r = parse.rel(p);
            if (!(pos.startsWith("NN") || pos.startsWith("JJ")) || parse.lower(p).startsWith("non")) return -1;
            if (!(r.startsWith("amod") || r.startsWith("compound") || r.endsWith("npmod"))) return -1;
            if (parse.head(p) != i && parse.head(p) != h) return -1;
            return HELD_WORDS.contains(parse.lower(p)) ? -1 : parse.span(p).start();
        }

        /** Participles of holding, which are no holder before another one ("occupied controlled"). */
        private static final Set<String> HELD_WORDS = Set.of("occupied", "liberated", "annexed", "held", "controlled");

        /** CONTROL of the place the modified noun names, by the actor before the hyphen when it names a state. */
        private void heldBy(int i, List<Assertion> out) {
            // the noun's own words, not its conjuncts ("occupied territory or Black Sea waters" holds no sea)
            EventArguments.Where place = args.placeAt(parse.head(i));
            if (place.name() == null) place = args.otherThan(parse.head(i));
            if (place.name() == null) return;
            // the reporter's own label for a place ("in Russian-occupied parts, according to X"), unless quoted
            add(out, i, Kind.CONTROL, false, prefixState(i), place, null, !quoted(i));
            // "Russian-controlled parts of Donetsk, Luhansk and Kherson": one assertion per place
            for (EventArguments.Where w : conjuncts(parse, args, place.name()))
                if (!ownPreposition(w))
                    add(out, i, Kind.CONTROL, false, prefixState(i), w, null, !quoted(i));
        }

        /**
         * Whether a conjunct place has a preposition of its own ("in the occupied Crimea and in Belarus"): a phrase
         * beside the one the adjective is in, not a noun of it ("occupied Crimea and Donbas").
         */
        private boolean ownPreposition(EventArguments.Where w) {
            int t = parse.headOf(w.name());
            if (t < 0) return false;
            for (int c : parse.children(t))
                if (parse.rel(c).equals("case") && !parse.lower(c).equals("of") && parse.span(c).end() <= w.name().start())
                    return true;
            return false;
        }

        /** Whether token {@code i} lies inside quotation marks opened in its sentence. */
        private boolean quoted(int i) {
            Sentence s = parse.sentences().get(parse.token(i).sentence());
            String text = doc.text();
            boolean open = false;
            for (int c = s.span().start(); c < parse.span(i).start(); c++) {
                char ch = text.charAt(c);
                if (ch == '“') open = true;
                else if (ch == '”') open = false;
                else if (ch == '"') open = !open;
            }
            return open;
        }

        /**
         * Where the word before the hyphen starts: inside the token ("Russian-occupied" as one token) or in the
         * token before a hyphen token glued to both, or a holder written before it unhyphenated
         * ({@link #barePrefixStart}); -1 when there is none.
         */
        private int prefixStart(int i) {
            if (parse.word(i).indexOf('-') > 0) return parse.span(i).start();
            if (i >= 1 && !parse.word(i - 1).equals("-")) return barePrefixStart(i);
            if (i < 2) return -1;
            boolean glued = parse.span(i - 2).end() == parse.span(i - 1).start() && parse.span(i - 1).end() == parse.span(i).start();
            return glued ? parse.span(i - 2).start() : -1;
        }

        /** "Russian" of "Russian-occupied" as its state (RUS), or null ("separatist-held", "occupied"). */
        private ActorRef prefixState(int i) {
            int start = prefixStart(i);
            if (start < 0) return null;
            for (int k = 0; k < words.size(); k++) {
                if (words.get(k).span().start() != start) continue;
                Span name = words.get(k).span();
                return REGISTRY.matchName(words, k).filter(m -> m.length() == 1)
                        .map(m -> m.best().actor()).filter(a -> a.kind() == Actor.Kind.STATE)
                        .map(a -> ActorRef.named(a.code(), a.name(), name)).orElse(null);
            }
            return null;
        }

        private ActorRef holderAt(int i) {
            Claim claim = EventExtractor.holdingClaim(claims, parse.span(i));
            return claim == null || claim.source() == null ? args.narrator(parse.span(i)) : claim.source();
        }

        private void underControl(int i, List<Assertion> out) {
            // "P is under the control of X": control is the predicate, P its subject; "Crimea and other territories
            // under Russia's control", "parts of the Ukrainian territory under the control of Russian forces": the
            // phrase hangs on the noun that names what is held (a place in the phrase itself is no such place)
            int subj = parse.child(i, "nsubj");
            int noun = heldNoun(i);
            EventArguments.Where place;
            if (subj < 0 && noun < 0 && cameUnder(i)) subj = parse.child(parse.head(i), "nsubj");
            if (subj >= 0) place = args.placeIn(subj);
            else if (noun >= 0) {
                // "Crimea and other territories under X's control": the control covers the place it is joined to
                place = args.otherThan(noun);
                if (place.name() == null && parse.rel(noun).startsWith("conj")) place = args.placeIn(parse.head(noun));
                if (place.name() == null) place = args.placeIn(noun);
                if (place.name() != null && place.name().overlaps(parse.subtreeSpan(i))) return;
            } else return;
            if (place.name() == null) return;
            ActorMention controller = null;
            for (int c : parse.children(i)) {
                String r = parse.rel(c);
                if (r.startsWith("nmod") || r.startsWith("amod") || r.equals("compound")) {
                    controller = args.actorIn(c);
                    if (controller != null) break;
                }
            }
            add(out, i, Kind.CONTROL, args.negatedHere(i), country(EventExtractor.ref(controller)), place, null);
        }

        /** Verbs whose subject passes into or stays in the control an "under" phrase names ("came under Russian control"). */
        private static final Set<String> UNDER_VERBS = Set.of("come", "fall", "remain", "stay", "pass", "return");

        /** Whether the "under … control" phrase at {@code i} hangs on such a verb. */
        private boolean cameUnder(int i) {
            int h = parse.head(i);
            return h >= 0 && parse.isVerb(h) && parse.rel(i).startsWith("obl") && UNDER_VERBS.contains(parse.lemma(h));
        }

        /**
         * "Mariupol fell to Russian forces", "the town fell into Russian hands": CONTROL of the subject's place by the
         * forces the "to" phrase (or the "hands") names.
         */
        private void fellTo(int i, List<Assertion> out) {
            int subj = parse.child(i, "nsubj");
            if (subj < 0) return;
            for (int c : parse.children(i)) {
                if (!parse.rel(c).startsWith("obl")) continue;
                boolean to = parse.childWord(c, "to") >= 0, hands = parse.lemma(c).equals("hand") && parse.childWord(c, "into") >= 0;
                if (!to && !hands) continue;
                ActorMention taker = args.actorIn(c);
                if (taker == null) continue;
                EventArguments.Where place = args.placeIn(subj);
                if (place.name() == null) return;
                add(out, i, Kind.CONTROL, args.negatedHere(i), country(EventExtractor.ref(taker)), place, null);
                return;
            }
        }

        /**
         * The noun an "under … control" phrase at {@code i} describes: the noun right before "under", adverbs skipped
         * ("parts of the territory currently under the control of …"), whether the parser hung the phrase on it, on a
         * word before it ("those in Crimea and other territories under …") or on the verb; else the noun it hangs on;
         * -1 when there is none.
         */
        private int heldNoun(int i) {
            int h = parse.head(i), under = parse.childWord(i, "under");
            if (h < 0 || under < 0) return -1;
            boolean onNoun = parse.rel(i).startsWith("nmod"), onVerb = parse.isVerb(h) && parse.rel(i).startsWith("obl");
            if (!onNoun && !onVerb) return -1;
            int k = under - 1;
            while (k > h && parse.pos(k).startsWith("RB")) k--;
            if (k > h && parse.isNoun(k)) return k;
            return onNoun && parse.isNoun(h) ? h : -1;
        }

        private void violates(int i, List<Assertion> out) {
            int obj = parse.child(i, "obj");
            int subj = parse.child(i, "nsubj");
            if (obj < 0) return;
            ActorMention violator = subj < 0 ? null : args.actorIn(subj);
            add(out, i, Kind.VIOLATION, args.negatedHere(i), EventExtractor.ref(violator), EventArguments.Where.NONE,
                    parse.subtreeSpan(obj));
        }

        private void add(List<Assertion> out, int i, Kind kind, boolean negative, ActorRef actor,
                         EventArguments.Where place, Span norm) {
            add(out, i, kind, negative, actor, place, norm, false);
        }

        /** {@code narrated}: held by the outlet even inside a claim's content. */
        private void add(List<Assertion> out, int i, Kind kind, boolean negative, ActorRef actor,
                         EventArguments.Where place, Span norm, boolean narrated) {
            Span trigger = parse.span(i);
            Claim claim = narrated ? null : EventExtractor.holdingClaim(claims, trigger);
            ActorRef holder = claim == null || claim.source() == null ? args.narrator(trigger) : claim.source();
            Sentence s = parse.sentences().get(parse.token(i).sentence());
            Evidence ev = new Evidence(doc.article().id(), s.span(), NAME, VERSION, 0.6);
            Event stand = new Event(trigger, parse.lemma(i), PloverType.COERCE, "", "", null, null, place.place(),
                    place.name(), null, null,
                    EventExtractor.polarity(negative), Modality.ACTUAL,
                    claim == null ? null : Event.claimRef(claim), holder, ev);
            TimeMention time = kind == Kind.CONTROL ? asOf(doc, stand, claim) : null;
            Modality modality = kind == Kind.CONTROL && !heldAdjective(i) ? statedModality(i) : Modality.ACTUAL;
            out.add(new Assertion(trigger, kind, EventExtractor.polarity(negative), modality, actor, place.place(),
                    place.name(), time, null, norm, -1, stand.claim(), holder, ev));
        }

        /**
         * Whether a holding is told as a fact: "wants to take the port under his control", "the town could fall to
         * the enemy" and "will remain under Ukrainian control" are an aim, a possibility and a forecast, read as an
         * event's ({@link EventArguments#modality}) from the verb the holding is told by ("take … under control":
         * the verb the phrase hangs on). A label ("Russian-held towns") is never one, and the class of a claim
         * holding it is left out: an occupation named inside a demand to end it still stands.
         */
        private Modality statedModality(int i) {
            int h = parse.head(i);
            int p = parse.isNoun(i) && parse.rel(i).startsWith("obl") && h >= 0 && parse.isVerb(h) ? h : i;
            return args.modality(p, p, null);
        }
    }
}
