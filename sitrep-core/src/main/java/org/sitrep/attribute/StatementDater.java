package org.sitrep.attribute;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.ActorRef;
import org.sitrep.model.DateBasis;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.model.Span;
import org.sitrep.model.TimeMention;
import org.sitrep.model.TimeValue;

/**
 * When a claim was made, and how that was found: a day-precise time in the claim's sentence outside its content
 * (explicit; one with a digit wins), else a month or year the cue hangs from (period: its first day), else "at that
 * time" and the like after an earlier explicit date (discourse),
 * else the article's date (publication). The content's own dates are about the events, not the statement. Keeps
 * the last explicit date, so one instance serves one document, front to back; not thread-safe.
 */
final class StatementDater {
    private static final Set<String> ANAPHORIC_TIME = Set.of("at that time", "at the time", "that day",
            "the same day", "on the same day", "at the same time", "then");

    /** A claim's statement date and how it was found: explicit, period, discourse or publication. */
    record StatementDate(LocalDate date, DateBasis basis) {}

    private final Doc doc;
    private LocalDate lastExplicitDate;
    /** The statement date of the article's first sentence, the lede: the day the story is about; null when none. */
    private LocalDate storyDate;

    StatementDater(Doc doc) {
        this.doc = doc;
    }

    /** The statement date of a claim with this cue, content tokens [lo, hi] and speaker (null, or its code null, when unknown). */
    StatementDate date(SentenceGraph g, Cue cue, int[] content, ActorRef who) {
        String speaker = who == null ? null : who.code();
        String person = speaker == null || who.name() == null ? null : speaker + "|" + lastWord(who.name());
        StatementDate d = dateOf(g, cue, content, who, person);
        int at = g.span(cue.first(), cue.first()).start();
        // a cue inside the previous claim's content ("Zelensky stressed that since Russia threatens Europe, …") is
        // part of what that speaker said: the speaker who goes on after it is still the previous one
        if (last == null || !last.content().contains(g.span(cue.first(), cue.last()))) {
            last = new Dated(speaker, d.basis() == DateBasis.PUBLICATION || d.basis() == DateBasis.PERIOD ? null : d.date(), at,
                    g.span(content[0], content[1]));
            // an undated claim of the same person ("Koffler says …" between two past-tense reports of one interview)
            // keeps their day alive: the next report counts its distance from here
            Dated before = person == null ? null : lastBySpeaker.get(person);
            if (person != null) lastBySpeaker.put(person, last.date() == null && before != null && before.date() != null
                    ? new Dated(speaker, before.date(), at, last.content()) : last);
            if (speaker != null && last.date() != null) lastDatedByCode.put(speaker, last);
        }
        return d;
    }

    /**
     * A sentence with no claim whose subject, a person with a code, acted on a named day ("Haines presented the
     * annual threat report on Wednesday."): like a previous claim's date, that day carries to the same speaker's
     * next report with no time of its own ("She warned that …"), in its paragraph or the next. The speaker's own
     * sentence is where the story dates them; an earlier claim's date no longer does.
     *
     * @param speaker the code of the sentence's subject when it is a person; null when not (then nothing changes)
     */
    void noteUnreported(SentenceGraph g, String speaker) {
        if (speaker == null) return;
        int root = g.root();
        LocalDate day = null;
        for (TimeMention t : doc.get(Layer.TIMES)) {
            LocalDate d = g.sentence.span().contains(t.span()) ? dayOf(t.value()) : null;
            // the day of the subject's own act ("presented … on Wednesday"), not of a clause under it ("said the
            // war began on 24 February")
            if (d != null && governor(g, t.span()) == root && (day == null || t.span().of(doc.text()).matches(".*\\d.*")))
                day = d;
        }
        if (day == null || day.isAfter(doc.article().published())) return;
        int at = g.sentence.span().start();
        last = new Dated(speaker, day, at, new Span(at, at));
    }

    /**
     * The previous claim's speaker code, its date when the text gave one (null when not), its cue's offset and its
     * content.
     */
    private record Dated(String speaker, LocalDate date, int cue, Span content) {}

    private Dated last;
    /**
     * Each speaker's latest claim, by code and the last word of their name ("USA|koffler"; two officials of one
     * government are two speakers): a speaker quoted again after someone else still speaks on that day.
     */
    private final Map<String, Dated> lastBySpeaker = new HashMap<>();
    /**
     * Each code's latest dated claim: a speaker named only by a description ("the head of the intelligence service",
     * "the newspaper") is the one of that code the story has been quoting, whose day it keeps.
     */
    private final Map<String, Dated> lastDatedByCode = new HashMap<>();

