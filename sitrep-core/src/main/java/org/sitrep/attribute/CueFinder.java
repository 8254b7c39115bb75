package org.sitrep.attribute;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.lexicon.CueLexicon;
import org.sitrep.model.Claim;
import org.sitrep.model.CueClass;
import org.sitrep.model.Span;

/**
 * Finds the reporting cues of a sentence with the {@link CueLexicon}: reporting verbs ("said", "denied"), phrasal
 * cues ("called on", "issued an order", "hold … responsible"), "according to", and verbs whose subject is a
 * document ("the statement reads"). Also reads a learned cue's words with the same lexicon. Stateless.
 */
final class CueFinder {
    private CueFinder() {}

    /** The cues of one sentence, in token order. */
    static List<Cue> find(SentenceGraph g) {
        List<Cue> cues = new ArrayList<>();
        for (int i = g.first(); i < g.end(); i++) {
            String lemma = g.lemma(i), pos = g.pos(i);
            if (lemma.equals("accord") || g.lower(i).equals("according")) {
                if (i + 1 < g.end() && g.lower(i + 1).equals("to")) cues.add(new Cue(i, i + 1, i, "according to", CueClass.ASSERT));
                continue;
            }
            Cue opinion = opinionCue(g, i);
            if (opinion != null) {
                cues.add(opinion);
                continue;
            }
            boolean adjectival = pos.startsWith("JJ") && g.child(i, "cop") >= 0;
            if (!pos.startsWith("VB") && !adjectival) continue;
            if (g.rel(i).equals("amod") || g.rel(i).startsWith("aux") || g.rel(i).equals("cop")) continue;
            if (negated(g, i)) continue; // "did not say which leaders", "has still not condemned": nothing said
            if (hypothetical(g, i)) continue; // "because they could say …", "the minister will announce …": not said
            if (withheld(g, i)) continue; // "declined to confirm the meeting", "refused to condemn the invasion"
            if (onlyMeant(g, i)) continue; // "one would like to say …", "is going to do everything to claim …"
            if (notPerformed(g, i)) continue; // "efforts to hold X accountable", "it is too early to say", "wants to believe"
            if (eventSubject(g, i)) continue; // "the clashes highlighted a divide", "the war threatens to spread"
            // "…, the paper reported, citing officials": the reporter's sources, not a claim of the paper's own
            if (lemma.equals("cite") && pos.equals("VBG") && g.head(i) >= 0 && CueLexicon.verbClass(g.lemma(g.head(i))).isPresent())
                continue;
            // "missiles slammed into the tower": a blow, not a rebuke
            if (Set.of("slam", "blast").contains(lemma) && i + 1 < g.end() && Set.of("into", "through").contains(g.lower(i + 1)))
                continue;
            Cue cue = phrasal(g, i, lemma);
            if (cue == null && g.child(i, "compound:prt") >= 0) continue; // "the numbers add up", "called off"
            if (cue == null) {
                Optional<CueClass> cls = CueLexicon.verbClass(lemma);
                if (cls.isEmpty() && CueLexicon.DOCUMENT_VERBS.contains(lemma) && documentSubject(g, i))
                    cls = Optional.of(CueClass.ASSERT);
                if (lemma.equals("call")) cls = callClass(g, i);
                if (cls.isEmpty()) continue;
                // "Russia threatens all of Europe", "is threatening Moldova's security": a danger, no threat made
                if (endangers(g, i)) continue;
                // "responded with scorn", "responded to the protests with repression": an action, not words
                if (Set.of("respond", "reply", "answer").contains(lemma) && g.child(i, "ccomp") < 0
                        && g.child(i, "parataxis") < 0) continue;
                // "added content to the article", "maintains contacts with Moscow": these report only a clause
                // "published a screenshot", "published an analysis": a channel's act, what it holds is not said here
                if (reportsAThing(g, i)) continue;
                // "trolls claiming the war reports", "its strategy of rejecting everything": a participle with a
                // noun and no clause or quotation tells what someone does; "adding that …", "warning: “…”" report
                if (bareParticiple(g, i)) continue;
                // "the House approved the bill", "the package approved by the Senate": a vote on a text, not
                // something said; "approved sending troops", "authorized the army to strike" keep their clause
                if (enacting(g, i)) continue;
                // "decided to close the border": a choice to act, nothing said ("decided that …" reports a ruling)
                if (choiceToAct(g, i)) continue;
                // "asked the minister why the delivery was late": a question, no content asserted or demanded
                if (question(g, i)) continue;
                // "Asked about the talks, Blinken said …": the participle puts the question to the speaker
                if (lemma.equals("ask") && pos.equals("VBN") && g.child(i, "aux") < 0 && g.child(i, "aux:pass") < 0
                        && g.child(i, "nsubj") < 0 && g.child(i, "nsubj:pass") < 0) continue;
                cue = new Cue(i, i, i, lemma, cls.get());
            }
            cues.add(cue);
        }
        return cues;
    }

