package org.sitrep.attribute;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.lexicon.CueLexicon;
import org.sitrep.model.CueClass;
import org.sitrep.model.Layer;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;

/**
 * Attributions whose content comes first, read from the words and their tags, not from the parse: a quotation or a
 * clause, then a boundary (closing quote, comma or dash), then the speaker and the reporting verb in either order
 * ("…,” Makei said.", "… - said Lavrov.", "…, the minister told reporters on Monday."), or the speaker and the verb
 * set off by commas inside the clause ("Russia, he said, was …"); and a fronted "as" clause ("As the newspaper
 * added, it is not known …"). The parser often reads the trailing verb as a
 * relative clause or a parataxis of the quotation, so a rule over the tree finds these by accident or not at all.
 * A quotation's content runs back to its opening mark, a dash form's to the dash that opens the paragraph or
 * follows a sentence end, across sentences. Stateless.
 */
final class QuoteFirst {
    /** One attribution: its cue, and its source and content tokens [lo, hi] (document-wide indices). */
    record Found(Cue cue, int[] source, int[] content) {}

    private static final Set<String> DASHES = Set.of("-", "–", "—", "--", "―");
    /** Words inside a title: "Minister of Foreign Affairs X", "Ambassador to Russia X", "X and Y". */
    private static final Set<String> NAME_LINKS = Set.of("of", "to", "for", "and");
    private static final Set<String> PRONOUN_SPEAKERS = Set.of("he", "she", "they", "we", "i");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
    /** Tags of "continued" / "continues" that report a speaker going on (not "to continue", "continuing"). */
    private static final Set<String> CONTINUING_TAGS = Set.of("VBD", "VBZ", "VBP", "VBN");
    private static final int MAX_SOURCE = 16;
    /**
     * Sentences a quotation or a dash-opened remark may reach back over: a paragraph-long quotation of a speech runs
     * to a dozen sentences; the marks and the paragraph bound it, this only guards against a stray mark.
     */
    private static final int MAX_SENTENCES_BACK = 15;

    private QuoteFirst() {}

    /** The content-first attributions of one sentence, in token order. */
    static List<Found> find(SentenceGraph g) {
        List<Found> out = new ArrayList<>();
        for (int v = g.first(); v < g.end(); v++) {
            Optional<CueClass> cls = cueClass(g, v);
            if (cls.isEmpty() && continuing(g, v)) {
                // '"…," he continued' / '- … - continued Orlov': "continue" reports only after a quotation or a dash
                Cue cue = new Cue(v, v, v, g.lemma(v), CueClass.ASSERT);
                Found f = speakerBefore(g, cue);
                if (f == null) f = speakerAfter(g, cue);
                if (f != null && (quotedOrDashed(g, f) || PRONOUN_SPEAKERS.contains(g.lower(f.source()[0])))) out.add(f);
                continue;
            }
            if (cls.isEmpty()) {
                // "As the Reuters agency notes, …": the tagger reads the verb after a noun as a plural noun
                Optional<CueClass> noun = pluralNounCue(g, v);
                Found f = noun.isEmpty() ? null : asClause(g, new Cue(v, v, v, g.lemma(v), noun.get()));
                if (f != null) out.add(f);
                continue;
            }
            Cue cue = new Cue(v, v, v, g.lemma(v), cls.get());
            Found f = speakerBefore(g, cue);
            if (f == null) f = speakerAfter(g, cue);
            if (f == null) f = asClause(g, cue);
            if (f != null) out.add(f);
        }
        return out;
    }

    /** A reporting verb in a finite or perfect form ("said", "says", "has said"); not "saying", not "to say". */
    private static Optional<CueClass> cueClass(SentenceGraph g, int v) {
        String pos = g.pos(v);
        if (!(FINITE.contains(pos) || pos.equals("VBN")) || pos.equals("MD")) return Optional.empty();
        if (g.lemma(v).equals("call")) return Optional.empty(); // "…, he called it": naming, not reporting
        return CueLexicon.verbClass(g.lemma(v));
    }

