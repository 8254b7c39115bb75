package org.sitrep.attribute;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.lexicon.CueLexicon;
import org.sitrep.model.ActorMention;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Doc;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Layer;
import org.sitrep.model.Span;

/**
 * Who speaks: finds a cue's source tokens (the subject, the passive agent, the noun after "according to", an
 * inverted speaker after a fronted quotation) and resolves them to an actor — by the actor mentions they overlap,
 * a pronoun by the latest earlier subject of its kind, a short description or surname by an earlier speaker whose
 * name holds its head word. Keeps the discourse so far (every resolved subject), so one instance serves one
 * document, front to back; not thread-safe.
 */
final class SpeakerResolver {
    /** Pronouns a source can be: subjects, and the objects of "according to him", "in her words". */
    static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "him", "her", "his", "them");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "i", "him", "her", "his");

    private final Doc doc;
    private final List<ActorMention> actors;
    /** Every resolved grammatical subject so far, in text order: the antecedents for pronouns. */
    private final List<ActorRef> subjects = new ArrayList<>();
    /** What the claims so far say: a subject inside it is talked about, no antecedent. */
    private final List<Span> said = new ArrayList<>();
    /** Antecedents that describe a person by a noun with no name ("the artist"): a "he" or "she" may be them. */
    private final Set<Span> described = new HashSet<>();

    SpeakerResolver(Doc doc) {
        this.doc = doc;
        this.actors = doc.get(Layer.ACTORS).stream().sorted(Comparator.comparing(ActorMention::span)).toList();
    }

    /** Relations of a past participle hung on a noun or clause with no auxiliary ("Belousov, described as …"). */
    private static final Set<String> HUNG_PARTICIPLE = Set.of("acl", "dep", "advcl");

    /** Source tokens [lo, hi] of a verb cue: the subject (or the passive agent), climbing through coordination. */
    static int[] sourceOf(SentenceGraph g, Cue cue) {
        int verb = cue.head();
        int pass = g.child(verb, "nsubj:pass");
        if (pass >= 0) {
            for (int c : g.children(verb))
                if (g.rel(c).startsWith("obl") && g.hasCase(c, "by")) return g.trimmed(c);
            return null;
        }
        // "Putin chose Belousov, described as a gifted economist, …": a past participle with no auxiliary is a
        // passive hung on a noun or clause; the subject of that clause did not say it. With an agent it is mostly
        // the relaying channel ("the minister, quoted by Interfax, said"), which is no claim either.
        if (g.pos(verb).equals("VBN") && HUNG_PARTICIPLE.contains(g.rel(verb))
                && g.children(verb).stream().noneMatch(c -> g.rel(c).startsWith("aux")))
            return null;
        // "The envoy said the truce had held, adding that …": the reporter goes on, whatever the parser hung it on
        int reporter = participleReporter(g, verb);
        int[] goingOn = reporter < 0 ? null : reporterSource(g, reporter, verb);
        if (goingOn != null) return goingOn;
        // "…against Moscow's invasion, warning that …": a participle set off by a comma that the parser hung on the
        // noun before it speaks for the subject of that noun's clause, not for the noun
        boolean trailingParticiple = g.pos(verb).equals("VBG") && g.rel(verb).equals("acl") && verb - 1 >= g.first()
                && g.word(verb - 1).equals(",");
        // "…, saying he felt great anger": the parser may take the participle for the mark of the clause it reports;
        // its speaker is then the subject of the verb that clause hangs from
        int from = saidAsMark(g, verb) ? g.head(g.head(verb)) : verb;
        if (from == verb) from = goesOnFrom(g, verb);
        for (int j = from, steps = 0; j >= 0 && steps < 8; j = g.head(j), steps++) {
            if (trailingParticiple && j != verb && !g.pos(j).startsWith("VB")) continue; // up through the nouns
            int subj = g.childExactly(j, "nsubj");
            // "…, who stated that …": the relative pronoun is the source; resolve() reads the noun it stands for
            if (subj >= 0 && g.lower(subj).equals("who") && g.rel(j).equals("acl:relcl")) return new int[] {subj, subj};
            if (subj >= 0 && !g.lower(subj).matches("this|that|which|who|what|whatever")) return afterFrontedClause(g, subj);
            if (!Set.of("conj", "xcomp", "advcl", "dep", "acl").contains(g.rel(j))) break;
        }
        // '"We are ready," said Foreign Minister X': after a fronted content the parser often takes the inverted
        // speaker for an object.
        int obj = g.childExactly(verb, "obj");
        boolean contentFirst = g.children(verb).stream()
                .anyMatch(c -> c < cue.first() && (g.rel(c).equals("ccomp") || g.rel(c).equals("parataxis")));
        return contentFirst && obj > cue.last() ? g.trimmed(obj) : null;
    }

    /**
     * "The mayor said Norway is becoming a partner and quickly added that …": the parser may hang a reporting verb
     * without a subject on the verb of the clause reported before it. The speaker going on is the subject of the
     * verb that reports that clause, not the subject of what was reported — unless that clause's verb is itself a
     * reporting verb ("said Moscow denied and rejected the claims": Moscow rejected). Returns the reporting verb to
     * climb from, or {@code verb} itself.
     */
    static int goesOnFrom(SentenceGraph g, int verb) {
        // a finite verb or a past participle the tagger took for one ("and announced", VBN); not a gerund ("… would be
        // to convene meetings and saying that …" stays in what was said)
        if (!g.rel(verb).equals("conj") || g.childExactly(verb, "nsubj") >= 0
                || !FINITE_OR_PARTICIPLE.contains(g.pos(verb))) return verb;
        int reported = g.head(verb);
        if (reported < 0 || reported > verb || !g.rel(reported).equals("ccomp") || reporting(g, reported)) return verb;
        // "said the report was leaked and denied": a participle sharing a passive's auxiliary is passive too
        if (g.pos(verb).equals("VBN") && g.child(reported, "aux:pass") >= 0) return verb;
        int reporter = g.head(reported);
        return reporter >= 0 && reporter < reported && reporting(g, reporter) ? reporter : verb;
    }

    /**
     * A participle set off by a comma after a report goes on for the reporter: "The envoy said the truce had mostly
     * held, stressing that …", "- The harvest was poor - said the farm minister, noting that …". The parser hangs it
     * on the reported clause's verb (whose subject said nothing), on the inverted speaker, or on the fronted
     * content beside the reporting verb. On a reported clause only a verb that presupposes an utterance of its own
     * subject ("adding", "noting", "stressing"): "said the rebels crossed the river, claiming …" may be the rebels'.
     * Returns that reporting verb, or -1.
     */
    static int participleReporter(SentenceGraph g, int verb) {
        if (!g.pos(verb).equals("VBG") || verb - 1 < g.first() || !g.word(verb - 1).equals(",")
                || g.childExactly(verb, "nsubj") >= 0) return -1;
        int hung = g.head(verb);
        if (hung < 0 || hung > verb) return -1;
        // "- [the harvest was poor] - said X, adding …": the reporting verb hung beside the participle
        int beside = -1;
        for (int c : g.children(hung))
            if (c > hung && c < verb && reporting(g, c) && SIDE_BY_SIDE.contains(g.rel(c))) beside = c;
        if (beside >= 0) return beside;
        // "- … - said the foreign minister, adding …", hung on the reporting verb itself (not on a passive: "only
        // this reference was noted - said X, adding …")
        if (reporting(g, hung) && g.child(hung, "aux:pass") < 0) return hung;
        // "said [the truce had held], stressing …"
        if (g.rel(hung).equals("ccomp") && !reporting(g, hung) && GOING_ON.contains(g.lemma(verb))) {
            int r = g.head(hung);
            if (r >= 0 && r < hung && reporting(g, r)) return r;
        }
        // "said the farm minister, noting …": the inverted speaker of a reporting verb with no subject of its own
        if (g.pos(hung).startsWith("NN") && g.rel(hung).equals("obj")) {
            int r = g.head(hung);
            if (r >= 0 && r < hung && reporting(g, r) && g.childExactly(r, "nsubj") < 0) return r;
        }
        return -1;
    }

    /** Relations the parser gives a reporting verb hung beside a fronted content ("- … - said X"). */
    private static final Set<String> SIDE_BY_SIDE = Set.of("dep", "parataxis");

    /** Verbs that presuppose an utterance of their subject's just before: its speaker goes on. */
    private static final Set<String> GOING_ON = Set.of("add", "note", "stress", "emphasize", "emphasise", "underline",
            "underscore", "reiterate", "insist", "explain", "clarify", "recall", "remind", "conclude", "continue",
            "repeat", "point");

    /**
     * Source tokens of a reporting verb a participle goes on from: its subject, or the speaker inverted after it
     * ("said the farm minister"), without the participle hung on it; null when neither.
     */
    private static int[] reporterSource(SentenceGraph g, int reporter, int participle) {
        int subj = g.childExactly(reporter, "nsubj");
        if (subj >= 0)
            return g.lower(subj).matches("this|that|which|who|what|whatever") ? null : afterFrontedClause(g, subj);
        // an object is the speaker only after a fronted content: "- … - said the minister", not "call the US to …"
        boolean contentFirst = g.head(reporter) >= 0 && g.head(reporter) < reporter
                && SIDE_BY_SIDE.contains(g.rel(reporter))
                || g.children(reporter).stream().anyMatch(c -> c < reporter
                        && (g.rel(c).equals("ccomp") || g.rel(c).equals("parataxis")));
        int obj = g.childExactly(reporter, "obj");
        int[] speaker = contentFirst && obj > reporter ? g.trimmed(obj) : null;
        return speaker != null && speaker[1] >= participle - 1 ? g.trimRange(speaker[0], participle - 2) : speaker;
    }

    /** Tags of a verb that may go on reporting: finite, or a past participle the tagger took for one. */
    private static final Set<String> FINITE_OR_PARTICIPLE = Set.of("VBD", "VBZ", "VBP", "VBN");

    /** Whether token {@code i} is a verb of saying in the cue lexicon. */
    private static boolean reporting(SentenceGraph g, int i) {
        return g.pos(i).startsWith("VB") && CueLexicon.verbClass(g.lemma(i)).isPresent();
    }

    /** Whether a reporting participle is the "mark" of the clause it reports: ", saying he felt …". */
    static boolean saidAsMark(SentenceGraph g, int verb) {
        return g.pos(verb).equals("VBG") && g.rel(verb).equals("mark") && g.head(verb) > verb && g.head(g.head(verb)) >= 0;
    }

    /**
     * A subject headed by a participle is a fronted clause the parser took for the subject, with the speaker hung
     * inside it: "Answering a question about the talks, Aleksandr Lukashenko said …" — the source is the noun phrase
     * after the clause's last comma, when it holds a noun. Any other subject ("Leaked documents show") is the
     * subject's trimmed subtree.
     */
    static int[] afterFrontedClause(SentenceGraph g, int subj) {
        int[] subject = g.trimmed(subj);
        if (subject == null || subject[0] != subj || !(g.pos(subj).equals("VBG") || g.pos(subj).equals("VBN"))) return subject;
        for (int k = subject[1] - 1; k > subject[0]; k--) {
            if (!g.word(k).equals(",")) continue;
            for (int n = k + 1; n <= subject[1]; n++)
                if (g.pos(n).startsWith("NN") || g.pos(n).equals("PRP")) return g.trimRange(k + 1, subject[1]);
            return subject;
        }
        return subject;
    }

    /** Source tokens of "according to X": the noun phrase after it. */
    static int[] accordingSource(SentenceGraph g, Cue cue) {
        if (cue.lemma().equals(Cue.OPINION)) // "In his opinion": "his"; "In the opinion of X": X's noun phrase
            return g.lower(cue.last()).equals("of") ? nounPhraseFrom(g, cue.last() + 1) : new int[] {cue.first() + 1, cue.first() + 1};
        int noun = g.head(cue.first());
        if (noun < 0 || noun == cue.last()) noun = cue.last() + 1 < g.end() ? cue.last() + 1 : -1;
        int[] range = noun < 0 ? null : g.trimmed(noun);
        if (range == null) return null;
        // "…, Ukrinform reports" hung on the source's noun is another clause, not part of the source
        for (int c : g.children(noun))
            if (g.rel(c).equals("parataxis") && c > noun) range[1] = Math.min(range[1], g.subtree(c)[0] - 1);
        return g.trimRange(Math.max(range[0], cue.last() + 1), range[1]);
    }

    /** The noun phrase starting at {@code token}: up to its head noun's subtree end, before any comma. */
    private static int[] nounPhraseFrom(SentenceGraph g, int token) {
        if (token >= g.end()) return null;
        int hi = token;
        while (hi + 1 < g.end() && !g.isPunct(hi + 1) && !g.pos(hi + 1).startsWith("VB")) hi++;
        return g.trimRange(token, hi);
    }

    /** The speaker named by source tokens [lo, hi]; its code is null when no actor resolves. */
    ActorRef resolve(SentenceGraph g, int[] source, Span sourceSpan) {
        String text = sourceSpan.of(doc.text());
        int relative = source[0] == source[1] && g.lower(source[0]).equals("who") ? g.head(source[0]) : -1;
        if (relative >= 0 && g.rel(relative).equals("acl:relcl") && g.head(relative) >= 0) {
            int[] noun = g.trimmed(g.head(relative));
            if (noun == null || noun[1] >= source[0]) return ActorRef.named(null, text, sourceSpan);
            Span named = g.span(noun[0], noun[1]);
            ActorRef a = resolve(g, noun, named);
            return new ActorRef(a.code(), a.name(), sourceSpan, a.antecedent() != null ? a.antecedent() : named, a.actorId());
        }
        if (source[0] == source[1] && PRONOUNS.contains(g.lower(source[0]))) {
            boolean person = PERSON_PRONOUNS.contains(g.lower(source[0]));
            ActorRef above = subjectAbove(g, source[0], person);
            if (above != null)
                return new ActorRef(above.code(), above.name(), sourceSpan,
                        above.antecedent() != null ? above.antecedent() : above.mention(), above.actorId());
            for (int k = subjects.size() - 1; k >= 0; k--) {
                ActorRef s = subjects.get(k);
                if (s.mention().end() <= sourceSpan.start()
                        && personLike(s.antecedent() != null ? s.antecedent() : s.mention()) == person)
                    return new ActorRef(s.code(), s.name(), sourceSpan, s.antecedent() != null ? s.antecedent() : s.mention(),
                            s.actorId());
            }
            ActorMention recent = lastActorBefore(sourceSpan.start(), person);
            return recent == null ? ActorRef.named(null, text, sourceSpan)
                    : ActorRef.of(recent, sourceSpan, recent.span());
        }
        ActorMention best = null;
        List<ActorMention> inSource = new ArrayList<>();
        for (ActorMention a : actors) {
            if (!a.span().overlaps(sourceSpan)) continue;
            inSource.add(a);
            if (best == null || rank(a) > rank(best)) best = a;
        }
        if (coordinated(inSource)) return jointSpeaker(inSource, text, sourceSpan);
        if (best != null) return withTitleSector(ActorRef.of(best, sourceSpan, null), best, sourceSpan);
        return backReference(g, source, sourceSpan).or(() -> possessor(g, source, sourceSpan))
                .or(() -> personDescription(g, source, sourceSpan))
                .or(() -> documentInContext(g, source, sourceSpan))
                .or(() -> officeInContext(g, source, sourceSpan))
                .orElse(ActorRef.named(null, text, sourceSpan));
    }

    /**
     * The subject of a clause above a pronoun in its own sentence, before it: "Zelensky visited the front, where he
     * said …", "…, as he warned", "X said he believed …". A pronoun in a clause hung on another clause most often
     * stands for that clause's subject, which the discourse so far (earlier sentences only) does not hold yet. A
     * subject of what someone said is talked about (as in {@link #noteSubjects}) and passed over, and so is one of
     * the other kind (a person for "it", a body for "he"). Null when no clause above has such a subject.
     */
    private ActorRef subjectAbove(SentenceGraph g, int pronoun, boolean person) {
        for (int c = g.head(pronoun), j = c < 0 ? -1 : g.head(c), steps = 0; j >= 0 && steps < 8;
                c = j, j = g.head(j), steps++) {
            // "comments made by Trump, in which he claimed …": a person in the phrase a clause hangs on is nearer
            if (!g.pos(j).startsWith("VB") && g.rel(c).startsWith("acl") && c > j && g.subtree(j)[0] < g.subtree(c)[0]
                    && personLike(g.span(g.subtree(j)[0], g.subtree(c)[0] - 1))) return null;
            int subj = g.childExactly(j, "nsubj");
            if (subj < 0 || subj > pronoun || PRONOUNS.contains(g.lower(subj))
                    || g.lower(subj).matches("this|that|which|who|what|whatever") || insideComplement(g, subj))
                continue;
            int[] range = g.trimmed(subj);
            if (range == null || range[1] >= pronoun) continue;
            boolean describes = describesPerson(g, range);
            // "Trump's comments came during a town hall, where he said …": a thing's owner is the person meant
            if (person && !describes && (g.pos(subj).equals("NN") || g.pos(subj).equals("NNS"))) {
                int owner = g.childExactly(subj, "nmod:poss");
                if (owner < 0 || PRONOUNS.contains(g.lower(owner)) || !g.pos(owner).startsWith("NNP")) continue;
                range = new int[] {g.subtree(owner)[0], owner};
            }
            Span span = g.span(range[0], range[1]);
            if (said.stream().anyMatch(content -> content.contains(span))) continue;
            ActorRef ref = resolve(g, range, span);
            boolean personal = personLike(ref.antecedent() != null ? ref.antecedent() : span) || describes;
            if (personal != person || !personal && ref.code() == null) continue;
            if (describes) described.add(span);
            return knownPerson(ref);
        }
        return null;
    }

    /**
     * Whether source tokens [lo, hi] describe one person by a noun — "the EU High Representative", "a Ukrainian
     * soldier", "the artist" — with no name the entity tagger marks. Such a person is the nearest antecedent of a
     * later "he" or "she" even with no actor code: a pronoun passing over them to an older coded person gets the
     * wrong speaker, which is worse than none.
     */
    static boolean describesPerson(SentenceGraph g, int[] range) {
        int head = headOf(g, range);
        String pos = g.pos(head);
        return (pos.equals("NN") || pos.equals("NNP")) && PERSON_DESCRIPTIONS.contains(g.lower(head))
                && g.childExactly(head, "conj") < 0;
    }

    /**
     * A definite description of a person coded by its own words ("the Russian tycoon": RUSBUS), or a relative "who"
     * standing for one, is the latest earlier named person of that code ("Russian billionaire Oleg Tinkov"): "the"
     * says the reader knows them. Returns the reference pointing back to that person, or {@code ref} unchanged when
     * it names someone or there is no such person.
     */
    private ActorRef knownPerson(ActorRef ref) {
        Span named = ref.antecedent() != null ? ref.antecedent() : ref.mention();
        String text = named.of(doc.text()).toLowerCase(Locale.ROOT).strip();
        boolean definite = text.startsWith("the ")
                || doc.text().substring(Math.max(0, named.start() - 4), named.start()).equalsIgnoreCase("the ");
        if (isPerson(named) || !personLike(named) || !definite) return ref;
        // an office with no code of its own ("the commander-in-chief") is, as in personDescription, the latest
        // earlier named person when that person's actor is known
        boolean office = ref.code() == null && PERSON_NOUNS.contains(text.substring(text.lastIndexOf(' ') + 1));
        if (ref.code() == null && !office) return ref;
        for (int k = subjects.size() - 1; k >= 0; k--) {
            ActorRef s = subjects.get(k);
            Span earlier = s.antecedent() != null ? s.antecedent() : s.mention();
            if (earlier.end() > named.start() || !isPerson(earlier)) continue;
            if (office && s.code() == null) return ref;
            if (!office && !ref.code().equals(s.code())) continue;
            return new ActorRef(s.code(), s.name(), ref.mention(), earlier, s.actorId());
        }
        return ref;
    }

    /** The tokens of sentence {@code g} that {@code span} covers; null when it covers none. */
    private static int[] tokensOf(SentenceGraph g, Span span) {
        int lo = -1, hi = -1;
        for (int k = g.first(); k < g.end(); k++)
            if (span.contains(g.token(k).span())) {
                if (lo < 0) lo = k;
                hi = k;
            }
        return lo < 0 ? null : new int[] {lo, hi};
    }

    /**
     * Whether an antecedent is a person: named (see {@link #isPerson}), a person actor ("XI" for the registry's Xi
     * Jinping, whom the entity tagger missed; "the Chinese leader"), or described by a noun for one.
     */
    private boolean personLike(Span span) {
        return isPerson(span) || described.contains(span)
                || actors.stream().anyMatch(a -> a.span().overlaps(span) && personActor(a));
    }

    /**
     * Whether an actor mention is of a person: its role is an office a person holds ("leader"; a registry person's
     * "President of Russia"). "Russian army" has the role "army": a body, no person.
     */
    private static boolean personActor(ActorMention a) {
        if (a.role() == null) return false;
        // the role's head: its last word, or the word before "of" ("leader", "head of the council")
        String head = a.role().toLowerCase(Locale.ROOT).replaceAll("\\s+of\\b.*", "").strip();
        return PERSON_DESCRIPTIONS.contains(head.substring(head.lastIndexOf(' ') + 1));
    }

    private static Set<String> personDescriptions() {
        Set<String> s = new HashSet<>(PERSON_NOUNS);
        s.addAll(List.of("representative", "artist", "singer", "musician", "writer", "author",
                "poet", "painter", "director", "expert", "analyst", "professor", "scientist", "economist", "historian",
                "researcher", "journalist", "reporter", "correspondent", "editor", "lawyer", "attorney", "judge",
                "prosecutor", "activist", "soldier", "officer", "colonel", "major", "captain", "lieutenant", "sergeant",
                "pilot", "doctor", "priest", "patriarch", "bishop", "man", "woman", "mother", "father", "son",
                "daughter", "wife", "husband", "widow", "resident", "witness", "survivor", "veteran", "volunteer",
                "farmer", "teacher", "student", "coach", "founder", "owner", "chief", "manager", "executive",
                "businessman", "businesswoman", "oligarch", "billionaire", "tycoon", "magnate", "candidate", "adviser",
                "advisor", "aide", "spy", "agent", "negotiator", "mediator", "emperor", "tsar", "czar", "sultan", "emir",
                "ayatollah", "blogger", "commentator", "ombudsman", "mp", "congressman", "congresswoman",
                "vice-president", "counterpart", "successor", "predecessor"));
        return Set.copyOf(s);
    }

    /** Whether a source joins actors by "and" or a comma: "Poland and Lithuania said", "Kyiv, Warsaw and Vilnius". */
    private boolean coordinated(List<ActorMention> inSource) {
        for (int k = 1; k < inSource.size(); k++) {
            Span a = inSource.get(k - 1).span(), b = inSource.get(k).span();
            if (a.end() <= b.start() && doc.text().substring(a.end(), b.start()).strip()
                    .matches("(,|,?\\s*and)(\\s+(the|its|their))?")) return true;
        }
        return false;
    }

    /**
     * Several actors speaking together: their code when they share one, their country when they share that
     * ("Ukraine's president and its army": UKR), else no one actor (null). Not the last of them, as the parse's head.
     */
    private static ActorRef jointSpeaker(List<ActorMention> joined, String text, Span sourceSpan) {
        Set<String> codes = new HashSet<>(), countries = new HashSet<>(); // null: uncoded
        for (ActorMention a : joined) {
            codes.add(a.code());
            countries.add(a.code() == null || a.code().length() < 3 ? null : a.code().substring(0, 3));
        }
        String code = codes.size() == 1 ? codes.iterator().next()
                : countries.size() == 1 ? countries.iterator().next() : null;
        return ActorRef.named(code, text, sourceSpan);
    }

    /**
     * A definite description of a person as speaker — "the politician", "the head of state", "the expert" — is, like
     * "he", the latest earlier person speaker or subject; only one whose actor is known, so an unknown person leaves
     * the description to {@link #officeInContext}. "A US official" introduces someone new and is not read here.
     */
    private Optional<ActorRef> personDescription(SentenceGraph g, int[] source, Span sourceSpan) {
        int head = headOf(g, source);
        if (!g.lower(source[0]).equals("the") || !PERSON_NOUNS.contains(g.lower(head)) || isPerson(sourceSpan))
            return Optional.empty();
        for (int k = source[0] + 1; k <= source[1]; k++)
            if (g.pos(k).startsWith("NNP") && !TITLE_SECTORS.containsKey(g.lower(k)) && !OFFICE_WORDS.contains(g.lower(k)))
                return Optional.empty(); // "the PiS president" names a party of its own
        for (int k = subjects.size() - 1; k >= 0; k--) {
            ActorRef s = subjects.get(k);
            Span named = s.antecedent() != null ? s.antecedent() : s.mention();
            if (named.end() > sourceSpan.start() || !isPerson(named)) continue;
            return s.code() == null ? Optional.empty()
                    : Optional.of(new ActorRef(s.code(), s.name(), sourceSpan, named, s.actorId()));
        }
        return Optional.empty();
    }

    /**
     * Whether a description names an office its holder has left: "the former president", "the ex-minister" (not
     * "the former Soviet republic's minister": there "former" is the republic's).
     */
    private static boolean leftOffice(String description) {
        return description.matches("(?s).*\\b([Ff]ormer\\s+|[Ee]x-)\\p{Ll}.*");
    }

    /**
     * A document named by its kind — "the statement said", "the report stated", "court documents show" — speaks for
     * whoever issued it, and a text that does not name the issuer in the phrase has just named them: the latest
     * earlier coded speaker or subject, in the same paragraph or the one before. A phrase with a name of its own
     * ("the Pentagon's report", "the ISW update") is left to the names in it.
     */
    private Optional<ActorRef> documentInContext(SentenceGraph g, int[] source, Span sourceSpan) {
        int head = headOf(g, source);
        if (!CueLexicon.DOCUMENT_NOUNS.contains(g.lemma(head))
                || !java.util.Set.of("the", "this", "that").contains(g.lower(source[0])))
            return Optional.empty(); // "a statement released by his ministry" names its issuer otherwise
        for (int k = source[0]; k <= source[1]; k++)
            if ((g.pos(k).startsWith("NNP") && k > g.first()) || g.pos(k).equals("PRP$")) return Optional.empty();
        for (int k = subjects.size() - 1; k >= 0; k--) {
            ActorRef s = subjects.get(k);
            if (s.mention().end() > sourceSpan.start()) continue;
            if (s.code() == null) continue;
            String between = doc.text().substring(s.mention().end(), sourceSpan.start());
            if (between.split("\n\n", -1).length - 1 > 1) return Optional.empty();
            return Optional.of(new ActorRef(s.code(), s.name(), sourceSpan, null, s.actorId()));
        }
        return Optional.empty();
    }

    /**
     * Someone of a body named before, by its possessive: "Aramco's chief executive Amin Nasser" after "Saudi oil giant
     * Aramco reported …" speaks for the company (SAUBUS). The possessor must be a capitalized word of an earlier
     * coded speaker's mention.
     */
    private Optional<ActorRef> possessor(SentenceGraph g, int[] source, Span sourceSpan) {
        for (int k = source[0]; k < source[1]; k++) {
            if (!g.pos(k + 1).equals("POS") || !Character.isUpperCase(g.word(k).charAt(0))) continue;
            java.util.regex.Pattern owner = java.util.regex.Pattern.compile("(?<!\\p{L})"
                    + java.util.regex.Pattern.quote(g.word(k)) + "(?!\\p{L})");
            for (int s = subjects.size() - 1; s >= 0; s--) {
                ActorRef earlier = subjects.get(s);
                if (earlier.code() == null || earlier.mention().end() > sourceSpan.start()) continue;
                if (owner.matcher(earlier.mention().of(doc.text())).find())
                    return Optional.of(new ActorRef(earlier.code(), earlier.name(), sourceSpan, null, earlier.actorId()));
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The token of {@code range} whose head lies outside it: "head" in "the head of state". */
    private static int headOf(SentenceGraph g, int[] range) {
        for (int k = range[0]; k <= range[1]; k++)
            if (g.head(k) < range[0] || g.head(k) > range[1]) return k;
        return range[1];
    }

    /**
     * Singular nouns that describe one person by office. Not the experts' ("the analyst", "the professor"): the
     * text often quotes them without a name the registry knows, and the latest known person is someone else.
     */
    private static final Set<String> PERSON_NOUNS = Set.of("politician", "head", "chairman", "chairwoman", "leader",
            "diplomat", "minister", "president", "premier", "official", "spokesman", "spokeswoman", "spokesperson",
            "ambassador", "envoy", "commander", "general", "senator", "lawmaker", "governor", "mayor", "secretary",
            "chancellor", "deputy", "dictator", "monarch", "king", "queen", "prince", "princess", "duchess", "duke",
            "pope", "representative", "commander-in-chief");

    /** Singular nouns for one person, as a description a pronoun may refer back to. */
    private static final Set<String> PERSON_DESCRIPTIONS = personDescriptions();

    /**
     * A bare office as speaker — "the defence ministry says", "the General Staff reported", "the authorities" —
     * names no country, and the text leaves it to the context: the country of the latest earlier speaker that has
     * one, with the office's sector (RUS + GOVMIL). Not for a phrase that names someone ("the Tanjug agency", a
     * person, a capitalized "Economist" mid-sentence): a name of its own is not the context's.
     */
    private Optional<ActorRef> officeInContext(SentenceGraph g, int[] source, Span sourceSpan) {
        int lo = source[0], head = source[1];
        String sector = TITLE_SECTORS.get(g.lower(head));
        // "the head of state said" with no known person before it: the phrase names the office, not its last word
        if (sector == null && sourceSpan.of(doc.text()).toLowerCase(Locale.ROOT).matches("the head of (state|government)"))
            sector = "GOV";
        boolean named = lo > g.first() && Character.isUpperCase(g.word(lo).charAt(0));
        if (sector == null || named || isPerson(sourceSpan) || SentenceGraph.isOpeningQuote(g.word(lo))
                || COUNTRYLESS_MEDIA.contains(g.lower(head))
                || g.lower(lo).equals("both")) // "both diplomats" are two countries'
            return Optional.empty();
        for (int k = lo; k < head; k++)
            if (g.pos(k).startsWith("NNP") && !TITLE_SECTORS.containsKey(g.lower(k)) && !OFFICE_WORDS.contains(g.lower(k)))
                return Optional.empty();
        String text = sourceSpan.of(doc.text());
        if (sector.equals("GOV") && text.toLowerCase(Locale.ROOT).matches("(?s).*\\bdefen[cs]e\\b.*")) sector = "GOVMIL";
        if (leftOffice(text)) sector = ""; // "the former minister": a citizen now, no office
        String country = contextCountry(sourceSpan.start());
        return country == null ? Optional.empty() : Optional.of(ActorRef.named(country + sector, text, sourceSpan));
    }

    /** Capitalized words of an office's own name: "the Defence Ministry", "the Foreign Affairs Committee". */
    private static final Set<String> OFFICE_WORDS = Set.of("defence", "defense", "foreign", "interior", "affairs",
            "armed", "chief", "state", "national", "security", "presidential");
    /** CAMEO prefixes of actors that belong to no state (international and transnational bodies, companies). */
    private static final Set<String> NON_STATE = Set.of("IGO", "NGO", "MNC", "IMG");

    /** The state of the latest speaker or subject before {@code offset} that belongs to one; null when none. */
    private String contextCountry(int offset) {
        for (int k = subjects.size() - 1; k >= 0; k--) {
            ActorRef s = subjects.get(k);
            if (s.code() == null || s.code().length() < 3 || s.mention().end() > offset) continue;
            String country = s.code().substring(0, 3);
            if (country.chars().allMatch(Character::isUpperCase) && !NON_STATE.contains(country)) return country;
        }
        return null;
    }

    /**
     * A country's office holder coded by the title after the country in the same phrase: "Ukraine's health
     * minister" and "Moldova's President Maia Sandu" speak for the government (UKRGOV, MDAGOV), not the state, when
     * the registry gives only the country. The first title word after the country decides.
     */
    private ActorRef withTitleSector(ActorRef ref, ActorMention country, Span source) {
        if (ref.code() == null || ref.code().length() != 3 || country.span().end() >= source.end()) return ref;
        String after = doc.text().substring(country.span().end(), source.end()).toLowerCase(Locale.ROOT);
        for (String word : after.split("[^\\p{L}]+")) {
            // "X, a former U.S. intelligence officer", "Poland's ex-president": a citizen now, no office
            if (word.equals("former") || word.equals("ex")) return ref;
            String sector = TITLE_SECTORS.get(word);
            if (sector == null) continue;
            if (sector.equals("GOV") && after.matches("(?s).*\\bdefen[cs]e\\b.*")) sector = "GOVMIL";
            return new ActorRef(ref.code() + sector, ref.name(), ref.mention(), ref.antecedent(), null);
        }
        return ref;
    }

    /** Title words and the sector of the country they put a speaker in. */
    private static final java.util.Map<String, String> TITLE_SECTORS = titleSectors();
    /** Media named with no country ("the media", "propaganda"): everyone's, no office of the state last quoted. */
    private static final Set<String> COUNTRYLESS_MEDIA = Set.of("media", "news", "propaganda");

    private static java.util.Map<String, String> titleSectors() {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        for (String w : List.of("president", "minister", "ministry", "premier", "government", "spokesman", "spokeswoman",
                "spokesperson", "ambassador", "envoy", "diplomat", "secretary", "chancellor", "adviser", "advisor",
                "official", "officials", "authorities", "administration", "cabinet", "mayor", "governor", "king", "queen"))
            m.put(w, "GOV");
        for (String w : List.of("army", "military", "commander", "general", "troops", "forces", "navy", "staff"))
            m.put(w, "MIL");
        for (String w : List.of("parliament", "lawmaker", "lawmakers", "mp", "senator", "congressman", "congresswoman"))
            m.put(w, "LEG");
        // an outlet named by its kind after the country is that country's media: "the Russian Telegram channel X",
        // "Ukrainian news outlet Y", "the Russian media", "Chinese propaganda" (a state's own media speaking)
        for (String w : List.of("journalist", "newspaper", "weekly", "daily", "journal", "broadcaster", "reporter",
                "correspondent", "media", "news", "outlet", "portal", "channel", "website", "magazine", "tabloid",
                "television", "tv", "radio", "propaganda"))
            m.put(w, "MED");
        for (String w : List.of("firm", "company", "operator", "industry", "billionaire", "tycoon", "oligarch",
                "oligarchs", "businessman", "businesswoman", "businessmen", "giant", "producer", "manufacturer", "maker"))
            m.put(w, "BUS");
        m.put("intelligence", "SPY");
        return java.util.Map.copyOf(m);
    }

    /**
     * A short description or a surname that repeats a word of an earlier speaker's name: "the ministry" after
     * "Russia's Defence Ministry", "Movchan" after "spokesman Oleksandr Movchan".
     */
    private Optional<ActorRef> backReference(SentenceGraph g, int[] source, Span sourceSpan) {
        int headWord = source[1];
        boolean shortForm = source[1] - source[0] <= 2 && (g.pos(source[0]).equals("DT") || g.pos(headWord).startsWith("NNP"));
        if (!shortForm || !Character.isLetter(g.word(headWord).charAt(0))) return Optional.empty();
        String word = g.lower(headWord);
        for (int k = subjects.size() - 1; k >= 0; k--) {
            ActorRef s = subjects.get(k);
            Span named = s.antecedent() != null ? s.antecedent() : s.mention();
            if (named.end() > sourceSpan.start()) continue;
            String earlier = named.of(doc.text()) + " " + s.name();
            // a word that modifies a lower-case noun after it is not what the earlier name is: "war" in "war
            // correspondent" (but "operator" in "nuclear operator Energoatom" is, and "secretary" in "secretary of
            // state")
            if (earlier.matches("(?s).*\\b(?iu:" + java.util.regex.Pattern.quote(word) + ")\\b(?!\\s+(?!of\\b)\\p{Ll}).*"))
                return Optional.of(new ActorRef(s.code(), s.name(), sourceSpan, named, s.actorId()));
        }
        return Optional.empty();
    }

    /**
     * Remembers the sentence's resolved subjects and named speakers as antecedents for later pronouns and short
     * forms. A subject inside what a claim says (of this sentence or one before: a quotation may run on) is left
     * out: in "Jeffries said Putin wants …", a later "he said" is Jeffries, not Putin.
     */
    void noteSubjects(SentenceGraph g, List<org.sitrep.model.Claim> sentenceClaims) {
        for (org.sitrep.model.Claim c : sentenceClaims) said.add(c.content());
        List<ActorRef> found = new ArrayList<>();
        Span headlined = headlineSpeaker(g);
        for (int i = g.first(); i < g.end(); i++) {
            if (!g.rel(i).startsWith("nsubj") || PRONOUNS.contains(g.lower(i)) || insideComplement(g, i)) continue;
            // the words of a headline "Biden: I am convinced that Putin …" are the speaker's, like a claim's content
            if (headlined != null && g.token(i).span().start() > headlined.end()) continue;
            int[] range = g.trimmed(i);
            if (range == null) continue;
            Span span = g.span(range[0], range[1]);
            if (said.stream().anyMatch(content -> content.contains(span))) continue;
            ActorRef ref = resolve(g, range, span);
            // Unregistered persons stay antecedents too: "he" after "spokesman Oleksandr Movchan", "the artist".
            boolean describes = ref.antecedent() == null && describesPerson(g, range);
            if (describes) described.add(span);
            ref = knownPerson(ref);
            if (ref.code() != null || isPerson(ref.mention()) || describes) found.add(ref);
            // "The same view was expressed by Foreign Minister X. He added …": a passive's person agent is who acted
            if (g.rel(i).equals("nsubj:pass") && g.head(i) >= 0)
                for (int c : g.children(g.head(i))) {
                    int[] agent = g.rel(c).startsWith("obl") && g.hasCase(c, "by") ? g.trimmed(c) : null;
                    if (agent == null) continue;
                    if (g.lower(agent[0]).equals("by")) agent = new int[] {agent[0] + 1, agent[1]};
                    if (agent[0] > agent[1]) continue;
                    Span by = g.span(agent[0], agent[1]);
                    if (isPerson(by) && said.stream().noneMatch(content -> content.contains(by)))
                        found.add(resolve(g, agent, by));
                }
        }
        // a headline "Lavrov: We don't want war" names who speaks in what follows
        if (headlined != null) {
            int[] range = {g.first(), g.tokenAfter(headlined.end()) - 1};
            found.add(resolve(g, range, headlined));
        }
        // speakers that are no subject ("according to X", '"…," said X') are antecedents as well
        for (org.sitrep.model.Claim c : sentenceClaims) {
            ActorRef s = c.source();
            if (s == null || s.mention() == null || s.antecedent() != null) continue;
            // "according to his information": a thing of someone's, no one to refer back to
            if (s.mention().of(doc.text()).toLowerCase(Locale.ROOT).matches("(his|her|their|its) .+")) continue;
            int[] range = tokensOf(g, s.mention());
            boolean describes = range != null && describesPerson(g, range);
            if ((s.code() != null || isPerson(s.mention()) || describes)
                    && found.stream().noneMatch(f -> f.mention().overlaps(s.mention()))) {
                if (describes) described.add(s.mention());
                found.add(knownPerson(s));
            }
        }
        found.sort(Comparator.comparing(ActorRef::mention));
        subjects.addAll(found);
    }

    /**
     * Forgets the antecedents named inside quotations whose speaker comes only after them, over several sentences
     * ("- The first aim was the capital. Then Orlov gave up. - the general said."): whoever a quotation names is
     * talked about, and a later "he" is the one quoted, as for the content of a claim in {@link #noteSubjects}.
     * Later subjects inside these quotations are left out as well.
     */
    void forgetInside(List<Span> quotations) {
        said.addAll(quotations);
        subjects.removeIf(s -> quotations.stream().anyMatch(q -> q.contains(s.mention())));
    }

    /**
     * Whether subject {@code i} belongs to a clause that is what someone said, asked or knows ("was asked whether
     * Putin had decided", "believes Putin has decided"): the subject of such a clause is talked about, no antecedent.
     */
    private static boolean insideComplement(SentenceGraph g, int i) {
        for (int j = g.head(i), steps = 0; j >= 0 && steps < 8; j = g.head(j), steps++)
            if (g.rel(j).equals("ccomp")) return true;
        return false;
    }

    /**
     * The name before the colon of a line "Name: words", when it is a person's (one to four words); else null. A
     * sentence glued to the one before ("…Ukraine.Joe Biden: I am …") starts a line of the page it was scraped from.
     */
    private Span headlineSpeaker(SentenceGraph g) {
        int first = g.token(g.first()).span().start();
        boolean glued = first > 0 && !Character.isWhitespace(doc.text().charAt(first - 1));
        if (!g.startsLine(g.first()) && !glued) return null;
        for (int k = g.first() + 1; k < g.end() && k <= g.first() + 4; k++) {
            if (!g.word(k).equals(":")) {
                if (!g.pos(k).startsWith("NNP")) return null;
                continue;
            }
            Span name = g.span(g.first(), k - 1);
            return g.pos(g.first()).startsWith("NNP") && isPerson(name) ? name : null;
        }
        return null;
    }

    /** Whether an actor or a named person speaks (a vague source such as "some observers" is neither). */
    boolean isNamed(ActorRef speaker) {
        return speaker.code() != null || personLike(speaker.antecedent() != null ? speaker.antecedent() : speaker.mention());
    }

    /** Persons first (the speaker in "Chief of the General Staff … Valery Gerasimov"), then longer names. */
    private int rank(ActorMention a) {
        return (isPerson(a.span()) ? 10_000 : 0) + a.span().length();
    }

    boolean isPerson(Span span) {
        List<EntityMention> entities = doc.get(Layer.ENTITIES);
        for (EntityMention e : entities)
            if (e.kind().equals("PERSON") && e.span().overlaps(span)) return true;
        // "Liz Truss has used …" then "…," Truss said': the tagger often leaves a bare surname unmarked, and a later
        // "she" must still find her rather than a person named in between
        String[] words = span.of(doc.text()).strip().split("\\s+");
        String last = words[words.length - 1];
        if (last.length() < 3 || !Character.isUpperCase(last.charAt(0))) return false;
        for (EntityMention e : entities) {
            if (!e.kind().equals("PERSON") || e.span().end() > span.start()) continue;
            String[] name = e.span().of(doc.text()).strip().split("\\s+");
            if (name.length > 1 && name[name.length - 1].equals(last)) return true;
        }
        return false;
    }

    private ActorMention lastActorBefore(int offset, boolean person) {
        ActorMention found = null;
        for (ActorMention a : actors)
            if (a.span().end() <= offset && isPerson(a.span()) == person) found = a;
        return found;
    }
}