    private StatementDate dateOf(SentenceGraph g, Cue cue, int[] content, ActorRef who, String person) {
        String speaker = who == null ? null : who.code();
        Span contentSpan = g.span(content[0], content[1]);
        Span speakerSpan = who == null ? null : who.mention();
        TimeMention best = null;
        boolean ownTime = false;
        for (TimeMention t : doc.get(Layer.TIMES)) {
            if (!g.sentence.span().contains(t.span()) || contentSpan.overlaps(t.span()) || inSpeakersClause(speakerSpan, t.span())
                    || dayOf(t.value()) == null && inSpeakersRelativeClause(g, t.span(), speakerSpan))
                continue;
            // a time in an adjunct after a following content ("…, a day after the summit") dates no statement
            boolean trailing = t.span().start() >= contentSpan.end() && contentSpan.start() > g.span(cue.first(), cue.first()).start();
            ownTime |= !trailing;
            if (dayOf(t.value()) == null) continue;
            boolean explicit = t.span().of(doc.text()).matches(".*\\d.*");
            if (best == null || explicit) best = t;
        }
        if (best != null) {
            lastExplicitDate = dayOf(best.value());
            if (g.sentence.span().start() == firstSentenceStart()) storyDate = lastExplicitDate;
            return new StatementDate(lastExplicitDate, DateBasis.EXPLICIT);
        }
        LocalDate period = periodOf(g, cue, contentSpan);
        if (period != null) return new StatementDate(period, DateBasis.PERIOD);
        String before = doc.text().substring(g.sentence.span().start(), g.span(cue.first(), cue.first()).start())
                .toLowerCase(Locale.ROOT);
        // "The ministers talked on Saturday. The day before, X said …": the day before the last day the text named
        if (before.matches("(?s).*\\b(the day before|a day earlier|the previous day|the day earlier)\\b.*")) {
            LocalDate named = lastDayBefore(g.sentence.span().start());
            if (named != null) return new StatementDate(named.minusDays(1), DateBasis.DISCOURSE);
        }
        if (lastExplicitDate != null)
            for (String marker : ANAPHORIC_TIME)
                if (before.matches("(?s).*\\b" + marker + "\\b.*")) {
                    return new StatementDate(lastExplicitDate, DateBasis.DISCOURSE);
                }
        // The same speaker going on ("Blinken said on Friday …. The head of American diplomacy argued …", "He added
        // …"): the previous claim's date carries to a report with no time of its own, in its paragraph or the next.
        LocalDate published = doc.article().published();
        int at = g.span(cue.first(), cue.first()).start();
        if (last != null && last.date() != null && speaker != null && speaker.equals(last.speaker()) && !ownTime
                && (simplePast(g, cue) || cue.isAccordingTo()) && !last.date().isAfter(published)
                && !datesAfter(contentSpan, last.date())
                && paragraphBreaks(last.cue(), at) <= 1)
            return new StatementDate(last.date(), DateBasis.DISCOURSE);
        // The same speaker back after another one ("Koffler told Fox News on Friday …. Clarke agreed …. Koffler also
        // explained …"): the interview goes on, a few paragraphs on. In the simple past, as above.
        Dated own = person == null ? null : lastBySpeaker.get(person);
        // a speaker named by a description is the one of that code last quoted with a day
        if (speaker != null && described(who) && (own == null || own.date() == null)) own = lastDatedByCode.get(speaker);
        // the same speaker a paragraph or more on, after a paragraph of background, is also still on that day
        if (own != null && own.date() != null && !ownTime && (simplePast(g, cue) || cue.isAccordingTo())
                && !own.date().isAfter(published) && !datesAfter(contentSpan, own.date())
                && paragraphBreaks(own.cue(), at) <= 3)
            return new StatementDate(own.date(), DateBasis.DISCOURSE);
        // A story whose first sentence dates a statement ("Blinken said on Saturday …") and goes on in the simple
        // past ("Blinken told reporters …") tells of that day: a past-tense report with no time of its own carries
        // the lede's date when that lies in the week before publication. A date later in the text does not: an
        // explainer or a live page moves between days. Nor does it carry to a report of events dated after it: a
        // statement is not made before what it reports.
        if (storyDate != null && !ownTime && simplePast(g, cue) && !storyDate.isAfter(published)
                && !storyDate.isBefore(published.minusDays(7)) && !datesAfter(contentSpan, storyDate))
            return new StatementDate(storyDate, DateBasis.DISCOURSE);
        return new StatementDate(published, DateBasis.PUBLICATION);
    }

    /** Granularities of a period that dates a statement: the month or the year it was made in. */
    private static final Set<TimeValue.Granularity> PERIODS = Set.of(TimeValue.Granularity.MONTH, TimeValue.Granularity.YEAR);

    /**
     * The first day of a month or year that dates the cue: a time of that granularity in the sentence, outside the
     * content and not in an adjunct after it, that hangs from the cue's verb ("In November Sunak declared …", "Japan
     * last month pledged …"), and no later than the article. Null when none: a month inside a relative clause or an
     * object ("the talks in March") dates something else.
     */
    private LocalDate periodOf(SentenceGraph g, Cue cue, Span content) {
        for (TimeMention t : doc.get(Layer.TIMES)) {
            TimeValue v = t.value();
            if (!g.sentence.span().contains(t.span()) || content.overlaps(t.span()) || !PERIODS.contains(v.granularity())
                    || !v.isInterval() || v.start() == null)
                continue;
            if (governor(g, t.span()) != cue.head()) continue;
            LocalDate published = doc.article().published();
            if (published != null && v.start().isAfter(published)) continue;
            return v.start();
        }
        return null;
    }