    /** "continued" / "continues" in a finite form: it goes on speaking only in the content-first forms. */
    private static boolean continuing(SentenceGraph g, int v) {
        return g.lemma(v).equals("continue") && CONTINUING_TAGS.contains(g.pos(v));
    }

    /**
     * Whether the content ends at a closing quotation mark or a dash right before the speaker block: "the war
     * continued" after a plain comma ("Talks ended, the war continued.") is no speaker going on.
     */
    private static boolean quotedOrDashed(SentenceGraph g, Found f) {
        for (int k = f.content()[1]; k < Math.min(f.source()[0], f.cue().head()) && k < g.end(); k++)
            if (DASHES.contains(g.word(k)) || isClosingQuote(g, k)) return true;
        return false;
    }

    /** A plural noun right before a comma whose lemma is a reporting verb ("notes", "reports", "writes"). */
    private static Optional<CueClass> pluralNounCue(SentenceGraph g, int v) {
        if (!g.pos(v).equals("NNS") || v + 1 >= g.end() || !g.word(v + 1).equals(",")) return Optional.empty();
        return CueLexicon.verbClass(g.lemma(v)).filter(c -> c == CueClass.ASSERT);
    }

    /** "…,” the minister said" / "…, James Heappey, the foreign minister, said" / "Russia, he said, was …". */
    private static Found speakerBefore(SentenceGraph g, Cue cue) {
        int v = cue.head();
        int j = v - 1;
        while (j >= g.first() && (g.pos(j).equals("RB") || g.pos(j).equals("MD") || isAuxiliary(g, j))) {
            if (NEGATIONS.contains(g.lower(j))) return null; // "…, he did not say"
            j--;
        }
        int[] source;
        int lo = nounPhraseBefore(g, j);
        int appositive = lo >= 0 ? afterAppositiveNoun(g, lo, j) : -1;
        if (appositive >= 0) {
            // "…, something Russia has repeatedly denied" / "…, a claim the Kremlin denies": the noun before the
            // speaker stands for what the clause says, and only what its own cue reports is denied
            int b = lo - 1;
            int[] marks = b >= g.first() ? marks(g, b) : null;
            if (marks == null || marks[1] >= 0 || marks[2] == 1) return null;
            int[] content = content(g, marks);
            if (content == null) return null;
            for (int k = content[1]; k >= content[0]; k--)
                if (g.pos(k).startsWith("VB") && CueLexicon.verbClass(g.lemma(k)).isPresent()) {
                    content = k + 1 <= content[1] ? g.trimRange(k + 1, content[1]) : null;
                    break;
                }
            return content == null ? null : new Found(cue, new int[] {appositive, j}, content);
        } else if (lo >= 0) {
            source = new int[] {lo, j};
        } else if (j >= g.first() && g.word(j).equals(",")) {
            // an apposition: "James Heappey, the foreign minister, said"
            int desc = nounPhraseBefore(g, j - 1);
            if (desc < 0 || desc - 1 < g.first() || !g.word(desc - 1).equals(",")) return null;
            int name = nounPhraseBefore(g, desc - 2);
            if (name < 0 || !g.pos(desc - 2).startsWith("NNP")) return null;
            source = new int[] {name, j - 1};
        } else {
            return null;
        }
        int b = source[0] - 1;
        // "… - as Chinese propaganda describes." / "…, as the portal noted)": a trailing "as" clause of a speaker
        boolean as = b > g.first() && g.lower(b).equals("as");
        if (as) b--;
        if (b < g.first() - 1 || b < 0) return null;
        int[] marks = marks(g, b);
        if (marks == null) return null;
        if (as) {
            int[] content = nothingReportedAfter(g, v + 1) ? content(g, marks) : null;
            return content == null ? null : new Found(cue, source, content);
        }
        int[] parenthetical = parenthetical(g, b, v);
        if (parenthetical != null) return new Found(cue, source, parenthetical);
        if (!nothingReportedAfter(g, v + 1)) return null;
        int[] content = content(g, marks);
        return content == null ? null : new Found(cue, source, content);
    }

