package org.sitrep.attribute;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Layer;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.lexicon.CueLexicon;
import org.sitrep.model.CueClass;

/**
 * Finds what a cue reports: the clausal complement after it (without "that", the statement's own date and "for
 * the first time"), a fronted clause before it ("Russia will respond, the minister said"), or the rest of the
 * sentence around "according to X". Stateless.
 */
final class ContentFinder {
    private static final Set<String> SKIP_BEFORE_CONTENT = Set.of("that", "also", "publicly", "officially", "again",
            "repeatedly", "earlier", "later", "today", "yesterday", "once", "recently", "previously", "openly");

    private ContentFinder() {}

    /**
     * Content tokens [lo, hi] of a verb cue, or null when the cue has nothing to report.
     *
     * @param cues   every cue of the sentence: a coordinated cue sharing the subject ends the content
     * @param source the source tokens, or null
     */
    static int[] contentOf(SentenceGraph g, Cue cue, List<Cue> cues, int[] source) {
        int verb = cue.head();
        // 'told reporters on Friday: "There is no war here."': a quotation opened after a colon is what was said,
        // also where a clause before the cue hangs from it ('… is imminent, Zelensky told reporters: "…"')
        int colon = colonBeforeQuotation(g, cue);
        if (colon >= 0) {
            int[] range = g.trimRange(colon + 1, g.end() - 1);
            int close = range == null ? -1 : quotationClose(g, colon + 1);
            return close >= 0 ? new int[] {range[0], close} : range;
        }
        // Content before the cue: "Russia will respond, the minister said."
        for (int c : g.children(verb))
            if ((g.rel(c).equals("ccomp") || g.rel(c).equals("parataxis")) && c < cue.first()) {
                int[] range = g.subtree(c);
                return g.trimRange(range[0], Math.min(range[1], cue.first() - 1));
            }
        if (SpeakerResolver.saidAsMark(g, verb)) { // ", saying he felt …": the clause the participle marks
            int[] clause = g.subtree(g.head(verb));
            return g.trimRange(verb + 1, trailingAdjunctCut(g, verb + 1, clause[1]));
        }
        // "Reuters' reports were confirmed in the afternoon by the minister": a statement's passive subject is what
        // its agent said, when no clause follows ("it was confirmed by X that …" has one)
        int pass = g.child(verb, "nsubj:pass");
        if (pass >= 0 && pass < cue.first() && !g.pos(pass).startsWith("W") // "which was published by": a relative
                && source != null && source[0] > cue.last()
                && (cue.cueClass() == CueClass.ASSERT || cue.cueClass() == CueClass.ACKNOWLEDGE)
                && g.children(verb).stream().noneMatch(c -> g.rel(c).equals("ccomp") || g.rel(c).equals("xcomp")))
            return g.trimmed(pass);
        int start = cue.last() + 1;
        // A clausal complement after the cue is the content; what stands between ("said in its daily summary
        // that", "told reporters that") is not.
        int clause = -1;
        for (int c : g.children(verb))
            if ((g.rel(c).equals("ccomp") || g.rel(c).equals("xcomp")) && c > cue.last() && clause < 0) clause = c;
        if (clause >= 0) start = Math.max(start, g.subtree(clause)[0]);
        int obj = g.childExactly(verb, "obj");
        // A demand's addressee belongs to what is demanded: "called on Moscow to stop the attacks".
        if (clause >= 0 && obj > cue.last() && (cue.cueClass() == CueClass.DEMAND || cue.cueClass() == CueClass.ORDER))
            start = Math.min(start, g.subtree(obj)[0]);
        // "cautioned other armies that …": the parser may hang the clause on the addressee; it is still what was said
        int onAddressee = clause < 0 && obj > cue.last() && ADDRESSED.contains(cue.lemma()) ? clauseOn(g, obj) : -1;
        if (onAddressee >= 0 && g.subtree(onAddressee)[0] > Math.max(obj, cue.last()))
            start = g.subtree(onAddressee)[0];
        else if (clause < 0 && CueLexicon.ADDRESSEE_VERBS.contains(cue.lemma())) {
            int split = splitClause(g, verb, cue);
            if (split < 0) return null; // "told Reuters": none
            start = g.subtree(split)[0];
        }
        start = skipToContent(g, start);
        // "Peace can come within days, the president said as he met the envoys.": what follows is the reporter's
        // adjunct; the clause fronted before ", SOURCE said" is the content
        if (start < g.end() && CIRCUMSTANCE_OPENERS.contains(g.lower(start)) && source != null
                && source[1] < cue.first() && source[0] - 2 >= g.first() && g.word(source[0] - 1).equals(",")) {
            int[] fronted = g.trimRange(g.first(), source[0] - 2);
            if (fronted != null) fronted = g.trimRange(afterDateline(g, fronted[0], fronted[1]), fronted[1]);
            if (fronted != null && hasFiniteVerb(g, fronted)) return fronted;
        }
        int end = g.subtree(verb)[1];
        // A conjunct of the reporting verb itself is not part of what was said (one inside the complement hangs
        // from the complement's verb): the speaker's next predicate ("said the talks failed and toured the site"),
        // another report ("urged X to …, and he accused Moscow of …"), or the writer's narration in the past ("said
        // the port was open, but the ships stayed at anchor"). A present-tense clause with a subject of its own
        // may go on with the speaker's words ("said the ban is vital, and the economy can bear it") and stays.
        for (int c : g.children(verb))
            if (g.rel(c).equals("conj") && g.subtree(c)[0] > start && notReported(g, c, cues))
                end = Math.min(end, g.subtree(c)[0] - 1);
        for (Cue other : cues) {
            if (other == cue || other.first() <= start || other.first() > end) continue;
            boolean sharesSubject = g.child(other.head(), "nsubj") < 0 && g.child(other.head(), "nsubj:pass") < 0;
            boolean coordinated = g.rel(other.head()).equals("conj") || g.rel(other.head()).equals("advcl");
            if (sharesSubject && coordinated) end = Math.min(end, leftEdge(g, other.first()) - 1);
        }
        if (source != null && source[0] > cue.last()) end = Math.min(end, source[0] - 1);
        end = frontedClauseEnd(g, cue, start, end);
        return g.trimRange(start, trailingAdjunctCut(g, start, end));
    }

