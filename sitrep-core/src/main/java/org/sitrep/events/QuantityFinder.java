package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.events.internal.Parse;
import org.sitrep.model.Evidence;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quantity.Bound;
import org.sitrep.model.Span;
import org.sitrep.model.TimeMention;

/**
 * Finds counted quantities in a parsed sentence: a number (digits or words), the words before it that bound it
 * ("more than", "up to", "about"), a whole it is part of ("six of 13 drones") and what it counts — a casualty
 * verb that governs it ("five civilians were killed", "11 wounded", "lost up to 210 servicemen"), else the noun
 * it modifies. A casualty verb right before the number decides over the parse ("killing one civilian and wounding
 * four": four wounded, whatever the parser made of the pair); a number shared by killing and wounding verbs ("killed,
 * injured or captured 5,000") counts casualties. Numbers inside time expressions, ages and measures ("5 km",
 * "67-year-old") are not counts.
 * Stateless and thread-safe.
 */
final class QuantityFinder {
    private static final Map<String, Long> WORDS = Map.ofEntries(
            Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L),
            Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L),
            Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L), Map.entry("twelve", 12L),
            Map.entry("thirteen", 13L), Map.entry("fourteen", 14L), Map.entry("fifteen", 15L),
            Map.entry("sixteen", 16L), Map.entry("seventeen", 17L), Map.entry("eighteen", 18L),
            Map.entry("nineteen", 19L), Map.entry("twenty", 20L), Map.entry("thirty", 30L), Map.entry("forty", 40L),
            Map.entry("fifty", 50L), Map.entry("sixty", 60L), Map.entry("seventy", 70L), Map.entry("eighty", 80L),
            Map.entry("ninety", 90L), Map.entry("hundred", 100L), Map.entry("dozen", 12L));
    private static final Map<String, Long> SCALE = Map.of("hundred", 100L, "thousand", 1_000L,
            "million", 1_000_000L);
    private static final Set<String> MEASURES = Set.of("km", "kilometres", "kilometers", "kilometre", "kilometer",
            "miles", "mile", "metres", "meters", "m", "percent", "%", "per", "year", "years", "month", "months",
            "week", "weeks", "day", "days", "hour", "hours", "minutes", "year-old", "years-old", "o'clock",
            "a.m.", "p.m.", "cm", "mm", "kg", "tons", "tonnes", "hectares", "dollars", "euros", "billion");
    /**
     * Verbs (lemmas) whose count is a kind of casualty, with the kind; "dead" as an adjective ("left 10 people
     * dead"). "Eliminated" counts both killed and wounded (the Ukrainian General Staff's daily figures say so).
     */
    static final Map<String, String> CASUALTY_VERBS = Map.ofEntries(Map.entry("kill", "killed"),
            Map.entry("wound", "wounded"), Map.entry("injure", "wounded"), Map.entry("die", "killed"),
            Map.entry("dead", "killed"), Map.entry("eliminate", "casualties"), Map.entry("lose", "losses"),
            Map.entry("destroy", "destroyed"), Map.entry("down", "downed"), Map.entry("shoot", "downed"),
            Map.entry("intercept", "downed"));
    private static final Map<String, String> NOUN_KINDS = Map.ofEntries(
            Map.entry("soldiers", "troops"), Map.entry("servicemen", "troops"), Map.entry("troops", "troops"),
            Map.entry("personnel", "troops"), Map.entry("militants", "troops"), Map.entry("fighters", "troops"),
            Map.entry("dead", "killed"), Map.entry("deaths", "killed"), Map.entry("killed", "killed"),
            Map.entry("injured", "wounded"), Map.entry("wounded", "wounded"), Map.entry("casualties", "casualties"),
            Map.entry("injuries", "wounded"), Map.entry("fatalities", "killed"), Map.entry("bodies", "killed"),
            Map.entry("clashes", "clashes"), Map.entry("battles", "clashes"), Map.entry("attacks", "attacks"),
            Map.entry("times", "attacks"), Map.entry("engagements", "clashes"), Map.entry("assaults", "attacks"));

    private QuantityFinder() {}

    /** The quantities among tokens [from, to) of {@code parse}, in text order. */
    static List<Quantity> find(Parse parse, int from, int to, List<TimeMention> times, Evidence evidence) {
        List<Quantity> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Long value = value(parse, i);
            if (value == null || insideTime(parse.span(i), times)) continue;
            // a multi-word number ("11,000" is one token; "five hundred" two): take the last number word as the head
            int last = i;
            while (last + 1 < to && SCALE.containsKey(parse.lower(last + 1))) {
                value *= SCALE.get(parse.lower(last + 1));
                last++;
            }
            if (last + 1 < to && MEASURES.contains(parse.lower(last + 1))) { i = last; continue; }
            if (parse.lower(i).contains("-") || (last + 1 < to && parse.lower(last + 1).startsWith("-"))) { i = last; continue; }
            int start = i;
            Bound bound = Bound.EXACT;
            int b = i - 1 >= from && parse.lower(i - 1).equals("a") ? i - 1 : i; // "more than a dozen"
            String w1 = b - 1 >= from ? parse.lower(b - 1) : "", w2 = b - 2 >= from ? parse.lower(b - 2) + " " + w1 : "";
            switch (w2) {
                case "more than", "at least", "upwards of", "over some" -> { bound = Bound.AT_LEAST; start = b - 2; }
                case "up to", "as many as", "fewer than", "less than", "at most", "no more than" -> { bound = Bound.AT_MOST; start = b - 2; }
                default -> {
                    switch (w1) {
                        case "over", "nearly", "almost" -> { bound = w1.equals("over") ? Bound.AT_LEAST : Bound.ABOUT; start = b - 1; }
                        case "about", "around", "some", "approximately", "roughly", "estimated", "circa" -> { bound = Bound.ABOUT; start = b - 1; }
                        case "under" -> { bound = Bound.AT_MOST; start = b - 1; }
                        default -> { }
                    }
                }
            }
            Long outOf = null;
            int headToken = last;
            if (last + 2 < to && parse.lower(last + 1).equals("of") && value(parse, last + 2) != null) {
                outOf = value(parse, last + 2);
                headToken = last + 2;
            }
            int noun = countedNoun(parse, headToken, to);
            String counted = start - 1 >= from ? verbBefore(parse, start - 1) : null;
            if (counted != null && parse.lemma(start - 1).equals("lose") && lostThing(parse, noun)) counted = null;
            int total = totalPredicate(parse, noun >= 0 ? noun : headToken);
            if (counted == null && total >= 0) {
                counted = totalKind(parse, total);
                if (bound == Bound.EXACT && AT_LEAST_VERBS.contains(parse.lemma(total))) bound = Bound.AT_LEAST;
            }
            if (counted == null) counted = counted(parse, noun >= 0 ? noun : headToken, i);
            if (counted == null) { i = last; continue; }
            int end = noun > headToken ? noun : headToken;
            if (bound == Bound.EXACT && runningTally(parse, from, start, end, to)) bound = Bound.AT_LEAST;
            out.add(new Quantity(new Span(parse.span(start).start(), parse.span(end).end()), value, outOf, bound,
                    counted, evidence));
            i = end;
        }
        return out;
    }

    /** Phrases that make a count a tally still running ("59 bodies have been exhumed so far"): a minimum, no total. */
    private static final Set<String> RUNNING = Set.of("so far", "thus far", "to date");

    /**
     * Whether the count at tokens [start, end] is a running tally: a {@link #RUNNING} phrase right before it or after
     * it in its clause, within a few words and before a comma ("so far 59", "59 bodies have been exhumed so far").
     * Such a figure says at least that many, so a later, larger total does not contradict it.
     */
    private static boolean runningTally(Parse parse, int from, int start, int end, int to) {
        if (start - 2 >= from && RUNNING.contains(parse.lower(start - 2) + " " + parse.lower(start - 1))) return true;
        if (start - 3 >= from && parse.lower(start - 1).equals(",")
                && RUNNING.contains(parse.lower(start - 3) + " " + parse.lower(start - 2))) return true;
        for (int k = end + 1; k + 1 < to && k <= end + 8; k++) {
            String w = parse.lower(k);
            if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("and")) return false;
            if (RUNNING.contains(w + " " + parse.lower(k + 1))) return true;
        }
        return false;
    }

    /** Verbs that state a total ("losses amounted to 899", "the toll exceeds 465,000"), with the copula. */
    private static final Set<String> TOTAL_VERBS = Set.of("amount", "reach", "exceed", "total", "surpass", "top",
            "stand", "be");
    private static final Set<String> AT_LEAST_VERBS = Set.of("exceed", "surpass", "top");
    /** Nouns of a casualty total, with what they count; "number", "toll" and the like count what their "of" names. */
    private static final Map<String, String> TOTAL_NOUNS = Map.of("loss", "losses", "casualty", "casualties",
            "victim", "casualties", "death", "killed", "fatality", "killed", "injury", "wounded");
    private static final Set<String> TOTAL_WORDS = Set.of("number", "total", "toll", "count", "figure", "tally");

    /**
     * The predicate stating the number at token {@code n} as a casualty total ("Russian losses … is 899 soldiers",
     * "victims, which amounted to 899", "the number of victims exceeds 465,000"), or -1: the number's own noun with
     * a copula, or the total verb it is the object of, whose subject names casualties.
     */
    static int totalPredicate(Parse parse, int n) {
        if (n < 0) return -1;
        int pred = parse.child(n, "cop") >= 0 ? n : -1;
        int h = parse.head(n);
        if (pred < 0 && h >= 0 && parse.isVerb(h) && TOTAL_VERBS.contains(parse.lemma(h))
                && (parse.rel(n).equals("obj") || parse.rel(n).startsWith("obl") || parse.rel(n).equals("xcomp")))
            pred = h;
        return pred >= 0 && totalKind(parse, pred) != null ? pred : -1;
    }

    /** What the subject of total predicate {@code pred} counts, or null when it names no casualties. */
    private static String totalKind(Parse parse, int pred) {
        int subj = parse.child(pred, "nsubj");
        if (subj < 0 && parse.rel(pred).startsWith("acl:relcl")) subj = parse.head(pred); // "victims, which amounted"
        if (subj < 0) return null;
        if (TOTAL_WORDS.contains(parse.lemma(subj))) {
            if (parse.lemma(subj).equals("toll") && parse.childWord(subj, "death") >= 0) return "killed";
            for (int c : parse.children(subj))
                if (parse.rel(c).startsWith("nmod") && TOTAL_NOUNS.containsKey(parse.lemma(c)))
                    return TOTAL_NOUNS.get(parse.lemma(c));
            return null;
        }
        return TOTAL_NOUNS.get(parse.lemma(subj));
    }

    /** The numeric value of token {@code i}, or null when it is no number. */
    static Long value(Parse parse, int i) {
        String w = parse.lower(i);
        if (WORDS.containsKey(w) && !w.equals("hundred")) return WORDS.get(w);
        if (!w.matches("\\d{1,3}(,\\d{3})+|\\d{1,9}")) return null;
        // a bare four-digit year is a date, not a count
        if (w.matches("(19|20)\\d\\d")) return null;
        return Long.parseLong(w.replace(",", ""));
    }

    private static boolean insideTime(Span s, List<TimeMention> times) {
        for (TimeMention t : times)
            if (t.span().start() <= s.start() && s.end() <= t.span().end()) return true;
        return false;
    }

    /** The noun a number counts: its head when it is a numeric modifier, else the next noun within two words. */
    private static int countedNoun(Parse parse, int number, int to) {
        int h = parse.head(number);
        if (h >= 0 && parse.rel(number).startsWith("nummod") && parse.isNoun(h)) return h;
        for (int j = number + 1; j < Math.min(to, number + 3); j++)
            if (parse.isNoun(j)) return j;
        return -1;
    }

    /** The casualty kind of the verb at token {@code k} ("wounding four"), or null when it is no casualty verb. */
    private static String verbBefore(Parse parse, int k) {
        return parse.isVerb(k) ? CASUALTY_VERBS.get(parse.lemma(k)) : null;
    }

    /**
     * What is counted: the casualty verb governing the noun (or the number), else the noun's kind or lemma. A killing
     * verb coordinated with a wounding one between it and the number ({@code number}) counts casualties.
     */
    private static String counted(Parse parse, int noun, int number) {
        // "two colonels, four majors and 15 officers were killed": a later conjunct of a list is counted as its
        // first conjunct is, by the verb or noun the whole list hangs on
        int lead = firstConjunct(parse, noun);
        // "the bodies of at least 20 civilians", "the death of 12 soldiers": people counted as bodies or deaths are dead
        if (bodiesOf(parse, lead) >= 0) return "killed";
        if (livesTaken(parse, noun)) return "killed";
        for (int k = noun, steps = 0; k >= 0 && steps < 3; k = parse.head(k), steps++) {
            // "… and on whose borders there are now 150,000 troops": a noun with its own copula is the predicate of
            // a clause of its own, which no casualty verb above it counts
            if (k == noun && noun != number && parse.child(noun, "cop") >= 0) break;
            String kind = CASUALTY_VERBS.get(parse.lemma(k));
            // "Five have been lost": a bare number lost counts what was named before it, not people
            if (kind != null && parse.isVerb(k) && parse.lemma(k).equals("lose") && noun == number && !parse.isNoun(noun))
                break;
            // "lost 20 tanks", "of its three wars, it lost two": what is lost is counted by its noun, people or not
            if (kind != null && parse.isVerb(k) && parse.lemma(k).equals("lose") && noun != number && lostThing(parse, noun))
                break;
            // "66,180 soldiers killed along with … 890 armoured personnel carriers", the carriers parsed as what
            // was killed: machines are destroyed, never killed or wounded
            if (kind != null && HURT.contains(kind) && MACHINES.contains(parse.lemma(noun))) break;
            if (kind != null && parse.isVerb(k)) return sharedWithOtherKind(parse, k, kind, number) ? "casualties" : kind;
            if (kind != null && parse.pos(k).equals("JJ")) return kind;
            // "20 people are on the list of wounded", "among the dead"
            for (int c : parse.children(k))
                if (parse.rel(c).startsWith("nmod") && NAMED_CASUALTIES.contains(parse.lower(c))) return NOUN_KINDS.get(parse.lower(c));
            int raised = raisedCasualtyVerb(parse, k);
            if (raised >= 0) return CASUALTY_VERBS.get(parse.lemma(raised));
            // another verb counts the number ("died, and there are 900 displaced" counts no dead)
            if (parse.isVerb(k)) break;
            if (k != noun && k != lead && !parse.rel(k).startsWith("conj")) break;
        }
        String w = parse.lower(noun);
        if (NOUN_KINDS.containsKey(w)) return NOUN_KINDS.get(w);
        if (!parse.isNoun(noun)) return null;
        return w;
    }

    /** Kinds that count people hurt. */
    private static final Set<String> HURT = Set.of("killed", "wounded", "casualties");
    /** Weapons and vehicles (lemmas), which a killing or wounding verb cannot count. */
    private static final Set<String> MACHINES = Set.of("tank", "carrier", "vehicle", "system", "gun", "howitzer",
            "drone", "missile", "rocket", "aircraft", "plane", "jet", "helicopter", "ship", "boat", "launcher",
            "artillery", "mortar", "truck");

    /** Nouns of people a "lose" can count as losses ("lost 300 men"), beside {@link #NOUN_KINDS}' soldiers. */
    private static final Set<String> PEOPLE = Set.of("people", "men", "man", "lives", "life", "civilians", "persons",
            "children", "women", "defenders", "marines", "paratroopers", "conscripts", "mercenaries", "officers");

    /** Whether token {@code noun} is a counted noun that names no people ("tanks", "wars"): no loss of life. */
    private static boolean lostThing(Parse parse, int noun) {
        return noun >= 0 && parse.isNoun(noun) && !PEOPLE.contains(parse.lower(noun))
                && !NOUN_KINDS.containsKey(parse.lower(noun));
    }

    /** Verbs that take lives: "the war has claimed 14,000 lives", "the strike cost the lives of five soldiers". */
    private static final Set<String> LIFE_TAKING = Set.of("claim", "take", "cost");

    /**
     * Whether counted noun {@code noun} is lives a war or an attack took: "claimed about 14,000 lives" (the lives
     * are the object) or "claimed the lives of 14,000 people" (the people complete the lives).
     */
    static boolean livesTaken(Parse parse, int noun) {
        if (noun < 0) return false;
        int lives = parse.lemma(noun).equals("life") ? noun : -1;
        int h = parse.head(noun);
        if (lives < 0 && h >= 0 && parse.lemma(h).equals("life") && parse.rel(noun).startsWith("nmod")
                && parse.childWord(noun, "of") >= 0)
            lives = h;
        int verb = lives < 0 ? -1 : parse.head(lives);
        return verb >= 0 && parse.isVerb(verb) && LIFE_TAKING.contains(parse.lemma(verb))
                && (parse.rel(lives).equals("obj") || parse.rel(lives).equals("nsubj:pass"));
    }

    /** Nouns whose "of" phrase counts the dead: bodies, and deaths ("confirmed the death of 12 soldiers"). */
    private static final Set<String> BODIES = Set.of("body", "bodies", "remains", "corpse", "corpses", "death",
            "deaths");

    /**
     * The first conjunct of the noun list counted noun {@code noun} is a later conjunct of ("four majors" in "two
     * colonels, four majors and 15 officers"), else {@code noun}: a list of counts, each noun with its own number.
     * A thing in such a list stays a thing ("lost 900 soldiers and 15 tanks": {@link #lostThing}).
     */
    static int firstConjunct(Parse parse, int noun) {
        int k = noun;
        while (k >= 0 && parse.isNoun(k) && parse.rel(k).startsWith("conj") && parse.head(k) >= 0
                && parse.isNoun(parse.head(k)) && numbered(parse, parse.head(k)))
            k = parse.head(k);
        return k;
    }

    /** Whether noun {@code noun} has a number of its own ("two colonels"). */
    private static boolean numbered(Parse parse, int noun) {
        for (int c : parse.children(noun))
            if (parse.rel(c).startsWith("nummod") && value(parse, c) != null) return true;
        return false;
    }

    /**
     * The "bodies" or "death" noun whose "of" phrase counted noun {@code noun} is ("the bodies of 20 civilians",
     * "the death of 12 soldiers"), or -1.
     */
    static int bodiesOf(Parse parse, int noun) {
        int h = noun < 0 ? -1 : parse.head(noun);
        return h >= 0 && parse.rel(noun).startsWith("nmod") && parse.childWord(noun, "of") >= 0
                && BODIES.contains(parse.lower(h)) ? h : -1;
    }

    private static final Set<String> NAMED_CASUALTIES = Set.of("wounded", "injured", "dead", "killed");

    /**
     * The casualty verb an infinitive of verb {@code k} makes of its subject ("three people are known / believed /
     * reported to have died"), or -1.
     */
    static int raisedCasualtyVerb(Parse parse, int k) {
        if (!parse.isVerb(k)) return -1;
        for (int c : parse.children(k))
            if (parse.rel(c).equals("xcomp") && parse.isVerb(c) && parse.childWord(c, "to") >= 0
                    && CASUALTY_VERBS.containsKey(parse.lemma(c)) && !parse.lemma(c).equals("lose"))
                return c;
        return -1;
    }

    /** Whether casualty verb {@code verb} has a conjunct of another casualty kind between it and the number. */
    private static boolean sharedWithOtherKind(Parse parse, int verb, String kind, int number) {
        if (!kind.equals("killed") && !kind.equals("wounded")) return false;
        for (int c : parse.children(verb)) {
            String other = CASUALTY_VERBS.get(parse.lemma(c));
            if (parse.rel(c).startsWith("conj") && parse.isVerb(c) && verb < c && c < number
                    && (kind.equals("killed") ? "wounded" : "killed").equals(other))
                return true;
        }
        return false;
    }
}