    /**
     * The class of a plain "call": a demand when the object is asked to act ("called activists to come back"), an
     * assertion when the name given is quoted, the source's own words ("calls it the “vanguard of imperialism”").
     * Otherwise "call" names ("calls China its rival"), as also in a clause under a noun, whose noun is the thing
     * named ("the war that Moscow calls a “special operation”"). "call on"/"call for" are phrasal cues.
     */
    static Optional<CueClass> callClass(SentenceGraph g, int verb) {
        int xcomp = g.child(verb, "xcomp"), subj = g.childExactly(verb, "nsubj"), obj = g.childExactly(verb, "obj");
        boolean underNoun = g.head(verb) >= 0 && g.pos(g.head(verb)).startsWith("NN")
                && (subj < 0 || !Set.of("who", "which", "that").contains(g.lower(subj)));
        if (underNoun || obj < 0) return Optional.empty();
        if (xcomp > verb && g.pos(xcomp).startsWith("VB") && g.children(xcomp).stream().anyMatch(c -> g.pos(c).equals("TO")))
            return Optional.of(CueClass.DEMAND);
        // the name: "calls it [a threat]" is parsed with the name as xcomp, or as the object after an iobj
        int named = xcomp > verb ? xcomp : g.childExactly(verb, "iobj") >= 0 ? obj : -1;
        if (named < 0) return Optional.empty();
        int[] name = g.subtree(named);
        for (int i = name[0]; i <= name[1]; i++)
            if (SentenceGraph.isOpeningQuote(g.word(i))) return Optional.of(CueClass.ASSERT);
        return Optional.empty();
    }

    /** Phrasal cues: call on, point out, hold … responsible, issue an order, express concern; null when none. */
    static Cue phrasal(SentenceGraph g, int i, String lemma) {
        for (int c : g.children(i)) {
            String word = g.lower(c), rel = g.rel(c);
            if (rel.equals("compound:prt") || (c == i + 1 && g.pos(c).equals("IN") && Set.of("on", "upon").contains(word))) {
                Optional<CueClass> cls = CueLexicon.phrasalClass(lemma + " " + word);
                if (cls.isPresent()) return new Cue(i, c, i, lemma + " " + word, cls.get());
            }
            if (rel.equals("obj"))
                for (int m : g.children(c)) {
                    Optional<CueClass> cls = CueLexicon.phrasalClass(lemma + " " + g.lemma(m));
                    if (cls.isPresent() && g.pos(m).startsWith("JJ")) return new Cue(i, i, i, lemma + " " + g.lemma(m), cls.get());
                }
            if (rel.equals("obj") || rel.equals("xcomp")) {
                Optional<CueClass> cls = CueLexicon.phrasalClass(lemma + " " + g.lemma(c));
                if (cls.isPresent()) {
                    // "hold the DPRK responsible": the cue is the verb; the content runs through the adjective.
                    boolean adjective = g.pos(c).startsWith("JJ");
                    return new Cue(i, adjective ? i : c, i, lemma + " " + g.lemma(c), cls.get());
                }
            }
        }
        return null;
    }

    /**
     * A participle ("claiming", not "is claiming") whose object is a noun, with no clause and no quotation: "claiming
     * victories", "rejecting everything". Not "adding it was …", "telling you what …".
     */
    static boolean bareParticiple(SentenceGraph g, int i) {
        int obj = g.childExactly(i, "obj");
        // "citing the treaty": a justification's object is what it rests on, its content
        if (CueLexicon.verbClass(g.lemma(i)).filter(c -> c == CueClass.JUSTIFY).isPresent()) return false;
        if (!g.pos(i).equals("VBG") || g.child(i, "aux") >= 0 || g.child(i, "ccomp") >= 0 || g.child(i, "xcomp") >= 0
                || g.child(i, "parataxis") >= 0 || obj < 0 || !g.pos(obj).startsWith("NN"))
            return false;
        int[] after = g.subtree(i);
        for (int k = i + 1; k <= after[1]; k++) if (SentenceGraph.isOpeningQuote(g.word(k))) return false;
        return true;
    }