    /** The day of the last day-precise time mention that ends before {@code offset}; null when none. */
    private LocalDate lastDayBefore(int offset) {
        TimeMention latest = null;
        for (TimeMention t : doc.get(Layer.TIMES))
            if (t.span().end() <= offset && dayOf(t.value()) != null && (latest == null || t.span().start() > latest.span().start()))
                latest = t;
        return latest == null ? null : dayOf(latest.value());
    }

    /** The token outside {@code span} that the span's first token hangs from, through the span's own tokens; or -1. */
    private static int governor(SentenceGraph g, Span span) {
        int k = g.tokenAfter(span.start());
        for (int steps = 0; k >= 0 && k < g.end() && span.contains(g.token(k).span()) && steps < 50; steps++) k = g.head(k);
        return k;
    }

    /**
     * The blank lines between two offsets that start a paragraph of running text: a subheading between two
     * paragraphs of one report ("Haines: Putin counts on time", no closing stop) does not part them.
     */
    private int paragraphBreaks(int from, int to) {
        String text = doc.text();
        int n = 0;
        for (int i = text.indexOf("\n\n", from); i >= 0 && i < to; i = text.indexOf("\n\n", i + 2)) {
            int next = text.indexOf("\n\n", i + 2);
            String paragraph = text.substring(i + 2, next < 0 ? text.length() : next).strip();
            boolean heading = next >= 0 && next < to && !paragraph.matches("(?s).*[.!?\"\u201D'\u2019]$");
            if (!heading) n++;
        }
        return n;
    }

    /** Whether a time inside the span falls on a day after the given one. */
    private boolean datesAfter(Span span, LocalDate day) {
        for (TimeMention t : doc.get(Layer.TIMES)) {
            LocalDate d = span.contains(t.span()) ? dayOf(t.value()) : null;
            if (d != null && d.isAfter(day)) return true;
        }
        return false;
    }

    private int firstSentenceStart() {
        return doc.get(Layer.SENTENCES).isEmpty() ? -1 : doc.get(Layer.SENTENCES).get(0).span().start();
    }

    /**
     * A verb cue in the simple past, active ("said") or passive ("was quoted"); not "had said", "says", "has said".
     * A participle with a subject and no auxiliary ("Marran added …" tagged VBN) is a past tense the tagger missed.
     */
    private static boolean simplePast(SentenceGraph g, Cue cue) {
        if (cue.isAccordingTo()) return false;
        int verb = cue.head();
        if (g.pos(verb).equals("VBD")) return true;
        if (!g.pos(verb).equals("VBN")) return false;
        boolean subject = false, auxiliary = false;
        for (int c : g.children(verb)) {
            if (g.rel(c).equals("aux:pass") && g.pos(c).equals("VBD")) return true;
            subject |= g.rel(c).equals("nsubj");
            auxiliary |= g.rel(c).startsWith("aux");
        }
        return subject && !auxiliary;
    }

    /**
     * Whether a time lies in a clause set off by a comma inside the speaker's phrase ("The tycoon, who founded a bank
     * in 2006, wrote …", "X, sanctioned on 24 March, said …"): it dates the speaker's past, not the statement. A time
     * the parse left in the phrase before any comma ("Blinken during the Thursday meeting warned …") still dates it.
     */
    private boolean inSpeakersClause(Span speaker, Span time) {
        return speaker != null && speaker.contains(time) && doc.text().substring(speaker.start(), time.start()).contains(",");
    }

    /**
     * Whether a time lies in a relative clause on the speaker ("The tycoon, who founded a bank in 2006, wrote …"): a
     * year or month there dates the speaker's past, not the statement. (A day there often is the statement's: "X, who
     * attended the opening on Wednesday night, said …".)
     */
    private static boolean inSpeakersRelativeClause(SentenceGraph g, Span time, Span speaker) {
        if (speaker == null) return false;
        int k = governor(g, time);
        for (int steps = 0; k >= 0 && k < g.end() && steps < 50; steps++) {
            int up = g.head(k);
            if (g.rel(k).equals("acl:relcl") && up >= 0 && speaker.contains(g.token(up).span())) return true;
            k = up;
        }
        return false;
    }

    /** Whether the speaker is named by a description ("the newspaper", "Estonia (intelligence)"), not a name. */
    private static boolean described(ActorRef who) {
        String name = who == null ? null : who.name();
        return name == null || name.isBlank() || name.contains("(") || Character.isLowerCase(name.strip().charAt(0));
    }

    private static String lastWord(String name) {
        String[] words = name.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return words[words.length - 1];
    }

    /** The day a resolved time falls on, when it is no coarser than a day; else null. */
    static LocalDate dayOf(TimeValue v) {
        boolean dayOrFiner = v.granularity() == TimeValue.Granularity.DAY
                || v.granularity() == TimeValue.Granularity.PART_OF_DAY || v.granularity() == TimeValue.Granularity.TIME;
        return dayOrFiner && v.isInterval() ? v.start() : null;
    }
}
