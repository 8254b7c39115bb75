package org.sitrep.attribute;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.ActorMention;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Claim;
import org.sitrep.model.Doc;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Evidence;
import org.sitrep.model.Layer;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.StageVersions;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimeMention;
import org.sitrep.model.TimeValue;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Stage;

/**
 * Finds attributed claims: a reporting cue (verb, phrasal verb, "according to"), its source and its content, over
 * the dependency parse; then resolves the speaker to an actor, builds the reporting chain, and reads the reporter's
 * stance, the polarity, first-acknowledgment markers and the statement date. Thread-safe and deterministic.
 *
 * <p>The rules come first. The learned {@link AttributionTagger} (if given) then widens rule content the rules
 * cut short (also over several sentences of a quotation), and adds its own attributions where no rule cue stands,
 * when their cue is a reporting expression of the lexicon whose parse the rules misread ("is calling on") and
 * their speaker is a known actor or a named person, also a sentence or two away.
 */
public final class ClaimExtractor implements Stage {
    static final String NAME = "claims";
    /** Recorded with the output's fingerprint in {@link StageVersions}; a test says when to add a new one. */
    static final String VERSION = StageVersions.current(NAME);
    /** The evidence stage of claims the learned tagger found (the rules' are {@link #NAME}): users can tell them apart. */
    static final String LEARNED = NAME + ".tagger";
    /** Learned claims never outrank rule-built ones (0.75 with a resolved speaker). */
    private static final double LEARNED_CONFIDENCE_CAP = 0.7;
    /** Below the tagger's toss-up point a learned cue is more often a plain event verb ("attacked") than a cue. */
    private static final double LEARNED_CONFIDENCE_MIN = 0.5;
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i");
    private static final Set<String> DISTANCING_WORDS = Set.of("allegedly", "reportedly", "purportedly",
            "supposedly", "ostensibly", "so-called");
    private static final Set<String> ENDORSING_WORDS = Set.of("rightly", "correctly", "accurately");
    private static final Set<String> SKIP_BEFORE_CONTENT = Set.of("that", "also", "publicly", "officially", "again",
            "repeatedly", "earlier", "later", "today", "yesterday", "once", "recently", "previously", "openly");
    private static final Set<String> FIRST_NOUNS = Set.of("confirmation", "acknowledgment", "acknowledgement",
            "admission", "recognition");
    private static final Set<String> ANAPHORIC_TIME = Set.of("at that time", "at the time", "that day",
            "the same day", "on the same day", "at the same time", "then");
    private static final Set<String> CHANNEL_VERBS = Set.of("report", "publish", "carry", "announce", "broadcast",
            "relay");

    private final AttributionTagger tagger;

    /** Rules and the bundled learned tagger. */
    public ClaimExtractor() {
        this(AttributionTagger.bundled());
    }