    /**
     * "Russia, he said, was challenging …": speaker and verb between commas after a bare subject, a clause after
     * them. The content is the whole sentence (a span cannot leave the speaker out); null when not this form.
     */
    private static int[] parenthetical(SentenceGraph g, int before, int verb) {
        if (!g.word(before).equals(",") || verb + 1 >= g.end() || !g.word(verb + 1).equals(",")) return null;
        int start = sentenceStart(g, before);
        if (before <= start) return null;
        for (int i = start; i < before; i++) if (FINITE.contains(g.pos(i)) || g.word(i).equals(",")) return null;
        boolean clauseAfter = false;
        for (int i = verb + 2; i < g.end() && !clauseAfter; i++) clauseAfter = FINITE.contains(g.pos(i));
        return clauseAfter ? g.trimRange(start, g.end() - 1) : null;
    }

    /** "… - said Lavrov." / "…,” said Foreign Minister X on Monday." / "…, said on Friday the head of …". */
    private static Found speakerAfter(SentenceGraph g, Cue cue) {
        int v = cue.head();
        int b = v - 1;
        // "… - once again emphasized President X": adverbs between the mark and the inverted verb
        while (b > g.first() && v - b <= 2 && g.pos(b).equals("RB") && !NEGATIONS.contains(g.lower(b))) b--;
        if (b < g.first() - 1 || b < 0) return null;
        int[] marks = marks(g, b);
        if (marks == null) return null;
        if (b < v - 1 && marks[1] < 0 && marks[2] == 0) return null; // "…, then announced the mobilization"
        int k = skipTimes(g, v + 1);
        int hi = nounPhraseAfter(g, k);
        if (hi < 0) return null;
        if (!nothingReportedAfter(g, hi + 1)) return null;
        int[] content = content(g, marks);
        return content == null ? null : new Found(cue, new int[] {k, hi}, content);
    }

    /**
     * "As the newspaper added, it is not known …" / "As Mikk Marran, director of the service, said on Wednesday, 10
     * battle groups …": a sentence opened by "as", a speaker (with an apposition) and the verb, the content after the
     * clause's comma. The parser hangs the "as" clause under the content's verb, so no rule over the tree sees it.
     */
    private static Found asClause(SentenceGraph g, Cue cue) {
        int v = cue.head();
        int as = sentenceStart(g, v);
        if (!g.lower(as).equals("as") || as + 1 >= v) return null;
        int hi = Math.min(nounPhraseAfter(g, as + 1), v - 1); // the cue itself may be tagged a noun
        if (hi <= as) return null;
        int k = hi + 1;
        if (k < v && g.word(k).equals(",")) { // an apposition up to the next comma
            int m = k + 1;
            while (m < v && !g.word(m).equals(",")) m++;
            if (m >= v || nounPhraseAfter(g, k + 1) < 0) return null;
            hi = m - 1;
            k = m + 1;
        }
        for (int i = k; i < v; i++) if (!(g.pos(i).equals("RB") || isAuxiliary(g, i))) return null;
        int comma = v + 1;
        while (comma < g.end() && !g.word(comma).equals(",")) {
            if (FINITE.contains(g.pos(comma)) || g.word(comma).equals("that")) return null;
            comma++;
        }
        if (comma + 1 >= g.end()) return null;
        int[] content = g.trimRange(comma + 1, g.end() - 1);
        if (content == null) return null;
        boolean finite = false;
        for (int i = content[0]; i <= content[1] && !finite; i++) finite = FINITE.contains(g.pos(i));
        return finite ? new Found(cue, g.trimRange(as + 1, hi), content) : null;
    }

    /**
     * The boundary marks ending at token {@code b} (a comma, a closing quote, a dash; up to three of them):
     * {contentEnd, closingQuote or -1, dash 1/0, firstMark}; null when {@code b} is no boundary.
     */
    private static int[] marks(SentenceGraph g, int b) {
        int i = b, quote = -1;
        boolean dash = false;
        while (i >= 0 && b - i < 3) {
            String w = g.word(i);
            if (w.equals(",")) {
                // a comma
            } else if (isClosingQuote(g, i)) {
                if (quote >= 0) break;
                quote = i;
            } else if (DASHES.contains(w)) {
                dash = true;
            } else {
                break;
            }
            i--;
        }
        if (i == b || i < 0) return null;
        return new int[] {quote >= 0 ? quote : i, quote, dash ? 1 : 0, i + 1};
    }