    /** Whether conjunct {@code c} of a reporting verb is no part of its content (see contentOf). */
    private static boolean notReported(SentenceGraph g, int c, List<Cue> cues) {
        boolean ownSubject = g.child(c, "nsubj") >= 0 || g.child(c, "nsubj:pass") >= 0 || g.child(c, "expl") >= 0;
        if (!ownSubject || cues.stream().anyMatch(other -> other.head() == c)) return true;
        if (g.pos(c).equals("VBD")) return true;
        for (int a : g.children(c))
            if (g.rel(a).startsWith("aux") && (g.pos(a).equals("VBD") || g.lemma(a).equals("have"))) return true;
        return false;
    }

    /**
     * After "told" + addressee, a clause the parser split into an object and a bare verb: "told the BBC the alliance
     * never comments on leaks" (BBC iobj, alliance obj, comments dep). The object, when an addressee comes before it
     * and a finite verb without a subject of its own follows it under the cue; -1 otherwise.
     */
    static int splitClause(SentenceGraph g, int verb, Cue cue) {
        int addressee = g.childExactly(verb, "iobj"), obj = g.childExactly(verb, "obj");
        if (addressee < 0 || obj <= addressee || obj <= cue.last()) return -1;
        for (int c : g.children(verb))
            if (c > obj && Set.of("dep", "parataxis").contains(g.rel(c)) && FINITE.contains(g.pos(c))
                    && g.childExactly(c, "nsubj") < 0) return obj;
        return -1;
    }