    /** Participles that give a decision's stated reasons: "decided to send troops, citing the treaty". */
    private static final Set<String> REASON_GIVING = Set.of("cite", "say", "argue", "explain", "claim");

    /**
     * Whether "decide" takes an infinitive and no clause: "Putin decided to attack", "the ministry decided to close
     * the border" is an act chosen, not something said. A decision announced with its reasons ("decided to send his
     * troops …, citing the treaty") is a statement, and "decided that …" (a court's or a board's ruling) stays a cue.
     */
    static boolean choiceToAct(SentenceGraph g, int i) {
        if (!g.lemma(i).equals("decide") || g.child(i, "ccomp") >= 0) return false;
        int xcomp = g.childExactly(i, "xcomp");
        if (xcomp < 0 || !g.children(xcomp).stream().anyMatch(c -> g.pos(c).equals("TO"))) return false;
        int[] phrase = g.subtree(i); // the parser hangs "citing …" on the verb or on a word of its infinitive
        for (int k = phrase[0]; k <= phrase[1]; k++)
            if (k != i && g.pos(k).equals("VBG") && REASON_GIVING.contains(g.lemma(k)) && governs(g, i, k)) return false;
        return true;
    }

    /** Whether token {@code k} lies under token {@code head} in the parse (its head chain reaches it). */
    private static boolean governs(SentenceGraph g, int head, int k) {
        for (int v = g.head(k), steps = 0; v >= 0 && steps < 40; v = g.head(v), steps++)
            if (v == head) return true;
        return false;
    }

    /** Words that open an indirect question: "asked why …", "asks whether …". */
    private static final Set<String> QUESTION_WORDS = Set.of("whether", "if", "why", "what", "how", "when", "where",
            "who", "which");

    /**
     * Whether "ask" puts a question ("asked the minister why the delivery was late", "asks whether talks will
     * resume"): a question word follows the verb inside its phrase before any "to", "that", comma or quotation
     * mark; read over the words, as the parser often hangs the question word elsewhere. "asked Beijing to supply
     * drones" (a request) stays a demand.
     */
    static boolean question(SentenceGraph g, int i) {
        if (!g.lemma(i).equals("ask")) return false;
        int end = g.subtree(i)[1];
        for (int k = i + 1; k <= end; k++) {
            String word = g.lower(k);
            if (word.equals("to") || word.equals("that") || g.isPunct(k) && !word.equals("-")) return false;
            if (QUESTION_WORDS.contains(word)) return true;
        }
        return false;
    }

    /**
     * Whether a claim's cue (its span) reports an act rather than words: a command carried out ("ordered the
     * evacuation of the embassy", "issued an order to arrest him") or a status granted ("recognized the independence
     * of the region"). Such a cue still names its agent, who may introduce a speaker quoted later ("President X
     * ordered …. X said …"), so the claim is built and dropped only when the document is done.
     */
    static boolean reportsAnAct(SentenceGraph g, Span cue) {
        for (int k = g.first(); k < g.end(); k++) {
            if (!cue.contains(g.token(k).span()) || !g.pos(k).startsWith("VB")) continue;
            Cue phrasal = phrasal(g, k, g.lemma(k));
            CueClass cls = phrasal != null ? phrasal.cueClass() : CueLexicon.verbClass(g.lemma(k)).orElse(null);
            if (commandOnly(g, k, cls) || recognitionOnly(g, k)) return true;
        }
        return false;
    }

