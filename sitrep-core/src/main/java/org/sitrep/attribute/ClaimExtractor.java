package org.sitrep.attribute;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Claim;
import org.sitrep.model.CueClass;
import org.sitrep.model.Doc;
import org.sitrep.model.Evidence;
import org.sitrep.model.Layer;
import org.sitrep.model.Span;
import org.sitrep.model.StageVersions;
import org.sitrep.model.Stage;

/**
 * Finds attributed claims: a reporting cue (verb, phrasal verb, "according to"), its source and its content, over
 * the dependency parse; then resolves the speaker to an actor, builds the reporting chain, and reads the reporter's
 * stance, the polarity, first-acknowledgment markers and the statement date. Thread-safe and deterministic.
 *
 * <p>The parts, one class each: {@link CueFinder} (cues, with the {@link org.sitrep.lexicon.CueLexicon}), {@link QuoteFirst}
 * (content before its speaker and verb, read from the words: "…,” Makei said."), {@link SpeakerResolver}
 * (source tokens and who they name), {@link ContentFinder} (what is reported), {@link ReportingChains} (outlet →
 * agency → source), {@link StanceReader} (stance, polarity, cue class from content), {@link FirstTimeMarkers},
 * {@link StatementDater} and {@link LearnedMerge} (the learned tagger's attributions). This class walks the
 * sentences and assembles the claims.
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
    static final String LEARNED = "claims.tagger"; // spelled out, so the stage value greps to this class

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

    @Override
    public Doc apply(Doc doc) {
        List<Attribution> learned = tagger == null || doc.get(Layer.TOKENS).isEmpty() ? List.of() : tagger.tag(doc);
        return doc.with(Layer.CLAIMS, new Run(doc, learned).claims());
    }

    /** One pass over a document, front to back: the parts that keep discourse state, and the claims so far. */
    private static final class Run {
        final Doc doc;
        final SpeakerResolver speakers;
        final ReportingChains chains;
        final StatementDater dates;
        final LearnedMerge learned;
        final List<Claim> claims = new ArrayList<>();

        Run(Doc doc, List<Attribution> learned) {
            this.doc = doc;
            this.speakers = new SpeakerResolver(doc);
            this.chains = new ReportingChains(doc);
            this.dates = new StatementDater(doc);
            this.learned = new LearnedMerge(doc, learned, speakers, chains, dates);
        }

        List<Claim> claims() {
            int previousSentenceFirstClaim = 0;
            List<SentenceGraph> graphs = SentenceGraph.of(doc);
            for (SentenceGraph g : graphs) {
                int before = claims.size();
                if (chains.channelDeclaration(g, claims, previousSentenceFirstClaim, speakers)) continue;
                if (FirstTimeMarkers.firstReference(g, claims, previousSentenceFirstClaim)) continue;
                List<QuoteFirst.Found> contentFirst = QuoteFirst.find(g);
                List<Cue> cues = new ArrayList<>(CueFinder.find(g));
                for (QuoteFirst.Found f : contentFirst)
                    if (cues.stream().noneMatch(c -> c.head() == f.cue().head())) cues.add(f.cue());
                // whoever a quotation names is talked about: its speaker, named only after it, is none of them
                speakers.forgetInside(contentFirst.stream().filter(f -> sameParagraph(g, f))
                        .map(f -> g.span(f.content()[0], f.content()[1])).toList());
                List<Claim> quoting = new ArrayList<>();
                for (QuoteFirst.Found f : contentFirst) {
                    // "That's according to a survey by X, Ukrinform reports.": the outlet relays a sourced report
                    // (not a quotation: what a speaker quotes may itself cite someone)
                    if (!SentenceGraph.isOpeningQuote(g.word(f.content()[0])) && cues.stream().anyMatch(o -> o.isAccordingTo()
                            && ContentFinder.pointsBack(g, o) && o.first() >= f.content()[0] && o.last() <= f.content()[1]))
                        continue;
                    Claim c = build(g, f.cue(), f.source(), f.content());
                    if (!chains.isOutletItself(c.source())) quoting.add(c); // the outlet's own voice holds nothing
                }
                List<Claim> found = new ArrayList<>(quoting);
                for (Cue cue : cues)
                    if (contentFirst.stream().noneMatch(f -> f.cue().head() == cue.head()))
                        build(g, cue, cues).ifPresent(found::add);
                // an outlet passing on what a speaker named in its content said ("…, Lukashenko said …, BelTA
                // informs."; "Prosecutors asked for …, according to RIA Novosti.") is the reporting chain: the
                // speaker's claim stands, the outlet's holds nothing of its own
                List<Claim> relays = found.stream().filter(c -> (quoting.contains(c) || c.cueLemma().equals("according to"))
                        && relaysAnother(g, c, found)).toList();
                found.removeAll(relays);
                quoting.removeAll(relays);
                // what a content-first quotation holds is part of it, not a claim of its own
                List<Span> quoted = quoting.stream().map(Claim::content).toList();
                claims.removeIf(c -> quoted.stream().anyMatch(q -> q.contains(c.cue())));
                found.removeIf(c -> !quoting.contains(c) && quoted.stream().anyMatch(q -> q.contains(c.cue())));
                previousSentenceFirstClaim = Math.min(previousSentenceFirstClaim, claims.size());
                before = Math.min(before, claims.size());
                for (Claim c : withoutNestedUnresolved(found))
                    if (!chains.isOutletItself(c.source()))
                        claims.add(quoting.contains(c) ? c : learned.withLearnedContent(c, g, cues));
                for (Attribution a : learned.attributions())
                    if (g.sentence.span().contains(a.cue()) && !LearnedMerge.overlapsRuleCue(g, cues, claims, a.cue())
                            && !CueFinder.negatedAt(g, a.cue()))
                        learned.learnedClaim(g, graphs, a).ifPresent(claims::add);
                List<Claim> here = claims.stream().filter(c -> g.sentence.span().contains(c.cue())).toList();
                if (here.isEmpty()) dates.noteUnreported(g, personSubject(g));
                speakers.noteSubjects(g, here);
                if (claims.size() > before) previousSentenceFirstClaim = before;
            }
            claims.replaceAll(this::codedWhereIntroduced);
            // a command carried out or a status granted is an act, not a claim; its agent has done its part above
            // (coding a speaker named there). An order in the source's quoted words ("“Hold the line,” he ordered")
            // is what they said.
            // a question put ("asked whether …", "asked: “Why …?”", "asked him about …") is no claim either
            claims.removeIf(c -> graphs.stream().filter(g -> g.sentence.span().contains(c.cue())).anyMatch(g ->
                    (!quoted(c) && CueFinder.reportsAnAct(g, c.cue())) || CueFinder.asksAQuestion(g, c, doc.text())));
            claims.sort(Comparator.comparing(Claim::cue));
            return claims;
        }

        /**
         * Whether a content-first quotation ends in its cue's paragraph. One that ends a paragraph before ('… X said
         * that "…"' ¶ 'He said, "…"') is no sure quotation of that cue's speaker.
         */
        private boolean sameParagraph(SentenceGraph g, QuoteFirst.Found f) {
            int end = g.span(f.content()[0], f.content()[1]).end(), cue = g.span(f.cue().first(), f.cue().first()).start();
            return end > cue || doc.text().substring(end, cue).indexOf('\n') < 0;
        }

        /**
         * Whether a media source's content (of "according to" or a tag after the content, "…, BelTA informs") is
         * another claim of the sentence, speaker and cue, with that cue as the content's main verb. A claim in a
         * clause under it ("…, although the White House promised …, …") is part of the outlet's own report, and so
         * is a quotation the outlet opens. "The paper recalled that X said …" stays the paper's: it reports, not
         * relays.
         */
        boolean relaysAnother(SentenceGraph g, Claim c, List<Claim> found) {
            ActorRef s = c.source();
            boolean media = s != null && s.code() != null && ReportingChains.isMedia(s.code());
            if (!media || c.content().end() > c.content().start()
                    && SentenceGraph.isOpeningQuote(doc.text().substring(c.content().start(), c.content().start() + 1)))
                return false;
            for (Claim o : found) {
                if (o == c || o.source() == null || o.source().mention() == null || !c.content().contains(o.cue())
                        || !c.content().contains(o.source().mention()) || s.code().equals(o.source().code()))
                    continue; // the outlet going on ("As the paper noted, …, it indicates …") relays no one
                int cue = g.tokenAfter(o.cue().start());
                int head = cue < g.end() ? g.head(cue) : -1;
                // "…, although the White House promised …": a clause with a mark is a part of the report, not it
                boolean marked = cue < g.end() && g.children(cue).stream().anyMatch(k -> g.rel(k).equals("mark"));
                // or the speaker's own tag after what they said, opening the outlet's content ("A, X said as …")
                boolean tag = o.content().start() == c.content().start() && o.content().end() <= o.source().mention().start();
                if (cue < g.end() && !marked && (tag || head < 0 || !c.content().contains(g.token(head).span()))) return true;
            }
            return false;
        }

        /** The code of the sentence's main subject when that subject is a person (named, or a pronoun for one). */
        String personSubject(SentenceGraph g) {
            int root = g.root();
            int subj = root < 0 ? -1 : g.childExactly(root, "nsubj");
            int[] range = subj < 0 ? null : g.trimmed(subj);
            if (range == null) return null;
            ActorRef who = speakers.resolve(g, range, g.span(range[0], range[1]));
            Span named = who.antecedent() != null ? who.antecedent() : who.mention();
            return named != null && speakers.isPerson(named) ? who.code() : null;
        }

        /**
         * An uncoded person speaker whose name another claim's coded speaker carries in full: the text introduced
         * them with a title elsewhere, often only after quoting them ('“…,” Dmitry Krutoi said.' above "Belarusian
         * Ambassador to Russia Dmitry Krutoi said …"). A pronoun standing for the name counts as the name.
         */
        Claim codedWhereIntroduced(Claim c) {
            ActorRef s = c.source();
            Span named = s == null ? null : s.antecedent() != null ? s.antecedent() : s.mention();
            if (s == null || s.code() != null || named == null || !speakers.isPerson(named)) return c;
            String name = named.of(doc.text()).strip();
            if (name.length() < 4 || !Character.isUpperCase(name.charAt(0))) return c;
            java.util.regex.Pattern whole = java.util.regex.Pattern.compile("(?<!\\p{L})" + java.util.regex.Pattern.quote(name)
                    + "(?!\\p{L})");
            for (Claim o : claims) {
                ActorRef t = o.source();
                if (t == null || t.code() == null || t.mention() == null || !speakers.isPerson(t.mention())
                        || !whole.matcher(t.mention().of(doc.text())).find())
                    continue;
                ActorRef coded = new ActorRef(t.code(), t.name(), s.mention(), s.antecedent(), t.actorId());
                return new Claim(c.cue(), c.cueLemma(), c.cueClass(), coded, chains.chainFor(coded), c.content(), c.stance(),
                        c.polarity(), c.firstTime(), c.statementDate(), c.dateBasis(), c.evidence());
            }
            return c;
        }

        /** The rule claim of one cue, when it has a source and a content. */
        Optional<Claim> build(SentenceGraph g, Cue cue, List<Cue> cues) {
            int[] source = cue.isAccordingTo() ? SpeakerResolver.accordingSource(g, cue) : SpeakerResolver.sourceOf(g, cue);
            int[] content = cue.isAccordingTo() ? ContentFinder.accordingContent(g, cue, source)
                    : ContentFinder.contentOf(g, cue, cues, source);
            if (content == null || source == null) return Optional.empty();
            if (ContentFinder.onlyAPhrase(g, cue.cueClass(), speakers.resolve(g, source, g.span(source[0], source[1])), content))
                return Optional.empty();
            if (ContentFinder.onlyATopic(g, cue, content)) return Optional.empty();
            return Optional.of(build(g, cue, source, content));
        }

        /** The claim of a cue with its source and content tokens [lo, hi]. */
        Claim build(SentenceGraph g, Cue cue, int[] source, int[] content) {
            Span contentSpan = g.span(content[0], content[1]);
            Span sourceSpan = g.span(source[0], source[1]);
            ActorRef speaker = speakers.resolve(g, source, sourceSpan);
            CueClass cueClass = StanceReader.cueClass(g, cue, content);
            Span cueSpan = g.span(cue.first(), cue.last());
            int lo = Math.min(Math.min(source[0], content[0]), cue.first());
            int hi = Math.max(Math.max(source[1], content[1]), cue.last());
            double confidence = speaker.code() == null ? 0.5 : 0.75;
            StatementDater.StatementDate when = dates.date(g, cue, content, speaker);
            return new Claim(cueSpan, cue.lemma(), cueClass, speaker, chains.chainFor(speaker), contentSpan,
                    StanceReader.stance(g, cue, content), StanceReader.polarity(cueClass),
                    FirstTimeMarkers.firstTime(g, content, cueClass), when.date(), when.basis(),
                    new Evidence(doc.article().id(), g.span(lo, hi), NAME, VERSION, confidence));
        }

        /**
         * Drops cues inside another claim's content whose source is not an actor: "a monument will be erected to
         * praise their heroism" is part of what Kim said, not a claim by the monument. A first or second person
         * inside a quotation ("“I am pleased to announce more aid”", "“All you have to do is tell them …”") is the
         * quoted speaker talking on: part of the quotation, not a claim of its own.
         */
        List<Claim> withoutNestedUnresolved(List<Claim> found) {
            List<Claim> kept = new ArrayList<>();
            for (Claim c : found) {
                boolean nested = found.stream().anyMatch(o -> o != c && o.content().contains(c.cue()));
                String source = c.source().mention() == null ? "" : c.source().mention().of(doc.text()).toLowerCase(Locale.ROOT);
                boolean quotedSpeaker = Set.of("i", "we", "you").contains(source) && insideQuotation(c.cue().start());
                if (!(nested && c.source().code() == null) && !quotedSpeaker) kept.add(c);
            }
            return kept;
        }

        /** Whether a claim's content opens with a quotation mark: the source's own words. */
        boolean quoted(Claim c) {
            return c.content().end() > c.content().start()
                    && SentenceGraph.isOpeningQuote(doc.text().substring(c.content().start(), c.content().start() + 1));
        }

        /** Whether a quotation opened earlier in the paragraph is still open at {@code offset}. */
        boolean insideQuotation(int offset) {
            String text = doc.text();
            int start = text.lastIndexOf("\n\n", offset);
            int depth = 0;
            boolean straight = false;
            for (int i = Math.max(0, start); i < offset; i++) {
                char ch = text.charAt(i);
                if (ch == '\u201C') depth++;
                else if (ch == '\u201D') depth = Math.max(0, depth - 1);
                else if (ch == '"') straight = !straight;
            }
            return depth > 0 || straight;
        }
    }
}
