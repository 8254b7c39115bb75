package org.sitrep.lexicon;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.CueClass;

/**
 * The one lexicon of reporting expressions: the class of speech act each one performs (verbs keyed by lemma; phrasal
 * cues such as "call on", "point out" by lemma plus particle), and the named subsets other stages read — reporting
 * verbs that trail a clause (times), that make a preceding capital a government (places) or an agent (actors), and
 * whose object is an addressee. A subset names lemmas; a stage that matches word forms takes them through
 * {@link #forms}. Thread-safe (immutable).
 */
public final class CueLexicon {
    private static final Map<String, CueClass> VERBS = new HashMap<>();
    private static final Map<String, CueClass> PHRASAL = new HashMap<>();

    static {
        put(CueClass.ASSERT, "say", "state", "tell", "note", "add", "claim", "report", "announce", "declare", "write",
                "explain", "stress", "emphasize", "emphasise", "insist", "argue", "assert", "maintain", "mention",
                "describe", "indicate", "suggest", "observe", "comment", "remark", "reply", "respond", "answer",
                "believe", "estimate", "predict", "conclude", "reveal", "publish", "post", "tweet", "inform", "brief",
                "testify", "recall", "specify", "clarify", "underline", "highlight", "assess", "allege", "contend",
                "characterize", "characterise", "label", "dub", "brand", "warn", "caution", "signal", "disclose",
                "affirm", "assure", "reiterate", "repeat", "quote", "call", "remind");
        put(CueClass.ACKNOWLEDGE, "acknowledge", "confirm", "admit", "concede", "recognize", "recognise");
        put(CueClass.DENY, "deny", "reject", "refute", "dismiss", "rebut", "disavow", "disprove", "contradict", "dispute");
        put(CueClass.DEMAND, "demand", "urge", "ask", "request", "appeal", "press", "implore", "recommend");
        put(CueClass.ORDER, "order", "instruct", "direct", "command");
        put(CueClass.DECIDE, "decide", "authorize", "authorise", "approve", "resolve");
        put(CueClass.ACCUSE, "accuse", "blame", "condemn", "denounce", "criticize", "criticise", "charge", "slam",
                "castigate", "vilify", "decry", "blast");
        put(CueClass.PROMISE, "promise", "pledge", "vow", "guarantee", "swear");
        put(CueClass.PRAISE, "praise", "hail", "commend", "laud", "congratulate", "thank", "welcome", "applaud");
        put(CueClass.THREATEN, "threaten");
        put(CueClass.CONCERN, "fear", "regret", "deplore", "lament", "concerned", "worried");
        put(CueClass.JUSTIFY, "cite");
        PHRASAL.put("call on", CueClass.DEMAND);
        PHRASAL.put("call upon", CueClass.DEMAND);
        PHRASAL.put("call for", CueClass.DEMAND);
        PHRASAL.put("point out", CueClass.ASSERT);
        PHRASAL.put("speak out", CueClass.ASSERT);
        PHRASAL.put("hold responsible", CueClass.ACCUSE);
        PHRASAL.put("hold accountable", CueClass.ACCUSE);
        PHRASAL.put("issue order", CueClass.ORDER);
        PHRASAL.put("give order", CueClass.ORDER);
        PHRASAL.put("issue statement", CueClass.ASSERT);
        PHRASAL.put("make statement", CueClass.ASSERT);
        PHRASAL.put("express concern", CueClass.CONCERN);
        // "expressed the hope that talks start soon", "expressed readiness to meet", "expressed support for …"
        PHRASAL.put("express hope", CueClass.ASSERT);
        PHRASAL.put("express readiness", CueClass.ASSERT);
        PHRASAL.put("express confidence", CueClass.ASSERT);
        PHRASAL.put("express support", CueClass.PRAISE);
        PHRASAL.put("according to", CueClass.ASSERT);
    }

    /** Verbs whose subject is a document ("the report contains", "the statement reads"). */
    public static final Set<String> DOCUMENT_VERBS = Set.of("contain", "read", "show", "say", "state", "note", "claim");
    public static final Set<String> DOCUMENT_NOUNS = Set.of("report", "statement", "communique", "communiqué", "message",
            "document", "release", "bulletin", "dispatch", "letter", "declaration", "post", "video", "update",
            "summary", "briefing", "resolution");

    /**
     * Nouns of events and situations. As the subject of a reporting verb they show or bring something about, they do
     * not say it: "the clashes highlighted a divide", "the war threatens to spread", "the meeting revealed
     * differences", "the prospect of a defeat adds pressure". A speaker is a person, a body or a text.
     */
    public static final Set<String> EVENT_NOUNS = Set.of("war", "conflict", "clash", "fighting", "battle", "attack",
            "bomb", "blast", "explosion", "offensive", "invasion", "blockade", "crisis", "fiasco", "move", "step", "event",
            "incident", "meeting", "summit", "visit", "situation", "prospect", "episode", "escalation",
            "tension", "unrest", "everything");