    /**
     * Whether an order cue ("ordered", "instructed", "issued an order") takes no that-clause and no quotation: "ordered
     * the evacuation of the embassy", "ordered troops to hold the line", "issued an order to arrest the prosecutor"
     * report a command as an act, with no content anyone asserts; the news tells what was done. "ordered that the
     * border be closed" and an order quoted in the source's words stay cues.
     */
    static boolean commandOnly(SentenceGraph g, int i, CueClass cls) {
        if (cls != CueClass.ORDER || g.child(i, "ccomp") >= 0 || g.child(i, "parataxis") >= 0) return false;
        // "decided to send troops, citing the treaty, and issued an order for them to fight": the order is part of
        // a decision announced with its reasons, a claim the conjoined cue keeps
        // (the parser may hang the conjunct on the decision's infinitive: "send … and issued")
        if (g.rel(i).equals("conj"))
            for (int up = g.head(i), steps = 0; up >= 0 && steps < 3; up = g.head(up), steps++) {
                if (g.lemma(up).equals("decide")) return choiceToAct(g, up);
                if (!Set.of("conj", "xcomp").contains(g.rel(up))) break;
            }
        // the order's own words in quotation marks, before any comma; a quotation in an adjunct set off by a comma
        // ("…, explaining this by “aggressive statements”") is a reason given, wherever the parser hung it
        int[] phrase = g.subtree(i);
        for (int k = i + 1; k <= phrase[1] && !Set.of(",", ";", "-", "–", "—").contains(g.word(k)); k++)
            if (SentenceGraph.isOpeningQuote(g.word(k)) && !g.pos(k).equals("''")) return false; // not a closing '"'
        return true;
    }

    /**
     * Whether "recognize" takes only a noun phrase: "Moscow recognized the independence of the two regions",
     * "recognizes the rights of minorities" grant a status or pay a regard, which is an act and asserts no content.
     * "recognized that the talks had failed", "recognized the killings as genocide" (what the thing is held to be)
     * and a quotation stay cues.
     */
    static boolean recognitionOnly(SentenceGraph g, int i) {
        if (!Set.of("recognize", "recognise").contains(g.lemma(i))) return false;
        int obj = g.childExactly(i, "obj");
        if (obj < 0 || g.child(i, "ccomp") >= 0 || g.child(i, "parataxis") >= 0 || g.child(i, "xcomp") >= 0) return false;
        int[] phrase = g.subtree(i);
        for (int k = i + 1; k <= phrase[1]; k++)
            if (SentenceGraph.isOpeningQuote(g.word(k)) || g.lower(k).equals("as") || g.lower(k).equals("that")) return false;
        return true;
    }

    /**
     * Whether a claim of "ask" puts a question rather than a request: its content is a question (a quotation or a
     * clause ending in "?", "asked whether / what / why …", "asked 'How …'") or only what the question was about
     * ("asked him about the talks", "asked questions about the border", "asked ourselves"). A question asserts and
     * demands nothing. "asked Kyiv to send tanks" and "asked for calm" are requests and stay.
     */
    static boolean asksAQuestion(SentenceGraph g, Claim c, String text) {
        if (!c.cueLemma().equals("ask") && !c.cueLemma().equals("wonder")) return false;
        String content = c.content().of(text).strip();
        String bare = content.replaceAll("^[\\p{Pi}\\p{Pf}\"'“”‘’«»\\s]+|[\\p{Pi}\\p{Pf}\"'“”‘’«»\\s.,]+$", "");
        if (bare.endsWith("?")) return true;
        String first = bare.isEmpty() ? "" : bare.split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (QUESTION_WORDS.contains(first)) return true;
        int verb = g.tokenAfter(c.cue().start());
        if (verb >= g.end() || !g.lemma(verb).equals("ask")) return false;
        boolean request = g.child(verb, "xcomp") >= 0 || g.child(verb, "ccomp") >= 0;
        for (int k : g.children(verb)) {
            // "asked questions about …", "asks ourselves": the question itself, or the asker asking themself
            if (g.rel(k).equals("obj") && (Set.of("question", "questions").contains(g.lower(k))
                    || g.lower(k).endsWith("selves") || g.lower(k).endsWith("self")))
                return true;
            // "asked Zelensky about the intelligence": a topic, nothing requested
            if (!request && g.rel(k).startsWith("obl") && g.hasCase(k, "about")) return true;
        }
        return false;
    }

    /** Verbs that enact a text (a bill, a budget, an aid package) when they take no clause: a vote, not a claim. */
    private static final Set<String> ENACTING = Set.of("approve", "authorize", "authorise");

    /** Whether "add", "maintain" or "publish" takes a noun and no clause: "added content", "published a map". */
    static boolean reportsAThing(SentenceGraph g, int i) {
        return Set.of("add", "maintain", "publish").contains(g.lemma(i)) && g.child(i, "ccomp") < 0
                && g.child(i, "parataxis") < 0 && g.child(i, "xcomp") < 0 && g.childExactly(i, "obj") >= 0
                && g.pos(g.childExactly(i, "obj")).startsWith("NN");
    }