    /** Verbs whose object is whom they address, before what they say: "warned other states that …". */
    private static final Set<String> ADDRESSED = Set.of("tell", "inform", "brief", "assure", "warn", "remind",
            "caution", "notify");

    /** A clause the parser hung on {@code noun} after it ("other armies that any attempt … would meet fire"), or -1. */
    private static int clauseOn(SentenceGraph g, int noun) {
        for (int c : g.children(noun))
            if (c > noun && g.rel(c).equals("ccomp") && finiteClause(g, c)) return c;
        return -1;
    }

    /** Whether the clause headed by {@code head} has a finite verb or a modal: a clause, not a noun's complement. */
    private static boolean finiteClause(SentenceGraph g, int head) {
        if (FINITE.contains(g.pos(head))) return true;
        for (int c : g.children(head))
            if (g.rel(c).startsWith("aux") && FINITE.contains(g.pos(c))) return true;
        return false;
    }

    /** Subordinators that front a statement before the sentence's main clause: "Although Moscow says A, B …". */
    private static final Set<String> FRONTING_MARKS = Set.of("although", "though", "whereas", "while");

    /** Parts of speech of a noun phrase that can open a clause as its subject: "Western diplomats", "NATO". */
    private static final Set<String> SUBJECT_TAGS = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS",
            "PRP", "PRP$", "CD", "POS");

    /**
     * For a cue in a clause fronted by "although" / "while" ("Although Moscow assures that it is withdrawing its
     * troops, Western diplomats say …"), the last content token: before the first comma, outside quotation marks,
     * that has a finite verb before it and opens a clause with a subject of its own after it (not a relative
     * clause's comma, not ", regrouped and attacked"). The parser often hangs the main clause under the fronted one,
     * and the content ran on to the sentence end. {@code end} when the cue's clause is not fronted so.
     */
    static int frontedClauseEnd(SentenceGraph g, Cue cue, int start, int end) {
        int mark = g.childExactly(cue.head(), "mark");
        if (mark != g.first() || !FRONTING_MARKS.contains(g.lower(mark))) return end;
        boolean verb = false, quoted = false;
        for (int i = start; i < end; i++) {
            String w = g.word(i);
            if (isQuote(w)) {
                quoted = quotedAfter(w, quoted);
                continue;
            }
            if (quoted) continue;
            if (FINITE.contains(g.pos(i))) verb = true;
            if (w.equals(",") && verb && opensClause(g, i + 1, end)) return i - 1;
        }
        return end;
    }

    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

    /** Whether a noun phrase of up to six words starting at {@code i} is followed by a finite verb: its subject. */
    private static boolean opensClause(SentenceGraph g, int i, int end) {
        int k = i;
        while (k <= end && k < i + 6 && SUBJECT_TAGS.contains(g.pos(k))) k++;
        return k > i && k <= end && FINITE.contains(g.pos(k));
    }

    /**
     * The colon right after a cue and its addressee or time ("told reporters on Friday:"), when a quotation opens
     * after it; -1 when there is none. A verb, "that" or a quotation mark before the colon means the cue's content
     * has begun already.
     */
    static int colonBeforeQuotation(SentenceGraph g, Cue cue) {
        for (int k = cue.last() + 1; k < g.end() && k <= cue.last() + 8; k++) {
            String w = g.word(k);
            if (w.equals(":"))
                return k + 1 < g.end() && SentenceGraph.isOpeningQuote(g.word(k + 1)) ? k : -1;
            if (g.pos(k).startsWith("VB") || g.lower(k).equals("that") || g.isPunct(k)) return -1;
        }
        return -1;
    }

    /** Sentences a quotation opened after a cue's colon may run on over (a paragraph-long quotation of a speech). */
    private static final int MAX_QUOTED_SENTENCES = 15;

    /**
     * The closing mark of the quotation opened at token {@code open} when it closes after the sentence ends, within
     * the paragraph and a few sentences ('tweeted: "Stop issuing visas. Visiting Europe is a privilege."' is one
     * statement); -1 when it closes inside the sentence or not at all.
     */
    static int quotationClose(SentenceGraph g, int open) {
        for (int k = open + 1; k < g.end(); k++)
            if (g.quoteOpening(k) != open) return -1; // closed (or never opened) inside the sentence
        int sentences = 0;
        for (int k = g.end(); k < g.size() && g.paragraph(k) == g.paragraph(open); k++) {
            if (g.quoteOpening(k) == open) {
                if (g.token(k).sentence() != g.token(k - 1).sentence() && ++sentences > MAX_QUOTED_SENTENCES) return -1;
                continue;
            }
            return isQuote(g.word(k)) ? k : -1;
        }
        return -1;
    }

    /**
     * Whether tokens [lo, hi] hold a finite verb outside a relative clause: "the statement about the strike, whose
     * cause she doubted" is still a noun phrase.
     */
    private static boolean finiteOutsideRelatives(SentenceGraph g, int[] range) {
        for (int i = range[0]; i <= range[1]; i++) {
            if (!FINITE.contains(g.pos(i))) continue;
            boolean relative = false;
            for (int k = i, steps = 0; k >= range[0] && k <= range[1] && steps < 50 && !relative; steps++) {
                relative = g.rel(k).equals("acl:relcl");
                k = g.head(k);
            }
            if (!relative) return true;
        }
        return false;
    }

    /** Whether tokens [lo, hi] hold a finite verb: a clause, not a fronted participle ("Announcing her resignation"). */
    private static boolean hasFiniteVerb(SentenceGraph g, int[] range) {
        for (int i = range[0]; i <= range[1]; i++)
            if (FINITE.contains(g.pos(i))) return true;
        return false;
    }

    static boolean isQuote(String w) {
        return w.equals("\"") || w.equals("'") || SentenceGraph.isOpeningQuote(w) || SentenceGraph.isClosingQuote(w);
    }

    /** Whether the text is inside a quotation after quotation mark {@code w}: straight marks open and close alike. */
    static boolean quotedAfter(String w, boolean quoted) {
        return w.equals("\"") || w.equals("'") ? !quoted : SentenceGraph.isOpeningQuote(w);
    }

    /**
     * The first token after a wire dateline that opens tokens [lo, hi] ("MINSK, 30 September (BelTA) – …"): a
     * capitalized place, then a parenthesis closed before a dash, within the first twelve tokens; lo when none.
     */
    static int afterDateline(SentenceGraph g, int lo, int hi) {
        String first = g.word(lo);
        if (first.length() < 2 || !first.equals(first.toUpperCase(java.util.Locale.ROOT))) return lo;
        for (int i = lo + 1; i < hi && i <= lo + 12; i++)
            if (g.word(i).equals(")") || g.word(i).equals("-RRB-"))
                return Set.of("-", "\u2013", "\u2014", "--").contains(g.word(i + 1)) && i + 2 <= hi ? i + 2 : lo;
        return lo;
    }

    /** Words that open the circumstances of a statement after its cue: "said as he met the envoys". */
    private static final Set<String> CIRCUMSTANCE_OPENERS = Set.of("as", "while", "during", "amid");

    /** Words that open a reporter's adjunct after a comma: "…, during a visit", "…, as the country struggles". */
    static final Set<String> ADJUNCT_OPENERS = Set.of("while", "as", "with", "during", "saying", "adding",
            "according", "citing", "although", "though", "amid", "despite", "after", "before", "when", "speaking",
            "claiming", "noting", "stressing", "insisting", "warning", "calling", "urging", "describing",
            // the speaker going on with another speech act ("…, emphasizing that …"): a claim of its own
            "emphasizing", "emphasising", "underlining", "underscoring", "recalling", "reiterating",
            "arguing", "reminding", "asserting", "acknowledging", "admitting", "repeating");

    /** Participles of the speaker going on with another speech act: "…, speaking of the country as …". */
    static final Set<String> SPEECH_PARTICIPLES = Set.of("speaking", "claiming", "noting", "stressing", "insisting",
            "warning", "calling", "urging", "describing", "adding");

    /**
     * The last content token before a reporter's trailing adjunct, outside quotation marks: a comma and an adjunct
     * opener ("…, with the meeting taking place a day after …"), or a dash and a lower-case word ("… - while keeping
     * silent on …", "… - a claim the US had predicted …"). {@code end} when there is none.
     */
    static int trailingAdjunctCut(SentenceGraph g, int start, int end) {
        boolean quoted = false;
        for (int i = start; i < end; i++) {
            String w = g.word(i);
            if (isQuote(w)) {
                quoted = quotedAfter(w, quoted);
                continue;
            }
            if (quoted || i == start) continue;
            // '… would "lead to consequences" in a televised address': after a closing quotation mark, the occasion
            // of the statement is the reporter's
            if (occasionAfterQuote(g, i)) return i - 1;
            String next = g.word(i + 1);
            boolean lower = !next.isEmpty() && Character.isLowerCase(next.charAt(0));
            if (w.equals(",") && ADJUNCT_OPENERS.contains(g.lower(i + 1))) return i - 1;
            if (w.equals(",") && summativeApposition(g, i + 1, end)) return i - 1;
            Span dash = g.token(i).span();
            String text = g.doc.text(); // spaced on both sides: not "full-scale", not "de -escalate"
            boolean spaced = dash.start() > 0 && Character.isWhitespace(text.charAt(dash.start() - 1))
                    && dash.end() < text.length() && Character.isWhitespace(text.charAt(dash.end()));
            if (Set.of("-", "\u2013", "\u2014", "--").contains(w) && spaced && lower) return i - 1;
        }
        return end;
    }

    /** Nouns a writer sums up a reported statement or act with: "…, a claim Kyiv rejects", "…, a move that …". */
    private static final Set<String> SUMMARY_NOUNS = Set.of("claim", "charge", "allegation", "accusation", "assertion",
            "move", "step", "reference", "wording", "remark", "characterization", "characterisation");

    /**
     * Whether tokens from {@code i} open a summative apposition that runs to the content's end: "something" or "a
     * claim", "an apparent reference" after a comma, commenting on the whole report ("accused Russia of planning an
     * invasion, something Moscow has denied"): the writer's remark, not what was said.
     */
    static boolean summativeApposition(SentenceGraph g, int i, int end) {
        if (i > end) return false;
        if (g.lower(i).equals("something")) return i < end;
        if (!g.lower(i).equals("a") && !g.lower(i).equals("an")) return false;
        int noun = i + 1 <= end && g.pos(i + 1).startsWith("JJ") ? i + 2 : i + 1;
        return noun <= end && SUMMARY_NOUNS.contains(g.lower(noun));
    }

    private static final Set<String> OCCASION_PREPOSITIONS = Set.of("in", "during", "at", "on");
    /** Nouns of the occasion a statement is made on: "in a televised address", "during a press conference". */
    private static final Set<String> OCCASION_NOUNS = Set.of("address", "speech", "interview", "statement", "briefing",
            "conference", "post", "message", "video", "broadcast", "remarks", "comments", "tweet", "appearance");

    /**
     * Whether token {@code p}, right after a quotation mark, is a preposition whose phrase names the occasion of a
     * statement ('…" in a televised address', '…" during a press conference'): the reporter's, not what was said.
     */
    static boolean occasionAfterQuote(SentenceGraph g, int p) {
        if (p - 1 < g.first() || !isQuote(g.word(p - 1)) || !OCCASION_PREPOSITIONS.contains(g.lower(p))) return false;
        int noun = g.head(p);
        return noun > p && g.rel(p).equals("case")
                && OCCASION_NOUNS.contains(g.lemma(noun).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether a cue's content tokens say nothing: one prepositional phrase ("welcome in holiday destinations",
     * "written, in his case"); only an actor's concern is about a phrase ("is concerned about the deployment"), and
     * a demand for one ("appealed for more air defence").
     */
    static boolean onlyAPhrase(SentenceGraph g, CueClass cls, ActorRef speaker, int[] content) {
        boolean askedFor = cls == CueClass.DEMAND && g.lower(content[0]).equals("for");
        return prepositionalOnly(g, content[0], content[1]) && !(cls == CueClass.CONCERN && speaker.code() != null)
                && !askedFor;
    }

    /** Nouns of those a report rests on: "citing people familiar with the matter", "citing two officials". */
    private static final Set<String> SOURCE_NOUNS = Set.of("people", "person", "source", "official", "agency",
            "media", "outlet", "newspaper", "report", "analyst", "expert", "diplomat", "insider", "document");

    /**
     * Whether "cite" names only whom a report rests on — "…, citing people familiar with the matter", "X, cited by
     * the agency" — and no reason given: a relay, no claim ("citing security concerns" gives a reason and is one).
     */
    static boolean onlyASource(SentenceGraph g, Cue cue, int[] content) {
        if (!g.lemma(cue.head()).equals("cite") || !g.contains(content[0]) || !g.contains(content[1])
                || hasFiniteVerb(g, content)) return false;
        int first = content[0];
        while (first < content[1] && (g.isPunct(first) || isQuote(g.word(first)))) first++;
        if (g.lower(first).equals("by")) return true;
        for (int i = first; i <= content[1]; i++) {
            int h = g.head(i);
            if (g.isPunct(i) || (h >= content[0] && h <= content[1])) continue;
            return SOURCE_NOUNS.contains(g.lemma(i).toLowerCase(java.util.Locale.ROOT))
                    || SOURCE_NOUNS.contains(g.lower(i).replaceAll("s$", ""));
        }
        return false;
    }

    /**
     * Verbs whose bare noun object is what they are about, not what is said: "assessed the situation", "explained
     * his remarks about the strike" (what is explained is the topic; "explained that …" / "why …" says something).
     */
    private static final Set<String> TOPIC_VERBS = Set.of("assess", "describe", "mention", "repeat", "explain");

    /**
     * Whether a cue's content after it is only a noun phrase that the verb is about: "assessed the situation in the
     * east", "described the costs in detail", "repeat Moscow's narrative". A clause, a quotation or an "as" phrase
     * ("described the talks as candid") says something; so does a passive's subject ("this statement was repeated").
     */
    static boolean onlyATopic(SentenceGraph g, Cue cue, int[] content) {
        if (onlyASource(g, cue, content)) return true;
        if (!TOPIC_VERBS.contains(g.lemma(cue.head())) || content[0] <= cue.last() || !g.contains(content[0])
                || !g.contains(content[1]) || finiteOutsideRelatives(g, content)) return false;
        boolean noun = false;
        for (int i = content[0]; i <= content[1]; i++) {
            boolean closingStraight = i == content[1] && g.word(i).equals("\""); // '… in detail"' ends a quotation
            if (SentenceGraph.isOpeningQuote(g.word(i)) && !closingStraight || g.lower(i).equals("as")) return false;
            int h = g.head(i);
            if (g.isPunct(i) || (h >= content[0] && h <= content[1])) continue;
            // a phrase's head under the verb ("in detail") may stand beside the object; a predicate may not
            if (g.pos(i).startsWith("VB") || g.pos(i).startsWith("JJ")) return false;
            noun |= g.pos(i).startsWith("NN") && !g.rel(i).startsWith("obl");
        }
        return noun;
    }

    /**
     * Whether content tokens [lo, hi] are one prepositional phrase and no clause: "welcome in holiday destinations",
     * "written, in his case", "announced, among others, new programmes". A reporting verb's content is what is said
     * (a clause, a quotation, an object); a phrase led by a preposition only says where, how or about what.
     */
    static boolean prepositionalOnly(SentenceGraph g, int lo, int hi) {
        if (!g.contains(lo) || !g.contains(hi) || !g.rel(lo).equals("case")) return false;
        int root = -1;
        for (int i = lo; i <= hi; i++) {
            int h = g.head(i);
            if (g.isPunct(i) || (h >= lo && h <= hi)) continue;
            if (root >= 0) return false; // two phrases side by side: not one PP
            root = i;
        }
        return root >= 0 && g.head(lo) == root && !g.pos(root).startsWith("VB");
    }

    /** "According to X, …" / "…, according to X.": the rest of the sentence; null without a source. */
    static int[] accordingContent(SentenceGraph g, Cue cue, int[] source) {
        if (source == null) return null;
        // "That's according to a survey by …": the sentence before is what the source says
        if (pointsBack(g, cue) && g.first() > 0) {
            int last = g.first() - 1, first = last;
            while (first > 0 && g.token(first - 1).sentence() == g.token(last).sentence()) first--;
            return g.trimRange(first, last);
        }
        int lo = g.first(), hi = g.end() - 1;
        if (cue.first() <= lo + 1) lo = Math.max(source[1], cue.last()) + 1; // "According to X, …", "In his opinion, …"
        else hi = cue.first() - 1;                      // "…, according to X."
        return g.trimRange(lo, hi);
    }

    /** Whether "according to" follows a sentence-opening "That's" / "That is" / "This is": it points back. */
    static boolean pointsBack(SentenceGraph g, Cue cue) {
        int k = g.first();
        return cue.first() == k + 2 && Set.of("that", "this").contains(g.lower(k)) && g.lemma(k + 1).equals("be");
    }

    /**
     * The first content token from {@code i} on, past what stands between cue and content. A time before
     * "that" dates the statement ("said on Tuesday that …") and is skipped; a time after it dates the reported
     * events ("said that on the evening of March 9 the forces struck …") and starts the content.
     */
    static int skipToContent(SentenceGraph g, int i) {
        List<TimeExpression> times = g.doc.get(Layer.TIMEXES);
        boolean afterThat = false;
        while (i < g.end()) {
            String w = g.lower(i);
            Optional<TimeExpression> t = afterThat ? Optional.empty() : timexAt(times, g, i);
            if (t.isPresent()) {
                i = g.tokenAfter(t.get().span().end());
            } else if (w.equals("that") && !afterThat) {
                afterThat = true;
                i++;
            } else if (!afterThat && (g.pos(i).equals("IN") || g.pos(i).equals("TO")) && nextIsTime(g, times, i)) {
                i++;
            } else if (w.equals("for") && i + 3 < g.end() && g.lower(i + 2).equals("first") && g.lower(i + 3).equals("time")) {
                i += 4;
            } else if (SKIP_BEFORE_CONTENT.contains(w) || (g.isPunct(i) && !SentenceGraph.isOpeningQuote(g.word(i)))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean nextIsTime(SentenceGraph g, List<TimeExpression> times, int i) {
        for (int j = i + 1; j < g.end() && j <= i + 2; j++) {
            if (timexAt(times, g, j).isPresent()) return true;
            if (!(g.pos(j).equals("IN") || g.pos(j).equals("TO"))) return false;
        }
        return false;
    }

    private static Optional<TimeExpression> timexAt(List<TimeExpression> times, SentenceGraph g, int token) {
        Span s = g.token(token).span();
        for (TimeExpression t : times) if (t.span().overlaps(s)) return Optional.of(t);
        return Optional.empty();
    }

    /** The first token of the conjunct at {@code token}: conjunctions and punctuation before it belong to neither. */
    private static int leftEdge(SentenceGraph g, int token) {
        int i = token;
        // "… and quickly added": an adverb of the conjunct's own verb belongs to it
        while (i - 1 >= g.first() && g.pos(i - 1).startsWith("RB") && g.head(i - 1) == token) i--;
        while (i - 1 >= g.first() && (g.pos(i - 1).equals("CC") || g.isPunct(i - 1))) i--;
        return i;
    }
}