    /** The content tokens before the boundary, back to the quotation's or remark's opening; null when none. */
    private static int[] content(SentenceGraph g, int[] marks) {
        int end = marks[0], quote = marks[1];
        boolean dash = marks[2] == 1;
        int start;
        if (quote >= 0) {
            start = openingQuote(g, quote);
            // a remark opened by a dash and closed by a quotation mark ("- It was useful.I think it is positive, ”
            // said X": the translation mixed the two) runs back to the dash, as a remark closed by a dash does
            if (start < 0) start = openingDash(g, quote - 1);
            int clause = afterDateline(g, sentenceStart(g, end), end);
            // a quoted phrase inside the clause ('… was struggling with "multiple crises", she said') is not where
            // the content begins: the clause is
            if (start < 0 || start > clause && sentenceStart(g, start) == clause
                    && !Set.of(":", ";").contains(g.word(start - 1)) && !DASHES.contains(g.word(start - 1)))
                start = clause;
        } else if (dash) {
            start = openingDash(g, end);
            if (start < 0) start = sentenceStart(g, end);
        } else {
            start = afterDateline(g, sentenceStart(g, end), end);
        }
        if (start < 0 || g.paragraph(start) != g.paragraph(end)) return null;
        // "… (from the start of the war - as the portal noted)": a remark in parentheses starts inside them, and
        // may be a phrase
        boolean parenthesized = false;
        for (int k = end; k > start && quote < 0; k--) {
            if (Set.of(")", "-RRB-").contains(g.word(k))) break;
            if (Set.of("(", "-LRB-").contains(g.word(k))) {
                start = k + 1;
                parenthesized = true;
                break;
            }
        }
        // a quotation keeps both its marks (a single straight one too, which trimming would take for punctuation)
        int[] range = quote >= 0 && (g.pos(start).equals("``") || SentenceGraph.isOpeningQuote(g.word(start)))
                ? new int[] {start, end} : g.trimRange(start, end);
        if (range == null || range[1] - range[0] < 1) return null;
        boolean finite = false;
        for (int i = range[0]; i <= range[1] && !finite; i++) finite = FINITE.contains(g.pos(i));
        // a bare phrase before the comma is no content: "In Kyiv, officials said the attack …"
        if (!finite && quote < 0 && !parenthesized) return null;
        return range;
    }

    /**
     * The opening mark of the quotation closed at {@code close}, within its paragraph; -1 when none. A curly opening
     * mark inside a quotation that is still open (“It is peacekeeping … asking him: “Volodya, sit down …,” the
     * president said: the inner quotation was never closed) gives way to the outer one.
     */
    private static int openingQuote(SentenceGraph g, int close) {
        int inner = innermostOpening(g, close);
        if (inner < 0 || !isCurlyOpening(g, inner)) return inner;
        int outer = inner;
        for (int k = inner - 1, sentences = 0; k >= 0 && g.paragraph(k) == g.paragraph(close); k--) {
            if (isClosingQuote(g, k) || g.word(k).equals("\"")) break;
            if (isCurlyOpening(g, k)) outer = k;
            if (g.token(k).sentence() != g.token(k + 1).sentence() && ++sentences > MAX_SENTENCES_BACK) break;
        }
        return outer;
    }

    private static boolean isCurlyOpening(SentenceGraph g, int k) {
        return g.word(k).equals("“") || g.word(k).equals("«");
    }

    private static int innermostOpening(SentenceGraph g, int close) {
        for (int k = close - 1, sentences = 0; k >= 0 && g.paragraph(k) == g.paragraph(close); k--) {
            boolean straight = g.word(k).equals("\"");
            if (straight ? g.quoteOpening(k + 1) == k || g.pos(k).equals("``")
                    : g.pos(k).equals("``") || g.word(k).equals("“") || g.word(k).equals("«") || g.word(k).equals("‘"))
                return k;
            if (isClosingQuote(g, k)) return -1; // another quotation closed here: ours began in the gap
            if (g.token(k).sentence() != g.token(k + 1).sentence() && ++sentences > MAX_SENTENCES_BACK) return -1;
        }
        return -1;
    }