    /** Whether verb {@code i} enacts a text rather than says something: an {@link #ENACTING} verb with no clause. */
    static boolean enacting(SentenceGraph g, int i) {
        return ENACTING.contains(g.lemma(i)) && g.child(i, "ccomp") < 0 && g.child(i, "xcomp") < 0;
    }

    /** A "not", "n't" or "never" attached to the verb, or among the two words before it ("has still not said"). */
    static boolean negated(SentenceGraph g, int verb) {
        for (int c : g.children(verb))
            if (NEGATIONS.contains(g.lower(c))) return true;
        for (int k = verb - 1; k >= g.first() && k >= verb - 2; k--)
            if (NEGATIONS.contains(g.lower(k))) return true;
        return false;
    }

    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");

    /** Modals that put a speech act in the future or in a supposition; not "may" ("China may insist it is neutral"). */
    private static final Set<String> HYPOTHETICAL_MODALS = Set.of("could", "might", "would", "will", "wo", "can",
            "should", "must", "shall", "'ll", "'d");

    /** Whether the verb has a modal that makes its speech act one not (yet) made: "they could say", "will announce". */
    static boolean hypothetical(SentenceGraph g, int verb) {
        for (int c : g.children(verb))
            if (g.rel(c).equals("aux") && g.pos(c).equals("MD") && HYPOTHETICAL_MODALS.contains(g.lower(c))) return true;
        return false;
    }

    /** Verbs that withhold the speech act of the verb under them: "declined to comment", "failed to condemn". */
    private static final Set<String> WITHHOLDING = Set.of("decline", "refuse", "fail");

    /** Whether the verb is the infinitive under "declined to", "refused to" or "failed to": nothing said. */
    static boolean withheld(SentenceGraph g, int verb) {
        int governor = g.head(verb);
        return governor >= 0 && g.rel(verb).equals("xcomp") && WITHHOLDING.contains(g.lemma(governor))
                && verb - 1 >= g.first() && g.lower(verb - 1).equals("to");
    }

    /** Verbs whose infinitive is a speech act aimed at, not made: "tried to claim", "plans to announce", "decided to believe". */
    private static final Set<String> AIMING = Set.of("try", "attempt", "plan", "intend", "seek", "aim", "hope",
            "prepare", "expect", "decide");

    /**
     * Whether the verb is an infinitive ("to say") under a verb of aiming, a modal ("would like to say") or "going
     * to", directly or through other infinitives ("is going to do everything possible to claim"): meant, not said.
     * "continued to insist", "went on to say", "appeared to confirm" and "wanted to condemn" stay cues.
     */
    static boolean onlyMeant(SentenceGraph g, int verb) {
        int v = verb;
        for (int steps = 0; steps < 4 && g.rel(v).equals("xcomp") && v - 1 >= g.first() && g.lower(v - 1).equals("to"); steps++) {
            int governor = g.head(v);
            if (governor < 0) return false;
            if (hypothetical(g, governor) || AIMING.contains(g.lemma(governor))
                    || g.lemma(governor).equals("go") && g.pos(governor).equals("VBG"))
                return true;
            v = governor;
        }
        return false;
    }

    /** Whether the verb's subject is an event or a situation ({@link CueLexicon#EVENT_NOUNS}): it shows, it does not say. */
    static boolean eventSubject(SentenceGraph g, int verb) {
        int subj = g.childExactly(verb, "nsubj");
        // a subject with a preposition or a conjunct is a misparse ("Shortly before the invasion, Beijing and Moscow
        // announced …" taken with "invasion" as subject): the speaker is elsewhere in it
        return subj >= 0 && g.pos(subj).startsWith("NN") && !g.pos(subj).startsWith("NNP")
                && CueLexicon.EVENT_NOUNS.contains(g.lemma(subj).toLowerCase(Locale.ROOT))
                && g.children(subj).stream().noneMatch(c -> g.rel(c).equals("case") || g.rel(c).equals("conj"));
    }

