package org.sitrep.attribute;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Claim;
import org.sitrep.model.CueClass;
import org.sitrep.model.Doc;
import org.sitrep.model.Evidence;
import org.sitrep.model.Layer;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Merges the learned {@link AttributionTagger}'s attributions into the rule claims: widens a rule claim's content
 * with the learned content of the same cue, and turns a learned attribution where no rule cue stands into a claim
 * when its cue is a reporting expression of the lexicon and its speaker an actor or a named person. Shares the
 * document's discourse state (speakers, chains, statement dates) with the rules; one instance per document.
 */
final class LearnedMerge {
    /** Learned claims never outrank rule-built ones (0.75 with a resolved speaker). */
    private static final double LEARNED_CONFIDENCE_CAP = 0.7;
    /** Below the tagger's toss-up point a learned cue is more often a plain event verb ("attacked") than a cue. */
    private static final double LEARNED_CONFIDENCE_MIN = 0.5;

    private final Doc doc;
    private final List<Attribution> learned;
    private final SpeakerResolver speakers;
    private final ReportingChains chains;
    private final StatementDater dates;

    LearnedMerge(Doc doc, List<Attribution> learned, SpeakerResolver speakers, ReportingChains chains,
                 StatementDater dates) {
        this.doc = doc;
        this.learned = learned;
        this.speakers = speakers;
        this.chains = chains;
        this.dates = dates;
    }

    /** The learned attributions, in the tagger's order. */
    List<Attribution> attributions() {
        return learned;
    }

    /** Whether a learned cue overlaps a rule cue of the sentence or an earlier claim's cue. */
    static boolean overlapsRuleCue(SentenceGraph g, List<Cue> cues, List<Claim> claims, Span cue) {
        for (Cue c : cues) if (g.span(c.first(), c.last()).overlaps(cue)) return true;
        for (Claim c : claims) if (c.cue().overlaps(cue)) return true;
        return false;
    }

    /**
     * The rule claim with its content widened by the learned content of the same cue: to the right within the
     * content's sentence, where the rules stopped at a clause they could not read ("said the road into the city
     * [was under drone surveillance]"); to the left only into earlier sentences, for a quotation that began
     * there. What the rules deliberately leave out at the start ("that", "for the first time") stays out.
     */
    Claim withLearnedContent(Claim c) {
        return withLearnedContent(c, null, List.of());
    }