    /** @param tagger the learned tagger whose attributions complement the rules; null for rules only */
    public ClaimExtractor(AttributionTagger tagger) {
        this.tagger = tagger;
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
        return Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.DEPENDENCIES, Layer.ENTITIES, Layer.TIMEXES, Layer.TIMES,
                Layer.ACTORS);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layer.CLAIMS);
    }

    /** A claim's statement date and how it was found. */
    record StatementDate(LocalDate date, String basis) {}

    /** A cue found in a sentence: its tokens [first, last] and its lemma and class. */
    record Cue(int first, int last, int head, String lemma, String cueClass) {}

    @Override
    public Doc apply(Doc doc) {
        List<Attribution> learned = tagger == null || doc.get(Layer.TOKENS).isEmpty() ? List.of() : tagger.tag(doc);
        return doc.with(Layer.CLAIMS, new Run(doc, learned).claims());
    }

    /** The state of one pass over a document: the discourse so far. */
    private static final class Run {
        final Doc doc;
        final List<Attribution> learned;
        final List<ActorMention> actors;
        final ActorRef outlet;
        final List<Claim> claims = new ArrayList<>();
        final List<ActorRef> channels = new ArrayList<>();
        /** Every resolved grammatical subject so far, in text order: the antecedents for pronouns. */
        final List<ActorRef> subjects = new ArrayList<>();
        LocalDate lastExplicitDate;

        Run(Doc doc, List<Attribution> learned) {
            this.doc = doc;
            this.learned = learned;
            this.actors = doc.get(Layer.ACTORS).stream().sorted(Comparator.comparing(ActorMention::span)).toList();
            String name = doc.article().outlet();
            this.outlet = ActorRef.named(null, name == null || name.isBlank() ? "(the article)" : name, null);
        }

        List<Claim> claims() {
            int previousSentenceFirstClaim = 0;
            List<SentenceGraph> graphs = SentenceGraph.of(doc);
            for (SentenceGraph g : graphs) {
                int before = claims.size();
                if (channelDeclaration(g, previousSentenceFirstClaim)) continue;
                if (firstReference(g, previousSentenceFirstClaim)) continue;
                List<Cue> cues = findCues(g);
                List<Claim> found = new ArrayList<>();
                for (Cue cue : cues) build(g, cue, cues).ifPresent(found::add);
                for (Claim c : withoutNestedUnresolved(found))
                    if (!isOutletItself(c.source())) claims.add(withLearnedContent(c));
                for (Attribution a : learned)
                    if (g.sentence.span().contains(a.cue()) && !overlapsRuleCue(g, cues, a.cue()))
                        learnedClaim(g, graphs, a).ifPresent(claims::add);
                noteSubjects(g);
                if (claims.size() > before) previousSentenceFirstClaim = before;
            }
            claims.sort(Comparator.comparing(Claim::cue));
            return claims;
        }

        // ---- cues ---------------------------------------------------------------------------------------

        List<Cue> findCues(SentenceGraph g) {
            List<Cue> cues = new ArrayList<>();
            for (int i = g.first(); i < g.end(); i++) {
                String lemma = g.lemma(i), pos = g.pos(i);
                if (lemma.equals("accord") || g.lower(i).equals("according")) {
                    if (i + 1 < g.end() && g.lower(i + 1).equals("to")) cues.add(new Cue(i, i + 1, i, "according to", "assert"));
                    continue;
                }
                boolean adjectival = pos.startsWith("JJ") && g.child(i, "cop") >= 0;
                if (!pos.startsWith("VB") && !adjectival) continue;
                if (g.rel(i).equals("amod") || g.rel(i).startsWith("aux") || g.rel(i).equals("cop")) continue;
                Cue cue = phrasal(g, i, lemma);
                if (cue == null && g.child(i, "compound:prt") >= 0) continue; // "the numbers add up", "called off"
                if (cue == null) {
                    Optional<String> cls = CueLexicon.verbClass(lemma);
                    if (cls.isEmpty() && CueLexicon.DOCUMENT_VERBS.contains(lemma) && documentSubject(g, i))
                        cls = Optional.of("assert");
                    if (cls.isEmpty()) continue;
                    if (lemma.equals("call") && g.child(i, "obj") < 0) continue;
                    cue = new Cue(i, i, i, lemma, cls.get());
                }
                cues.add(cue);
            }
            return cues;
        }

        /** Phrasal cues: call on, point out, hold … responsible, issue an order, express concern. */
        Cue phrasal(SentenceGraph g, int i, String lemma) {
            for (int c : g.children(i)) {
                String word = g.lower(c), rel = g.rel(c);
                if (rel.equals("compound:prt") || (c == i + 1 && g.pos(c).equals("IN") && Set.of("on", "upon").contains(word))) {
                    Optional<String> cls = CueLexicon.phrasalClass(lemma + " " + word);
                    if (cls.isPresent()) return new Cue(i, c, i, lemma + " " + word, cls.get());
                }
                if (rel.equals("obj"))
                    for (int m : g.children(c)) {
                        Optional<String> cls = CueLexicon.phrasalClass(lemma + " " + g.lemma(m));
                        if (cls.isPresent() && g.pos(m).startsWith("JJ")) return new Cue(i, i, i, lemma + " " + g.lemma(m), cls.get());
                    }
                if (rel.equals("obj") || rel.equals("xcomp")) {
                    Optional<String> cls = CueLexicon.phrasalClass(lemma + " " + g.lemma(c));
                    if (cls.isPresent()) {
                        // "hold the DPRK responsible": the cue is the verb; the content runs through the adjective.
                        boolean adjective = g.pos(c).startsWith("JJ");
                        return new Cue(i, adjective ? i : c, i, lemma + " " + g.lemma(c), cls.get());
                    }
                }
            }
            return null;
        }

        boolean documentSubject(SentenceGraph g, int verb) {
            int subj = g.child(verb, "nsubj");
            return subj >= 0 && CueLexicon.DOCUMENT_NOUNS.contains(g.lemma(subj));
        }

        // ---- one claim -----------------------------------------------------------------------------------

        Optional<Claim> build(SentenceGraph g, Cue cue, List<Cue> cues) {
            int[] source = cue.lemma().equals("according to") ? accordingSource(g, cue) : sourceOf(g, cue);
            int[] content = cue.lemma().equals("according to") ? accordingContent(g, cue, source)
                    : contentOf(g, cue, cues, source);
            if (content == null || source == null) return Optional.empty();
            Span contentSpan = span(g, content[0], content[1]);
            Span sourceSpan = span(g, source[0], source[1]);
            ActorRef speaker = resolveSpeaker(g, source, sourceSpan);
            String cueClass = cue.cueClass();
            if (cueClass.equals("assert") && accusingContent(g, content)) cueClass = "accuse";
            Span cueSpan = span(g, cue.first(), cue.last());
            int lo = Math.min(Math.min(source[0], content[0]), cue.first());
            int hi = Math.max(Math.max(source[1], content[1]), cue.last());
            double confidence = speaker.code() == null ? 0.5 : 0.75;
            StatementDate when = statementDate(g, cue, content);
            return Optional.of(new Claim(cueSpan, cue.lemma(), cueClass, speaker, chainFor(speaker), contentSpan,
                    stance(g, cue, content), cueClass.equals("deny") ? "denies" : "asserts",
                    firstTime(g, cue, content, cueClass), when.date(), when.basis(),
                    new Evidence(doc.article().id(), span(g, lo, hi), NAME, VERSION, confidence)));
        }

        // ---- learned attributions ------------------------------------------------------------------------

        boolean overlapsRuleCue(SentenceGraph g, List<Cue> cues, Span cue) {
            for (Cue c : cues) if (span(g, c.first(), c.last()).overlaps(cue)) return true;
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
            for (Attribution a : learned) {
                if (!a.cue().overlaps(c.cue()) || a.content().isEmpty()) continue;
                Span learnedContent = contentOf(a);
                if (!learnedContent.contains(c.content()) || learnedContent.overlaps(c.cue())) continue;
                Sentence s = sentenceAt(c.content().start());
                int start = learnedContent.start() < s.span().start() ? learnedContent.start() : c.content().start();
                int end = c.content().end();
                List<Token> tokens = doc.get(Layer.TOKENS);
                for (int i = s.firstToken(); i < s.endToken(); i++) {
                    Token t = tokens.get(i);
                    if (t.span().end() > learnedContent.end()) break;
                    if (t.span().end() <= end) continue;
                    String w = t.span().of(doc.text());
                    boolean closesOwnQuote = isClosingQuote(w) && doc.text().substring(start, t.span().start()).matches("(?s).*[“\"«].*");
                    if (Character.isLetterOrDigit(w.charAt(0)) || closesOwnQuote) end = t.span().end();
                }
                Span widened = new Span(start, end);
                if (widened.equals(c.content())) return c;
                Evidence e = c.evidence();
                Span all = new Span(Math.min(e.span().start(), start), Math.max(e.span().end(), end));
                return new Claim(c.cue(), c.cueLemma(), c.cueClass(), c.source(), c.chain(), widened, c.stance(),
                        c.polarity(), c.firstTime(), c.statementDate(), c.dateBasis(),
                        new Evidence(e.article(), all, e.stage(), e.stageVersion(), e.confidence()));
            }
            return c;
        }

        Sentence sentenceAt(int offset) {
            List<Sentence> sentences = doc.get(Layer.SENTENCES);
            for (Sentence s : sentences) if (s.span().end() > offset) return s;
            return sentences.get(sentences.size() - 1);
        }

        /**
         * A claim from one learned attribution, when its speaker resolves to a registry actor or a named person
         * (a learned source such as "some observers" is too vague for the ledger).
         */
        Optional<Claim> learnedClaim(SentenceGraph g, List<SentenceGraph> graphs, Attribution a) {
            if (a.source().isEmpty() || a.content().isEmpty() || a.confidence() < LEARNED_CONFIDENCE_MIN) return Optional.empty();
            Span sourceSpan = longest(a.source());
            SentenceGraph sg = graphs.stream().filter(x -> x.sentence.span().contains(sourceSpan)).findFirst().orElse(null);
            int[] source = sg == null ? null : tokenRange(sg.first(), sg.end(), sourceSpan);
            int[] cueTokens = tokenRange(g.first(), g.end(), a.cue());
            if (source == null || cueTokens == null) return Optional.empty();
            ActorRef speaker = resolveSpeaker(sg, source, span(sg, source[0], source[1]));
            boolean named = speaker.code() != null || isPerson(speaker.antecedent() != null ? speaker.antecedent() : speaker.mention());
            if (!named || isOutletItself(speaker)) return Optional.empty();
            Span contentSpan = contentOf(a);
            int[] content = tokenRange(0, doc.get(Layer.TOKENS).size(), contentSpan);
            if (content == null) return Optional.empty();
            Optional<Cue> read = learnedCue(g, cueTokens);
            if (read.isEmpty()) return Optional.empty();
            Cue cue = read.get();
            String cueClass = cue.cueClass().equals("assert") && accusingContent(g, content) ? "accuse" : cue.cueClass();
            Span cueSpan = a.cue();
            Span all = new Span(Math.min(Math.min(cueSpan.start(), sourceSpan.start()), contentSpan.start()),
                    Math.max(Math.max(cueSpan.end(), sourceSpan.end()), contentSpan.end()));
            StatementDate when = statementDate(g, cue, content);
            return Optional.of(new Claim(cueSpan, cue.lemma(), cueClass, speaker, chainFor(speaker), contentSpan,
                    stance(g, cue, content), cueClass.equals("deny") ? "denies" : "asserts",
                    firstTime(g, cue, content, cueClass), when.date(), when.basis(),
                    new Evidence(doc.article().id(), all, LEARNED, VERSION, Math.min(LEARNED_CONFIDENCE_CAP, a.confidence()))));
        }

        /**
         * The learned cue read with the lexicon: the first cue word that is a reporting verb, or begins a phrasal
         * cue with the words after it ("is calling on" → call on, demand), gives the head and the class. Empty when
         * no word is in the lexicon: the tagger, trained on PolNeAR, also marks beliefs, wishes and plain actions
         * ("want", "know", "ignores"), which the ledger does not record as claims.
         */
        Optional<Cue> learnedCue(SentenceGraph g, int[] tokens) {
            StringBuilder lemma = new StringBuilder();
            for (int i = tokens[0]; i <= tokens[1]; i++) lemma.append(lemma.length() == 0 ? "" : " ").append(g.lemma(i));
            for (int head = tokens[0]; head <= tokens[1]; head++) {
                if (g.rel(head).startsWith("aux")) continue;
                StringBuilder phrase = new StringBuilder(g.lemma(head));
                for (int i = head + 1; i <= tokens[1]; i++) {
                    phrase.append(' ').append(g.lemma(i));
                    Optional<String> cls = CueLexicon.phrasalClass(phrase.toString());
                    if (cls.isPresent()) return Optional.of(new Cue(tokens[0], tokens[1], head, lemma.toString(), cls.get()));
                }
                Optional<String> cls = g.pos(head).startsWith("VB") || g.pos(head).startsWith("JJ")
                        ? CueLexicon.verbClass(g.lemma(head)) : Optional.empty();
                if (cls.isPresent()) return Optional.of(new Cue(tokens[0], tokens[1], head, lemma.toString(), cls.get()));
            }
            return Optional.empty();
        }

        /** The content as one span: all fragments when they enclose neither cue nor source, else the longest. */
        Span contentOf(Attribution a) {
            Span whole = new Span(a.content().get(0).start(), a.content().get(a.content().size() - 1).end());
            boolean enclosesOther = whole.overlaps(a.cue()) || a.source().stream().anyMatch(whole::overlaps);
            return enclosesOther ? longest(a.content()) : whole;
        }

        static Span longest(List<Span> spans) {
            return spans.stream().max(Comparator.comparingInt(Span::length)).orElseThrow();
        }

        /** Tokens [lo, hi] among [from, to) that the span covers, or null when it covers none. */
        int[] tokenRange(int from, int to, Span span) {
            int lo = -1, hi = -1;
            for (int i = from; i < to; i++) {
                Span t = doc.get(Layer.TOKENS).get(i).span();
                if (!t.overlaps(span)) continue;
                if (lo < 0) lo = i;
                hi = i;
            }
            return lo < 0 ? null : new int[] {lo, hi};
        }

        /** Source tokens [lo, hi]: the subject (or the passive agent), climbing through coordination. */
        int[] sourceOf(SentenceGraph g, Cue cue) {
            int verb = cue.head();
            int pass = g.child(verb, "nsubj:pass");
            if (pass >= 0) {
                for (int c : g.children(verb))
                    if (g.rel(c).startsWith("obl") && hasCase(g, c, "by")) return trimmed(g, c);
                return null;
            }
            for (int j = verb, steps = 0; j >= 0 && steps < 8; j = g.head(j), steps++) {
                int subj = g.childExactly(j, "nsubj");
                if (subj >= 0 && !g.lower(subj).matches("this|that|which|who|what|whatever")) return trimmed(g, subj);
                if (!Set.of("conj", "xcomp", "advcl", "dep", "acl").contains(g.rel(j))) break;
            }
            // '"We are ready," said Foreign Minister X': after a fronted content the parser often takes the inverted
            // speaker for an object.
            int obj = g.childExactly(verb, "obj");
            boolean contentFirst = g.children(verb).stream()
                    .anyMatch(c -> c < cue.first() && (g.rel(c).equals("ccomp") || g.rel(c).equals("parataxis")));
            return contentFirst && obj > cue.last() ? trimmed(g, obj) : null;
        }

        int[] accordingSource(SentenceGraph g, Cue cue) {
            int noun = g.head(cue.first());
            if (noun < 0 || noun == cue.last()) noun = cue.last() + 1 < g.end() ? cue.last() + 1 : -1;
            int[] range = noun < 0 ? null : trimmed(g, noun);
            return range == null ? null : trimRange(g, Math.max(range[0], cue.last() + 1), range[1]);
        }

        int[] accordingContent(SentenceGraph g, Cue cue, int[] source) {
            if (source == null) return null;
            int lo = g.first(), hi = g.end() - 1;
            if (cue.first() <= lo + 1) lo = source[1] + 1; // "According to X, …"
            else hi = cue.first() - 1;                      // "…, according to X."
            return trimRange(g, lo, hi);
        }

        /** Content tokens [lo, hi], or null when the cue has nothing to report. */
        int[] contentOf(SentenceGraph g, Cue cue, List<Cue> cues, int[] source) {
            int verb = cue.head();
            // Content before the cue: "Russia will respond, the minister said."
            for (int c : g.children(verb))
                if ((g.rel(c).equals("ccomp") || g.rel(c).equals("parataxis")) && c < cue.first()) {
                    int[] range = g.subtree(c);
                    return trimRange(g, range[0], Math.min(range[1], cue.first() - 1));
                }
            int start = cue.last() + 1;
            // A clausal complement after the cue is the content; what stands between ("said in its daily summary
            // that", "told reporters that") is not.
            int clause = -1;
            for (int c : g.children(verb))
                if ((g.rel(c).equals("ccomp") || g.rel(c).equals("xcomp")) && c > cue.last() && clause < 0) clause = c;
            if (clause >= 0) start = Math.max(start, g.subtree(clause)[0]);
            int obj = g.childExactly(verb, "obj");
            // A demand's addressee belongs to what is demanded: "called on Moscow to stop the attacks".
            if (clause >= 0 && obj > cue.last() && Set.of("demand", "order").contains(cue.cueClass()))
                start = Math.min(start, g.subtree(obj)[0]);
            else if (CueLexicon.ADDRESSEE_VERBS.contains(cue.lemma())) return null; // "told Reuters": no content here
            start = skipToContent(g, start);
            int end = g.subtree(verb)[1];
            for (Cue other : cues) {
                if (other == cue || other.first() <= start || other.first() > end) continue;
                boolean sharesSubject = g.child(other.head(), "nsubj") < 0 && g.child(other.head(), "nsubj:pass") < 0;
                boolean coordinated = g.rel(other.head()).equals("conj") || g.rel(other.head()).equals("advcl");
                if (sharesSubject && coordinated) end = Math.min(end, leftEdge(g, other.first()) - 1);
            }
            if (source != null && source[0] > cue.last()) end = Math.min(end, source[0] - 1);
            return trimRange(g, start, end);
        }

        /**
         * The first content token from {@code i} on, past what stands between cue and content. A time before
         * "that" dates the statement ("said on Tuesday that …") and is skipped; a time after it dates the reported
         * events ("said that on the evening of March 9 the forces struck …") and starts the content.
         */
        int skipToContent(SentenceGraph g, int i) {
            List<TimeExpression> times = doc.get(Layer.TIMEXES);
            boolean afterThat = false;
            while (i < g.end()) {
                String w = g.lower(i);
                Optional<TimeExpression> t = afterThat ? Optional.empty() : timexAt(times, g, i);
                if (t.isPresent()) {
                    i = tokenAfter(g, t.get().span().end());
                } else if (w.equals("that") && !afterThat) {
                    afterThat = true;
                    i++;
                } else if (!afterThat && (g.pos(i).equals("IN") || g.pos(i).equals("TO")) && nextIsTime(g, times, i)) {
                    i++;
                } else if (w.equals("for") && i + 3 < g.end() && g.lower(i + 2).equals("first") && g.lower(i + 3).equals("time")) {
                    i += 4;
                } else if (SKIP_BEFORE_CONTENT.contains(w) || (g.isPunct(i) && !isOpeningQuote(g.word(i)))) {
                    i++;
                } else {
                    break;
                }
            }
            return i;
        }

        boolean nextIsTime(SentenceGraph g, List<TimeExpression> times, int i) {
            for (int j = i + 1; j < g.end() && j <= i + 2; j++) {
                if (timexAt(times, g, j).isPresent()) return true;
                if (!(g.pos(j).equals("IN") || g.pos(j).equals("TO"))) return false;
            }
            return false;
        }

        int leftEdge(SentenceGraph g, int token) {
            int i = token;
            while (i - 1 >= g.first() && (g.pos(i - 1).equals("CC") || g.isPunct(i - 1))) i--;
            return i;
        }

        /**
         * Drops cues inside another claim's content whose source is not an actor: "a monument will be erected to
         * praise their heroism" is part of what Kim said, not a claim by the monument.
         */
        List<Claim> withoutNestedUnresolved(List<Claim> found) {
            List<Claim> kept = new ArrayList<>();
            for (Claim c : found) {
                boolean nested = found.stream().anyMatch(o -> o != c && o.content().contains(c.cue()));
                if (!(nested && c.source().code() == null)) kept.add(c);
            }
            return kept;
        }

        /** "Meridian Wire could not verify …" in Meridian Wire's own article is the reporter's voice, not a claim. */
        boolean isOutletItself(ActorRef source) {
            String outletName = doc.article().outlet();
            return outletName != null && source.mention() != null
                    && source.mention().of(doc.text()).equalsIgnoreCase(outletName);
        }

        void noteSubjects(SentenceGraph g) {
            for (int i = g.first(); i < g.end(); i++) {
                if (!g.rel(i).startsWith("nsubj") || PRONOUNS.contains(g.lower(i))) continue;
                int[] range = trimmed(g, i);
                if (range == null) continue;
                ActorRef ref = resolveSpeaker(g, range, span(g, range[0], range[1]));
                // Unregistered persons stay antecedents too: "he" after "spokesman Oleksandr Movchan".
                if (ref.code() != null || isPerson(ref.mention())) subjects.add(ref);
            }
        }

        // ---- speaker, chain --------------------------------------------------------------------------------

        ActorRef resolveSpeaker(SentenceGraph g, int[] source, Span sourceSpan) {
            String text = sourceSpan.of(doc.text());
            if (source[0] == source[1] && PRONOUNS.contains(g.lower(source[0]))) {
                boolean person = Set.of("he", "she", "i").contains(g.lower(source[0]));
                for (int k = subjects.size() - 1; k >= 0; k--) {
                    ActorRef s = subjects.get(k);
                    if (s.mention().end() <= sourceSpan.start() && isPerson(s.mention()) == person)
                        return new ActorRef(s.code(), s.name(), sourceSpan, s.antecedent() != null ? s.antecedent() : s.mention());
                }
                ActorMention recent = lastActorBefore(sourceSpan.start(), person);
                return recent == null ? ActorRef.named(null, text, sourceSpan)
                        : new ActorRef(recent.code(), recent.name(), sourceSpan, recent.span());
            }
            ActorMention best = null;
            for (ActorMention a : actors) {
                if (!a.span().overlaps(sourceSpan)) continue;
                if (best == null || rank(a) > rank(best)) best = a;
            }
            if (best != null) return ActorRef.named(best.code(), best.name(), sourceSpan);
            return backReference(g, source, sourceSpan).orElse(ActorRef.named(null, text, sourceSpan));
        }

        /**
         * A short description or a surname that repeats a word of an earlier speaker's name: "the ministry" after
         * "Russia's Defence Ministry", "Movchan" after "spokesman Oleksandr Movchan".
         */
        Optional<ActorRef> backReference(SentenceGraph g, int[] source, Span sourceSpan) {
            int headWord = source[1];
            boolean shortForm = source[1] - source[0] <= 2 && (g.pos(source[0]).equals("DT") || g.pos(headWord).startsWith("NNP"));
            if (!shortForm || !Character.isLetter(g.word(headWord).charAt(0))) return Optional.empty();
            String word = g.lower(headWord);
            for (int k = subjects.size() - 1; k >= 0; k--) {
                ActorRef s = subjects.get(k);
                Span named = s.antecedent() != null ? s.antecedent() : s.mention();
                if (named.end() > sourceSpan.start()) continue;
                String earlier = named.of(doc.text()).toLowerCase(Locale.ROOT) + " " + s.name().toLowerCase(Locale.ROOT);
                if (earlier.matches("(?s).*\\b" + java.util.regex.Pattern.quote(word) + "\\b.*"))
                    return Optional.of(new ActorRef(s.code(), s.name(), sourceSpan, named));
            }
            return Optional.empty();
        }

        /** Persons first (the speaker in "Chief of the General Staff … Valery Gerasimov"), then longer names. */
        private int rank(ActorMention a) {
            return (isPerson(a.span()) ? 10_000 : 0) + a.span().length();
        }

        boolean isPerson(Span span) {
            for (EntityMention e : doc.get(Layer.ENTITIES))
                if (e.kind().equals("PERSON") && e.span().overlaps(span)) return true;
            return false;
        }

        ActorMention lastActorBefore(int offset, boolean person) {
            ActorMention found = null;
            for (ActorMention a : actors)
                if (a.span().end() <= offset && isPerson(a.span()) == person) found = a;
            return found;
        }

        List<ActorRef> chainFor(ActorRef speaker) {
            List<ActorRef> chain = new ArrayList<>();
            chain.add(outlet);
            if (speaker.code() != null && !isMedia(speaker.code()))
                for (ActorRef channel : channels)
                    if (sameCountry(channel.code(), speaker.code())) {
                        chain.add(channel);
                        break;
                    }
            chain.add(speaker);
            return chain;
        }

        /**
         * "This was reported by KCNA." / "KCNA reported this.": the named agency relayed the previous sentence's
         * claims, and it is taken as the channel for later claims by its own country's actors.
         */
        boolean channelDeclaration(SentenceGraph g, int previousClaims) {
            for (int i = g.first(); i < g.end(); i++) {
                if (!CHANNEL_VERBS.contains(g.lemma(i)) || !g.pos(i).startsWith("VB")) continue;
                int pass = g.child(i, "nsubj:pass"), obj = g.child(i, "obj"), agent = -1;
                if (pass >= 0 && isDemonstrative(g, pass))
                    for (int c : g.children(i)) if (g.rel(c).startsWith("obl") && hasCase(g, c, "by")) agent = c;
                if (obj >= 0 && isDemonstrative(g, obj)) agent = g.child(i, "nsubj");
                if (agent < 0) continue;
                int[] range = trimmed(g, agent);
                ActorRef channel = resolveSpeaker(g, range, span(g, range[0], range[1]));
                if (channel.code() == null) return false;
                channels.add(channel);
                for (int k = previousClaims; k < claims.size(); k++) {
                    Claim c = claims.get(k);
                    List<ActorRef> chain = List.of(outlet, channel, c.source());
                    claims.set(k, new Claim(c.cue(), c.cueLemma(), c.cueClass(), c.source(), chain, c.content(),
                            c.stance(), c.polarity(), c.firstTime(), c.statementDate(), c.dateBasis(), c.evidence()));
                }
                return true;
            }
            return false;
        }

        /** "This is also the first confirmation that …" marks the previous sentence's claims as firsts. */
        boolean firstReference(SentenceGraph g, int previousClaims) {
            if (!isDemonstrative(g, g.first())) return false;
            for (int i = g.first(); i + 1 < g.end(); i++)
                if (g.lower(i).equals("first") && FIRST_NOUNS.contains(g.lower(i + 1))) {
                    for (int k = previousClaims; k < claims.size(); k++) {
                        Claim c = claims.get(k);
                        claims.set(k, new Claim(c.cue(), c.cueLemma(), c.cueClass(), c.source(), c.chain(), c.content(),
                                c.stance(), c.polarity(), true, c.statementDate(), c.dateBasis(), c.evidence()));
                    }
                    return true;
                }
            return false;
        }

        // ---- framing -----------------------------------------------------------------------------------------

        String stance(SentenceGraph g, Cue cue, int[] content) {
            if (CueLexicon.DISTANCING_CUES.contains(cue.lemma())) return "distanced";
            boolean endorsed = false;
            int from = Math.min(cue.first(), content[0]);
            for (int c : g.children(cue.head())) // "the Kremlin allegedly rejected …"
                if (g.rel(c).equals("advmod")) from = Math.min(from, c);
            for (int i = from; i <= content[1]; i++) {
                String w = g.lower(i);
                if (DISTANCING_WORDS.contains(w) || (w.equals("so") && i + 2 <= content[1] && g.lower(i + 2).equals("called")))
                    return "distanced";
                if (ENDORSING_WORDS.contains(w)) endorsed = true;
            }
            if (scareQuotes(g, content)) return "distanced";
            return endorsed ? "endorsed" : "neutral";
        }

        /**
         * One quoted word inside a longer content ("had “liberated” the village"): the reporter's raised eyebrow.
         * Longer quoted stretches ("sent “a number” of missiles", "a “dear friend”") are mostly the speaker's own
         * words quoted, not distance: on 422 real articles, quotes of one to three words labelled 437 of 3,846
         * claims distanced; one word only, 215 of 3,829.
         */
        boolean scareQuotes(SentenceGraph g, int[] content) {
            for (int i = content[0]; i + 2 <= content[1]; i++)
                if (isOpeningQuote(g.word(i)) && isClosingQuote(g.word(i + 2)) && Character.isLetter(g.word(i + 1).charAt(0)))
                    return content[1] - content[0] > 2;
            return false;
        }

        boolean accusingContent(SentenceGraph g, int[] content) {
            for (int i = content[0]; i <= content[1]; i++)
                if (Set.of("violate", "breach", "contravene", "flout").contains(g.lemma(i))) return true;
            return false;
        }

        boolean firstTime(SentenceGraph g, Cue cue, int[] content, String cueClass) {
            for (int i = g.first(); i < g.end(); i++) {
                if (i >= content[0] && i <= content[1]) continue;
                String w = g.lower(i);
                if (w.equals("first") && i + 1 < g.end()
                        && (g.lower(i + 1).equals("time") || FIRST_NOUNS.contains(g.lower(i + 1)))) return true;
                if (w.equals("first-ever")) return true;
                if (w.equals("officially") && cueClass.equals("acknowledge")) return true;
            }
            return false;
        }

        /** When the claim was made, and how that was found: explicit, discourse or publication. */
        StatementDate statementDate(SentenceGraph g, Cue cue, int[] content) {
            Span contentSpan = span(g, content[0], content[1]);
            TimeMention best = null;
            for (TimeMention t : doc.get(Layer.TIMES)) {
                if (!g.sentence.span().contains(t.span()) || contentSpan.overlaps(t.span())) continue;
                if (dayOf(t.value()) == null) continue;
                boolean explicit = t.span().of(doc.text()).matches(".*\\d.*");
                if (best == null || explicit) best = t;
            }
            if (best != null) {
                lastExplicitDate = dayOf(best.value());
                return new StatementDate(lastExplicitDate, "explicit");
            }
            String before = doc.text().substring(g.sentence.span().start(), span(g, cue.first(), cue.first()).start())
                    .toLowerCase(Locale.ROOT);
            if (lastExplicitDate != null)
                for (String marker : ANAPHORIC_TIME)
                    if (before.matches("(?s).*\\b" + marker + "\\b.*")) {
                        return new StatementDate(lastExplicitDate, "discourse");
                    }
            return new StatementDate(doc.article().published(), "publication");
        }

        // ---- small helpers --------------------------------------------------------------------------------------

        /** The day a resolved time falls on, when it is no coarser than a day. */
        static LocalDate dayOf(TimeValue v) {
            boolean dayOrFiner = v.granularity() == TimeValue.Granularity.DAY
                    || v.granularity() == TimeValue.Granularity.PART_OF_DAY || v.granularity() == TimeValue.Granularity.TIME;
            return dayOrFiner && v.isInterval() ? v.start() : null;
        }

        Optional<TimeExpression> timexAt(List<TimeExpression> times, SentenceGraph g, int token) {
            Span s = g.token(token).span();
            for (TimeExpression t : times) if (t.span().overlaps(s)) return Optional.of(t);
            return Optional.empty();
        }

        int tokenAfter(SentenceGraph g, int offset) {
            int i = g.first();
            while (i < g.end() && g.token(i).span().start() < offset) i++;
            return i;
        }

        boolean hasCase(SentenceGraph g, int noun, String word) {
            for (int c : g.children(noun))
                if (g.rel(c).equals("case") && g.lower(c).equals(word)) return true;
            return false;
        }

        boolean isDemonstrative(SentenceGraph g, int token) {
            return Set.of("this", "that", "it", "these").contains(g.lower(token));
        }

        /** The subtree of {@code node} without leading or trailing punctuation and relative clauses. */
        int[] trimmed(SentenceGraph g, int node) {
            int[] r = g.subtree(node);
            for (int c : g.children(node))
                if (g.rel(c).equals("acl:relcl") && c > node) r[1] = Math.min(r[1], g.leftEdgeOfSubtree(c) - 1);
            return trimRange(g, r[0], r[1]);
        }

        int[] trimRange(SentenceGraph g, int lo, int hi) {
            while (lo <= hi && (g.isPunct(lo) && !isOpeningQuote(g.word(lo)) || g.pos(lo).equals("CC"))) lo++;
            while (hi >= lo && (g.isPunct(hi) && !isClosingQuote(g.word(hi)) || g.pos(hi).equals("CC"))) hi--;
            return lo > hi ? null : new int[] {lo, hi};
        }

        Span span(SentenceGraph g, int lo, int hi) {
            return new Span(g.token(lo).span().start(), g.token(hi).span().end());
        }

        static boolean isOpeningQuote(String w) {
            return w.equals("“") || w.equals("\"") || w.equals("«") || w.equals("``") || w.equals("‘");
        }

        static boolean isClosingQuote(String w) {
            return w.equals("”") || w.equals("\"") || w.equals("»") || w.equals("''") || w.equals("’");
        }

        static boolean isMedia(String code) {
            return code.endsWith("MED");
        }

        static boolean sameCountry(String a, String b) {
            return a != null && b != null && a.length() >= 3 && b.length() >= 3 && a.substring(0, 3).equals(b.substring(0, 3));
        }
    }
}