    /**
     * The first token after the dash that opens a remark ending at {@code end}: a dash at the start of a line or
     * right after a sentence end or a colon (".- We …", "he warned: - We …"), within the paragraph; -1 when none.
     */
    private static int openingDash(SentenceGraph g, int end) {
        for (int k = end, sentences = 0; k >= 0 && g.paragraph(k) == g.paragraph(end); k--) {
            if (DASHES.contains(g.word(k)) && (g.startsLine(k) || k > 0 && g.paragraph(k - 1) == g.paragraph(k)
                    && Set.of(".", "?", "!", ":").contains(g.word(k - 1))))
                return k + 1 <= end ? k + 1 : -1;
            if (k > 0 && g.token(k).sentence() != g.token(k - 1).sentence() && ++sentences > MAX_SENTENCES_BACK) return -1;
        }
        return -1;
    }

    private static int sentenceStart(SentenceGraph g, int token) {
        int s = g.token(token).sentence();
        int k = token;
        while (k > 0 && g.token(k - 1).sentence() == s) k--;
        return k;
    }

    /** Past a dateline: "MINSK, 16 February (BelTA) – No one …" starts after the dash when no verb precedes it. */
    private static int afterDateline(SentenceGraph g, int start, int end) {
        for (int k = start; k < end && k - start <= 12; k++) {
            if (FINITE.contains(g.pos(k))) return start;
            if (DASHES.contains(g.word(k)) && k > start) return k + 1;
        }
        return start;
    }

    /**
     * Whether the sentence reports nothing more after the speaker block: no "that" or colon and no finite verb
     * before the next comma ("…, he said at a press conference, BelTA has learned." is fine; "…, officials said the
     * attack was repelled" is not content-first).
     */
    private static boolean nothingReportedAfter(SentenceGraph g, int from) {
        for (int i = from; i < g.end(); i++) {
            String w = g.lower(i);
            if (w.equals(",") || w.equals(";") || w.equals(".") || DASHES.contains(w)) return true;
            if (w.equals(":") || w.equals("that") || w.equals("whether") || FINITE.contains(g.pos(i))) return false;
            if (SentenceGraph.isOpeningQuote(g.word(i)) && !isClosingQuote(g, i)) return false;
        }
        return true;
    }

    /** Nouns that stand for the preceding clause before a speaker: "…, something Russia denies", "…, a claim X rejects". */
    private static final Set<String> APPOSITIVE_NOUNS = Set.of("something", "claim", "claims", "allegation",
            "allegations", "accusation", "accusations", "charge", "charges", "assertion", "assertions");

    /**
     * The first speaker token after an appositive noun opening the noun phrase [lo, hi] ("something Russia",
     * "a claim the Kremlin"), or -1 when the phrase does not open with one or nothing is left after it.
     */
    private static int afterAppositiveNoun(SentenceGraph g, int lo, int hi) {
        int k = lo;
        if (g.pos(k).equals("DT") && !g.lower(k).equals("the")) k++;
        if (k > hi || !APPOSITIVE_NOUNS.contains(g.lower(k))) return -1;
        k++;
        return k <= hi && nounPhraseBefore(g, hi) >= 0 && (g.pos(k).startsWith("NN") || g.pos(k).equals("DT")) ? k : -1;
    }