    /**
     * Whether "threaten" takes the party in danger as its object and nothing threatened: "Russia threatens all of
     * Europe", "Putin is threatening Moldova's security", "no one threatened Russia" say what is endangered; no
     * threat is voiced. The object is a party when it is a name or a pronoun, something of a party's ("Moldova's
     * security") or "all / each / any of" one. A threat made names what is threatened: "threatened strikes",
     * "threatened Russia with sanctions", "threatened the Baltic States the end of their statehood", "threatened
     * to cut supplies", "threatened them by saying …".
     */
    static boolean endangers(SentenceGraph g, int verb) {
        if (!g.lemma(verb).equals("threaten")) return false;
        int obj = g.childExactly(verb, "obj");
        if (obj < 0 || g.child(verb, "xcomp") >= 0 || g.child(verb, "ccomp") >= 0 || g.childExactly(verb, "iobj") >= 0)
            return false;
        for (int c : g.children(verb)) // "with sanctions", "by saying …": the threat itself
            if ((g.rel(c).startsWith("obl") || g.rel(c).startsWith("advcl")) && g.children(c).stream().anyMatch(k ->
                    Set.of("case", "mark").contains(g.rel(k)) && Set.of("with", "by").contains(g.lower(k))))
                return false;
        String pos = g.pos(obj);
        if (pos.startsWith("NNP") || pos.equals("PRP")) return true;
        if (g.children(obj).stream().anyMatch(c -> g.rel(c).equals("nmod:poss"))) return true;
        return Set.of("all", "each", "any", "both", "much", "parts", "part").contains(g.lower(obj))
                && g.children(obj).stream().anyMatch(c -> g.rel(c).startsWith("nmod") && g.hasCase(c, "of"));
    }

    /**
     * Governors of a "to"-infinitive that entail its act took place (implicative verbs and adjectives, after
     * Karttunen): "continued to insist", "went on to say", "appeared to confirm", "hastened to add", "was quick to
     * stress", "was the first to report".
     */
    private static final Set<String> IMPLICATIVE = Set.of("continue", "go", "proceed", "hasten", "begin", "start",
            "manage", "appear", "seem", "tend", "use", "repeat", "dare", "bother", "force", "compel", "oblige",
            "keep", "rush", "quick", "first", "last", "keen", "eager", "careful", "swift", "happy", "glad", "pleased",
            "proud", "right");

    /**
     * Whether the verb is a "to"-infinitive whose governor does not say the act took place: a noun ("efforts to
     * hold Russia accountable", "the right to demand"), an adjective ("hard to describe", "ready to recognise", "too
     * early to say"), a purpose ("visited the region to highlight the plight"), a verb of wanting, needing or
     * persuading ("wants to believe", "needed to clarify", "wants Ukraine to recognise", "voted to condemn"). Such a
     * speech act is wanted, possible or intended, not made. An infinitive under an implicative governor
     * ({@link #IMPLICATIVE}: "went on to say") is the act itself, and so is a conjunct of one ("continued to deny …
     * and to warn …"), as is the translated reportative "was to say" ("miał powiedzieć"; "is to urge" is planned)
     * and an infinitive of result ("denied it, only to admit it later").
     * Aiming verbs and modals are {@link #onlyMeant}; "declined to" is {@link #withheld}.
     */
    static boolean notPerformed(SentenceGraph g, int verb) {
        int v = verb;
        for (int steps = 0; steps < 4; steps++) {
            // "to deny … and (to) warn …": a bare conjunct shares its first conjunct's "to" (not "issued", finite)
            if (g.rel(v).equals("conj") && g.pos(v).equals("VB") && g.head(v) >= 0 && infinitive(g, g.head(v))) {
                v = g.head(v);
                continue;
            }
            if (!infinitive(g, v)) return false;
            // "Modi was to say that …" (the translated reportative "miał powiedzieć"): said; "is to urge" is planned
            for (int c : g.children(v))
                if (c < v && g.lemma(c).equals("be") && g.rel(c).startsWith("aux")) return !g.pos(c).equals("VBD");
            // "denied the advances, only to admit them later": an infinitive of result tells what happened
            for (int c : g.children(v))
                if (c < v && g.pos(c).equals("TO") && c - 1 >= g.first() && g.lower(c - 1).equals("only")) return false;
            int governor = g.head(v);
            if (governor < 0) return false; // a headline "Minister to announce …" says nothing yet, but is not read here
            if (g.lemma(governor).equals("be") && g.rel(v).equals("xcomp")) return !g.pos(governor).equals("VBD");
            // "the first to report" hangs under its noun, "used the interview to call for …" as a purpose: the governor
            // decides, not the relation
            if (!IMPLICATIVE.contains(g.lemma(governor))) return true;
            v = governor; // "went on to say" is said if "went on" was: "has been forced to admit"
        }
        return false;
    }