    /** Verbs whose object is the addressee, not the content ("told Reuters", "assured allies"). */
    public static final Set<String> ADDRESSEE_VERBS = Set.of("tell", "inform", "brief", "assure", "warn", "remind");

    /** Cue lemmas that on their own put the reporter at a distance from the content. */
    public static final Set<String> DISTANCING_CUES = Set.of("claim", "allege", "insist", "contend");

    /**
     * Reporting verbs of a trailing attribution ("… in early March, an official said"): the clause's own verb is
     * the event's, not this one (read by the time resolver for tense).
     */
    public static final Set<String> TRAILING_ATTRIBUTION = Set.of("say", "tell", "add", "announce", "report", "state",
            "confirm", "claim", "note", "quote");

    /**
     * Speech verbs that, right after a capital's or country's name, make it stand for its government ("Moscow
     * denied"); the places stage reads their past and third-person forms (and "say", "deny" bare).
     */
    public static final Set<String> SPEECH_AFTER_NAME = Set.of("say", "deny", "claim", "announce", "state", "warn",
            "accuse", "insist", "reject", "demand", "confirm", "respond", "condemn", "call", "urge", "threaten",
            "admit", "acknowledge");

    /** Speech verbs whose subject the actors stage takes for an agent in their base and third-person forms. */
    public static final Set<String> AGENT_SPEECH = Set.of("say", "deny", "claim", "accuse", "warn", "insist",
            "reject", "call", "urge", "demand", "threaten", "announce", "confirm", "vow", "blame");

    /**
     * Reporting verbs that head a sentence whose complement clause holds the event ("X attacked Y, officials
     * said"): the agent/target picker ({@code events.ArgumentPicker}) reads that clause instead. Differs from {@link #TRAILING_ATTRIBUTION} by
     * "write" for "confirm", as each was measured.
     */
    public static final Set<String> CLAUSE_REPORTING = Set.of("say", "tell", "report", "announce", "add", "state",
            "claim", "quote", "write", "note");

    /** Verbs by which an agency relays what others said ("This was reported by KCNA", "KCNA carried this"). */
    public static final Set<String> CHANNEL_VERBS = Set.of("report", "publish", "carry", "announce", "broadcast",
            "relay");

    /** The kinds of word form {@link #forms} gives. */
    public enum Form { BASE, THIRD_PERSON, PAST }

    private static final Map<String, String> IRREGULAR_PAST = Map.of("say", "said", "tell", "told", "admit", "admitted",
            "send", "sent", "hit", "hit", "strike", "struck");

    /** The requested word forms of each lemma: "say" → say, says, said; "deny" → deny, denies, denied. */
    public static Set<String> forms(Set<String> lemmas, Form... kinds) {
        Set<String> out = new HashSet<>();
        Set<Form> wanted = Set.copyOf(Arrays.asList(kinds));
        for (String l : lemmas) {
            boolean consonantY = l.endsWith("y") && l.length() > 1 && "aeiou".indexOf(l.charAt(l.length() - 2)) < 0;
            if (wanted.contains(Form.BASE)) out.add(l);
            if (wanted.contains(Form.THIRD_PERSON))
                out.add(consonantY ? l.substring(0, l.length() - 1) + "ies"
                        : l.matches(".*(s|sh|ch|x|z)") ? l + "es" : l + "s");
            if (wanted.contains(Form.PAST))
                out.add(IRREGULAR_PAST.getOrDefault(l, consonantY ? l.substring(0, l.length() - 1) + "ied"
                        : l.endsWith("e") ? l + "d" : l + "ed"));
        }
        return Set.copyOf(out);
    }

    private CueLexicon() {}

    private static void put(CueClass cls, String... lemmas) {
        for (String l : lemmas) VERBS.putIfAbsent(l, cls);
    }

    /** The union of word sets, immutable. */
    @SafeVarargs
    public static Set<String> union(Set<String>... sets) {
        Set<String> out = new HashSet<>();
        for (Set<String> s : sets) out.addAll(s);
        return Set.copyOf(out);
    }

    /** The class of a single-word verb cue, by lemma. */
    public static Optional<CueClass> verbClass(String lemma) {
        return Optional.ofNullable(VERBS.get(lemma));
    }

    /** The class of a phrasal cue such as "call on" or "hold responsible". */
    public static Optional<CueClass> phrasalClass(String phrase) {
        return Optional.ofNullable(PHRASAL.get(phrase));
    }
}