    /** The first token of a speaker's noun phrase ending at {@code hi} ("the Romanian journalist"), or -1. */
    private static int nounPhraseBefore(SentenceGraph g, int hi) {
        if (hi < g.first()) return -1;
        if (g.pos(hi).equals("PRP")) return PRONOUN_SPEAKERS.contains(g.lower(hi)) ? hi : -1;
        int i = hi, nouns = 0;
        while (i >= g.first() && hi - i < MAX_SOURCE) {
            String p = g.pos(i);
            if (p.startsWith("NN")) nouns++;
            else if (NAME_LINKS.contains(g.lower(i)) && i < hi && i > g.first() && g.pos(i + 1).startsWith("NN")
                    && g.pos(i - 1).startsWith("NN")) { /* inside a title */ }
            else if (!(p.equals("DT") || p.startsWith("JJ") || p.equals("POS") || p.equals("PRP$") || p.equals("CD")
                    || p.equals("HYPH"))) break;
            i--;
        }
        int lo = i + 1;
        while (lo <= hi && (g.pos(lo).equals("POS") || NAME_LINKS.contains(g.lower(lo)))) lo++;
        return nouns > 0 && g.pos(hi).startsWith("NN") && lo <= hi ? lo : -1;
    }

    /** The last token of a speaker's noun phrase starting at {@code lo} ("Foreign Minister X", '"Economist"'), or -1. */
    private static int nounPhraseAfter(SentenceGraph g, int lo) {
        if (lo >= g.end()) return -1;
        if (g.pos(lo).equals("PRP")) return Set.of("he", "she").contains(g.lower(lo)) ? lo : -1;
        int i = lo, last = -1;
        List<TimeExpression> times = g.doc.get(Layer.TIMEXES);
        while (i < g.end() && i - lo < MAX_SOURCE) {
            String p = g.pos(i), w = g.word(i);
            if (isTime(times, g.token(i).span())) break; // "said the chairman … Charles Michel yesterday"
            if (p.startsWith("NN")) last = i;
            else if (NAME_LINKS.contains(g.lower(i)) && i > lo && g.pos(i - 1).startsWith("NN")
                    && (g.lower(i).equals("and") ? i + 1 < g.end() && g.pos(i + 1).startsWith("NN") : titleGoesOn(g, i + 1))) {
                /* inside a title: "the head of the Estonian intelligence" */
            }
            else if ((w.equals("\"") || w.equals("“") || w.equals("”")) && (i == lo || last == i - 1)) {
                if (i > lo) last = i; // the closing mark of a quoted name
            } else if (!(p.equals("DT") || p.startsWith("JJ") || p.equals("POS") || p.equals("PRP$") || p.equals("CD")
                    || p.equals("HYPH"))) break;
            i++;
        }
        return last;
    }

    /** Whether a title's noun phrase goes on at {@code k} after "of": a noun, or one after an article and adjectives. */
    private static boolean titleGoesOn(SentenceGraph g, int k) {
        if (k < g.end() && g.pos(k).equals("DT")) k++;
        while (k < g.end() && g.pos(k).startsWith("JJ")) k++;
        return k < g.end() && g.pos(k).startsWith("NN");
    }

    /** Past times and their prepositions between the verb and an inverted speaker: "said on Friday the head of …". */
    private static int skipTimes(SentenceGraph g, int k) {
        List<TimeExpression> times = g.doc.get(Layer.TIMEXES);
        while (k < g.end() && (isTime(times, g.token(k).span())
                || g.pos(k).equals("IN") && k + 1 < g.end() && isTime(times, g.token(k + 1).span())))
            k++;
        return k;
    }

    private static boolean isTime(List<TimeExpression> times, Span s) {
        for (TimeExpression t : times) if (t.span().overlaps(s)) return true;
        return false;
    }

    private static boolean isAuxiliary(SentenceGraph g, int i) {
        return Set.of("have", "be", "do").contains(g.lemma(i)) && g.pos(i).startsWith("VB");
    }

    /** A mark that closes a quotation: tagged as closing, a curly closing mark, or a straight one after quoted words. */
    static boolean isClosingQuote(SentenceGraph g, int i) {
        String w = g.word(i);
        if (!SentenceGraph.isClosingQuote(w) && !w.equals("'")) return false;
        if (w.equals("”") || w.equals("»")) return true;
        if (w.equals("“") || w.equals("‘")) return false;
        // a straight mark: after quoted words it closes, whatever the tagger said
        if (w.equals("\"") && i > 0 && (g.quoteOpening(i - 1) >= 0 || i > 1 && g.quoteOpening(i - 2) >= 0)) return true;
        return g.pos(i).equals("''");
    }
}