    /** Whether the verb has the "to" of an infinitive ("to say"). */
    private static boolean infinitive(SentenceGraph g, int verb) {
        for (int c : g.children(verb))
            if (c < verb && g.pos(c).equals("TO") && g.rel(c).equals("mark")) return true;
        return false;
    }

    /** Nouns of "in X's opinion" / "in the opinion of X": the phrase attributes the sentence as "according to" does. */
    private static final Set<String> OPINION_NOUNS = Set.of("opinion", "view");

    /**
     * "In his opinion, …", "In the view of the ministry, …": a cue over "in … of" or "in … opinion" with the lemma
     * {@code "in the opinion of"}, read like "according to" (source the possessor, content the rest of the
     * sentence). Only at the start of the sentence and before a comma-closed phrase, where it frames what follows;
     * "changed in the view of many" inside a clause is no attribution. Null when the words are not there.
     */
    static Cue opinionCue(SentenceGraph g, int i) {
        if (!g.lower(i).equals("in") || i > g.first() + 1) return null;
        int k = i + 1;
        boolean possessive = k < g.end() && (g.pos(k).equals("PRP$") || g.rel(k).equals("nmod:poss"));
        if (!possessive && !(k < g.end() && g.lower(k).equals("the"))) return null;
        int noun = k + 1;
        if (noun >= g.end() || !OPINION_NOUNS.contains(g.lower(noun))) return null;
        if (possessive) return new Cue(i, noun, i, Cue.OPINION, CueClass.ASSERT);
        return noun + 1 < g.end() && g.lower(noun + 1).equals("of") ? new Cue(i, noun + 1, i, Cue.OPINION, CueClass.ASSERT) : null;
    }

    /** Whether a learned cue's words hold a negation or its first word is negated ("has not commented on"). */
    static boolean negatedAt(SentenceGraph g, org.sitrep.model.Span cue) {
        for (int i = g.first(); i < g.end(); i++) {
            if (!g.token(i).span().overlaps(cue)) continue;
            if (NEGATIONS.contains(g.lower(i)) || negated(g, i)) return true;
        }
        return false;
    }

    static boolean documentSubject(SentenceGraph g, int verb) {
        int subj = g.child(verb, "nsubj");
        return subj >= 0 && CueLexicon.DOCUMENT_NOUNS.contains(g.lemma(subj));
    }

    /**
     * A learned cue read with the lexicon: the first cue word that is a reporting verb, or begins a phrasal cue
     * with the words after it ("is calling on" → call on, demand), gives the head and the class. Empty when no word
     * is in the lexicon: the tagger, trained on PolNeAR, also marks beliefs, wishes and plain actions ("want",
     * "know", "ignores"), which the ledger does not record as claims.
     *
     * @param tokens the learned cue's tokens [first, last]
     */
    static Optional<Cue> readLearned(SentenceGraph g, int[] tokens) {
        StringBuilder lemma = new StringBuilder();
        for (int i = tokens[0]; i <= tokens[1]; i++) lemma.append(lemma.length() == 0 ? "" : " ").append(g.lemma(i));
        for (int head = tokens[0]; head <= tokens[1]; head++) {
            if (g.rel(head).startsWith("aux")) continue;
            StringBuilder phrase = new StringBuilder(g.lemma(head));
            for (int i = head + 1; i <= tokens[1]; i++) {
                phrase.append(' ').append(g.lemma(i));
                Optional<CueClass> cls = CueLexicon.phrasalClass(phrase.toString());
                if (cls.isPresent()) return Optional.of(new Cue(tokens[0], tokens[1], head, lemma.toString(), cls.get()));
            }
            Optional<CueClass> cls = g.pos(head).startsWith("VB") || g.pos(head).startsWith("JJ")
                    ? CueLexicon.verbClass(g.lemma(head)) : Optional.empty();
            if (g.lemma(head).equals("call")) cls = callClass(g, head);
            // "has finally approved the aid", "have published a screenshot": the tagger's cue, the rules' reading
            if (cls.isPresent() && (enacting(g, head) || reportsAThing(g, head) || bareParticiple(g, head)
                    || hypothetical(g, head) || onlyMeant(g, head) || notPerformed(g, head) || choiceToAct(g, head)
                    || question(g, head) || eventSubject(g, head) || endangers(g, head)))
                return Optional.empty();
            if (cls.isPresent()) return Optional.of(new Cue(tokens[0], tokens[1], head, lemma.toString(), cls.get()));
        }
        return Optional.empty();
    }
}