    /**
     * Adjunct openers after a comma where a learned widening stops, as the rules' cut does: the circumstances the
     * reporter adds ("…, as the country struggles to …", "…, with the war recently crossing …") and a participle of
     * another speech act ("…, speaking of …"). Not "amid" or "despite": "…, amid a dispute over …" is as often what
     * was reported.
     */
    private static final java.util.Set<String> WIDENING_STOPS = ContentFinder.ADJUNCT_OPENERS.stream()
            .filter(w -> !w.equals("amid") && !w.equals("despite")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * As {@link #withLearnedContent(Claim)}, but the widening stops where the rules end a content on purpose: before
     * another cue of the sentence that the same speaker goes on with ("… and added that …"), and at a comma before an
     * adjunct opener ({@link #WIDENING_STOPS}), outside quotation marks.
     *
     * @param g    the claim's sentence; null for no cues
     * @param cues the rule cues of the claim's sentence (document-wide token indices)
     */
    Claim withLearnedContent(Claim c, SentenceGraph g, List<Cue> cues) {
        for (Attribution a : learned) {
            if (!a.cue().overlaps(c.cue()) || a.content().isEmpty()) continue;
            Span learnedContent = contentOf(a);
            if (!learnedContent.contains(c.content()) || learnedContent.overlaps(c.cue())) continue;
            Sentence s = sentenceAt(c.content().start());
            int start = learnedContent.start() < s.span().start() ? learnedContent.start() : c.content().start();
            int end = c.content().end();
            List<Token> tokens = doc.get(Layer.TOKENS);
            boolean quoted = false;
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = tokens.get(i);
                if (t.span().end() > learnedContent.end()) break;
                String w = t.span().of(doc.text());
                if (t.span().start() >= start && ContentFinder.isQuote(w)) quoted = ContentFinder.quotedAfter(w, quoted);
                if (t.span().end() <= end) continue;
                String next = i + 1 < s.endToken() ? tokens.get(i + 1).span().of(doc.text()).toLowerCase(java.util.Locale.ROOT) : "";
                if (!quoted && (goesOn(g, cues, c, i) || w.equals(",") && WIDENING_STOPS.contains(next)
                        || g != null && g.contains(i) && ContentFinder.occasionAfterQuote(g, i)))
                    break;
                boolean closesOwnQuote = SentenceGraph.isClosingQuote(w)
                        && doc.text().substring(start, t.span().start()).matches("(?s).*[“\"«].*");
                if (Character.isLetterOrDigit(w.charAt(0)) || closesOwnQuote) end = t.span().end();
            }
            Span widened = new Span(start, end);
            if (widened.equals(c.content())) return c;
            Evidence e = c.evidence();
            Span all = new Span(Math.min(e.span().start(), start), Math.max(e.span().end(), end));
            return c.withContent(widened, new Evidence(e.article(), all, e.stage(), e.stageVersion(), e.confidence()));
        }
        return c;
    }

    /**
     * Whether token {@code i} (or the "and" / comma before it) opens another cue of the sentence whose source is the
     * claim's own: the speaker going on ("… and added that …"), not a cue inside what was said.
     */
    private boolean goesOn(SentenceGraph g, List<Cue> cues, Claim c, int i) {
        List<Token> tokens = doc.get(Layer.TOKENS);
        for (Cue o : cues) {
            if (tokens.get(o.head()).span().overlaps(c.cue()) || o.first() < i || o.isAccordingTo()) continue;
            int[] source = SpeakerResolver.sourceOf(g, o);
            if (source == null || c.source().mention() == null || !g.span(source[0], source[1]).equals(c.source().mention()))
                continue;
            int k = i;
            while (k < o.first() && isLink(tokens.get(k).span().of(doc.text()))) k++;
            if (k == o.first()) return true;
        }
        return false;
    }

    /** Words between a content and a cue its speaker goes on with: "and quickly added", ", also saying". */
    private static boolean isLink(String w) {
        return Set.of(",", "and", "but", "also", "quickly", "then", "further", "later").contains(w.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * A claim from one learned attribution whose cue lies in sentence {@code g}, when its speaker resolves to a
     * registry actor or a named person (a learned source such as "some observers" is too vague for the ledger).
     */
    Optional<Claim> learnedClaim(SentenceGraph g, List<SentenceGraph> graphs, Attribution a) {
        if (a.source().isEmpty() || a.content().isEmpty() || a.confidence() < LEARNED_CONFIDENCE_MIN) return Optional.empty();
        Span sourceSpan = longest(a.source());
        SentenceGraph sg = graphs.stream().filter(x -> x.sentence.span().contains(sourceSpan)).findFirst().orElse(null);
        int[] source = sg == null ? null : tokenRange(sg.first(), sg.end(), sourceSpan);
        int[] cueTokens = tokenRange(g.first(), g.end(), a.cue());
        if (source == null || cueTokens == null) return Optional.empty();
        ActorRef speaker = speakers.resolve(sg, source, sg.span(source[0], source[1]));
        if (!speakers.isNamed(speaker) || chains.isOutletItself(speaker)) return Optional.empty();
        Span contentSpan = contentOf(a);
        int[] content = tokenRange(0, doc.get(Layer.TOKENS).size(), contentSpan);
        if (content == null) return Optional.empty();
        Optional<Cue> read = CueFinder.readLearned(g, cueTokens);
        if (read.isEmpty() || ContentFinder.onlyAPhrase(g, read.get().cueClass(), speaker, content)
                || ContentFinder.onlyATopic(g, read.get(), content)) return Optional.empty();
        Cue cue = read.get();
        CueClass cueClass = StanceReader.cueClass(g, cue, content);
        Span cueSpan = a.cue();
        Span all = new Span(Math.min(Math.min(cueSpan.start(), sourceSpan.start()), contentSpan.start()),
                Math.max(Math.max(cueSpan.end(), sourceSpan.end()), contentSpan.end()));
        StatementDater.StatementDate when = dates.date(g, cue, content, speaker);
        return Optional.of(new Claim(cueSpan, cue.lemma(), cueClass, speaker, chains.chainFor(speaker), contentSpan,
                StanceReader.stance(g, cue, content), StanceReader.polarity(cueClass),
                FirstTimeMarkers.firstTime(g, content, cueClass), when.date(), when.basis(),
                new Evidence(doc.article().id(), all, ClaimExtractor.LEARNED, ClaimExtractor.VERSION,
                        Math.min(LEARNED_CONFIDENCE_CAP, a.confidence()))));
    }

    private Sentence sentenceAt(int offset) {
        List<Sentence> sentences = doc.get(Layer.SENTENCES);
        for (Sentence s : sentences) if (s.span().end() > offset) return s;
        return sentences.get(sentences.size() - 1);
    }

    /** The content as one span: all fragments when they enclose neither cue nor source, else the longest. */
    static Span contentOf(Attribution a) {
        Span whole = new Span(a.content().get(0).start(), a.content().get(a.content().size() - 1).end());
        boolean enclosesOther = whole.overlaps(a.cue()) || a.source().stream().anyMatch(whole::overlaps);
        return enclosesOther ? longest(a.content()) : whole;
    }

    static Span longest(List<Span> spans) {
        return spans.stream().max(Comparator.comparingInt(Span::length)).orElseThrow();
    }

    /** Tokens [lo, hi] among [from, to) that the span covers, or null when it covers none. */
    private int[] tokenRange(int from, int to, Span span) {
        int lo = -1, hi = -1;
        for (int i = from; i < to; i++) {
            Span t = doc.get(Layer.TOKENS).get(i).span();
            if (!t.overlaps(span)) continue;
            if (lo < 0) lo = i;
            hi = i;
        }
        return lo < 0 ? null : new int[] {lo, hi};
    }
}
