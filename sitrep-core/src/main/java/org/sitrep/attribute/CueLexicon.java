package org.sitrep.attribute;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reporting expressions and the class of speech act each one performs. Verbs are keyed by lemma; phrasal cues
 * ("call on", "point out") by lemma plus particle. Thread-safe (immutable).
 */
public final class CueLexicon {
    private static final Map<String, String> VERBS = new HashMap<>();
    private static final Map<String, String> PHRASAL = new HashMap<>();

    static {
        put("assert", "say", "state", "tell", "note", "add", "claim", "report", "announce", "declare", "write",
                "explain", "stress", "emphasize", "emphasise", "insist", "argue", "assert", "maintain", "mention",
                "describe", "indicate", "suggest", "observe", "comment", "remark", "reply", "respond", "answer",
                "believe", "estimate", "predict", "conclude", "reveal", "publish", "post", "tweet", "inform", "brief",
                "testify", "recall", "specify", "clarify", "underline", "highlight", "assess", "allege", "contend",
                "characterize", "characterise", "label", "dub", "brand", "warn", "caution", "signal", "disclose",
                "affirm", "assure", "reiterate", "repeat", "quote", "call");
        put("acknowledge", "acknowledge", "confirm", "admit", "concede", "recognize", "recognise");
        put("deny", "deny", "reject", "refute", "dismiss", "rebut", "disavow", "disprove", "contradict", "dispute");
        put("demand", "demand", "urge", "ask", "request", "appeal", "press", "implore");
        put("order", "order", "instruct", "direct", "command");
        put("decide", "decide", "authorize", "authorise", "approve", "resolve");
        put("accuse", "accuse", "blame", "condemn", "denounce", "criticize", "criticise", "charge", "slam",
                "castigate", "vilify", "decry");
        put("promise", "promise", "pledge", "vow", "guarantee", "swear");
        put("praise", "praise", "hail", "commend", "laud", "congratulate", "thank", "welcome", "applaud");
        put("threaten", "threaten");
        put("concern", "fear", "regret", "deplore", "lament", "concerned", "worried");
        put("justify", "cite");
        PHRASAL.put("call on", "demand");
        PHRASAL.put("call upon", "demand");
        PHRASAL.put("call for", "demand");
        PHRASAL.put("point out", "assert");
        PHRASAL.put("speak out", "assert");
        PHRASAL.put("hold responsible", "accuse");
        PHRASAL.put("hold accountable", "accuse");
        PHRASAL.put("issue order", "order");
        PHRASAL.put("give order", "order");
        PHRASAL.put("issue statement", "assert");
        PHRASAL.put("make statement", "assert");
        PHRASAL.put("express concern", "concern");
        PHRASAL.put("according to", "assert");
    }

    /** Verbs whose subject is a document ("the report contains", "the statement reads"). */
    static final Set<String> DOCUMENT_VERBS = Set.of("contain", "read", "show", "say", "state", "note", "claim");
    static final Set<String> DOCUMENT_NOUNS = Set.of("report", "statement", "communique", "communiqué", "message",
            "document", "release", "bulletin", "dispatch", "letter", "declaration", "post", "video", "update",
            "summary", "briefing", "resolution");

    /** Verbs whose object is the addressee, not the content ("told Reuters", "assured allies"). */
    static final Set<String> ADDRESSEE_VERBS = Set.of("tell", "inform", "brief", "assure", "warn", "remind");

    /** Cue lemmas that on their own put the reporter at a distance from the content. */
    static final Set<String> DISTANCING_CUES = Set.of("claim", "allege", "insist", "contend");

    private CueLexicon() {}

    private static void put(String cls, String... lemmas) {
        for (String l : lemmas) VERBS.putIfAbsent(l, cls);
    }

    /** The class of a single-word verb cue, by lemma. */
    public static Optional<String> verbClass(String lemma) {
        return Optional.ofNullable(VERBS.get(lemma));
    }

    /** The class of a phrasal cue such as "call on" or "hold responsible". */
    public static Optional<String> phrasalClass(String phrase) {
        return Optional.ofNullable(PHRASAL.get(phrase));
    }
}
