package org.sitrep.resolve;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.lexicon.CueLexicon;
import org.sitrep.model.Doc;
import org.sitrep.model.Evidence;
import org.sitrep.model.Issue;
import org.sitrep.model.Layer;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.StageVersions;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimeMention;
import org.sitrep.model.TimeValue;
import org.sitrep.model.TimeValue.Anchoring;
import org.sitrep.model.TimeValue.Granularity;
import org.sitrep.model.Token;
import org.sitrep.model.Stage;

/**
 * Resolves the tagger's time expressions ({@link Layer#TIMEXES}) into {@link TimeMention}s with calendar intervals
 * and granularity ({@link Layer#TIMES}), anchored to the publication date and to the discourse:
 * <ul>
 *   <li>underspecified names ("Tuesday", "in early August", "April 26") take the direction of their clause's
 *       tense: past tense → the most recent one on or before the publication date, future → the next one;</li>
 *   <li>"N years/months/weeks ago" keep the unit's granularity (1998 − 2 years → 1996, not a day);</li>
 *   <li>"the evening of April 27" is one mention, 2025-04-27 with part of day EV;</li>
 *   <li>"the day", "that day", "the same day" refer back to the nearest explicit date before them, and "the next
 *       day", "two days later" are counted from it;</li>
 *   <li>a vague past ("a few days ago", "recently") next to an explicit date in the same sentence ("a few days ago,
 *       on April 26") becomes a reference to that date;</li>
 *   <li>ages ("22-year-old", "75 years old") are not times and are dropped;</li>
 *   <li>"the past several months", "the next two years", "the past decade", "in the coming years" are
 *       durations, decades and centuries counted in years (P10Y); frequency adverbs get their period
 *       ("annually" P1Y);</li>
 *   <li>a month name or a month and day without a year and without a directing tense (present, an infinitive,
 *       a plan reported in the past) is the occurrence nearest the publication date ("the hearing is in May");
 *       a weekday in a plan reported in the past ("planned to leave on Thursday") or after "as early as",
 *       "no later than", "until" is the next one;</li>
 *   <li>the tense is read from the nearest verb group, skipping a trailing attribution ("…, an official said")
 *       and reading a planning verb after the expression with what follows it ("plans to hold");</li>
 *   <li>extents follow TimeML ({@link TimexExtents}): no leading preposition or approximator, year ranges
 *       ("2009-2010") split in two.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class TimeResolver implements Stage {
    static final String NAME = "time-resolver";
    /** Recorded with the output's fingerprint in {@link StageVersions}; a test says when to add a new one. */
    static final String VERSION = StageVersions.current(NAME);
    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|november"
            + "|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec";
    private static final String WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    private static final String NUMBER = "\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
            + "|twenty|thirty|forty|fifty|a couple of|a|an|a few|few|several|many|some";
    private static final Pattern WEEKDAY = Pattern.compile("(?:(last|this|next|on|early|late)\\s+)?(" + WEEKDAYS
            + ")(?:\\s+(morning|afternoon|evening|night))?");
    private static final Pattern MONTH_ONLY = Pattern.compile("(?:(?:in|early|late|mid|mid-|the end of|the beginning of"
            + "|last|this|next)[\\s-]+)*(" + MONTHS + ")\\.?");
    private static final Pattern MONTH_DAY = Pattern.compile("(?:on\\s+)?(" + MONTHS + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?"
            + "|(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTHS + ")");
    private static final Pattern AGO = Pattern.compile("(?:about\\s+|some\\s+|nearly\\s+|almost\\s+|more than\\s+)?("
            + NUMBER + ")\\s+(year|month|week|day)s?\\s+(ago|earlier|before)");
    private static final Pattern PERIOD = Pattern.compile("(?:the\\s+)?(?:past|last|next|coming|previous|following|first"
            + "|recent)\\s+(" + NUMBER + ")\\s+(day|week|month|year|decade|centurie|century)s?");
    private static final Pattern RECENT = Pattern.compile("(?:in\\s+)?(?:the\\s+)?(?:recent|past few|last few|past"
            + "|next few|coming|coming few)\\s+(day|week|month|year|decade)s");
    /** "the past decade", "the next century": a stretch from or to now, a duration in years (as TimeBank writes it). */
    private static final Pattern PAST_SPAN = Pattern.compile("(?:the\\s+)?(?:past|last|next|coming)\\s+(decade|century)");
    /** Frequency adverbs and their period. */
    private static final Pattern FREQUENCY = Pattern.compile("(?:almost\\s+|nearly\\s+)?(daily|nightly|weekly|monthly"
            + "|annually|yearly|hourly|quarterly)");
    /** A weekday after these is a deadline or an earliest date: ahead of the report ("as early as Tuesday"). */
    private static final Pattern AHEAD_CUE = Pattern.compile(
            "\\b(?:as\\s+(?:soon|early)\\s+as|no\\s+later\\s+than|(until|till))\\s+$", Pattern.CASE_INSENSITIVE);
    /** A clock time on a weekday: "9 a.m. Tuesday", "10:30 p.m. EST Friday", "Friday at 9 a.m.". */
    private static final Pattern CLOCK_DAY = Pattern.compile("(\\d{1,2})(?::(\\d\\d))?\\s*([ap])\\.?m\\.?(?:\\s+[a-z]{2,4})?"
            + "\\s+(?:on\\s+)?(" + WEEKDAYS + ")|(" + WEEKDAYS + "),?\\s+at\\s+(\\d{1,2})(?::(\\d\\d))?\\s*([ap])\\.?m\\.?");
    private static final Pattern COUPLE = Pattern.compile("(?:a\\s+)?couple\\s+of\\s+(day|week|month|year)s");
    private static final Pattern SAME_DAY = Pattern.compile("(?:during\\s+)?(?:the|that|this|the same)\\s+day");
    private static final Pattern DAY_OFFSET = Pattern.compile("(?:the\\s+)?(next|following|previous|preceding) day"
            + "|the day (after|before)|(" + NUMBER + ") days? (later|after|earlier|before)");
    private static final Pattern VAGUE_PAST = Pattern.compile("(?:a few|several|some|few) days ago|days ago"
            + "|the other day");
    private static final Pattern PART_OF_DAY_WORD = Pattern.compile("(?:the\\s+|that\\s+)?(morning|afternoon|evening|night)");
    private static final Set<String> FUTURE_AUX = Set.of("will", "'ll", "shall", "wo");

    /**
     * The tense of the clause a time expression sits in, as far as tokens tell. {@code INTENDED}: a plan or
     * expectation reported in the past ("planned to leave on Thursday", "did not plan to act on Monday"): the
     * report is past, the planned event follows it, so neither tense fixes the event's direction from the
     * publication date.
     */
    enum Tense { PAST, PRESENT, FUTURE, INTENDED, UNKNOWN }

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
        return Set.of(Layer.TIMEXES, Layer.TOKENS, Layer.SENTENCES);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layer.TIMES);
    }

    @Override
    public Doc apply(Doc doc) {
        String text = doc.text();
        LocalDate published = doc.article().published();
        List<TimeMention> base = new ArrayList<>();
        Doc withIssues = doc;
        List<TimeExpression> tagged = TimexExtents.splitRanges(text, sorted(doc.get(Layer.TIMEXES)));
        for (TimeExpression t : withDayReferences(text, TimexExtents.withCompounds(text, mergePartOfDay(text, tagged)))) {
            if (t.span().end() > text.length()) {
                withIssues = withIssues.withIssue(new Issue(t.span(), "time.span-outside-text",
                        "Time expression " + t.span() + " ends beyond the text (length " + text.length() + ")"));
                continue;
            }
            t = TimexExtents.trimmed(text, t);
            String surface = norm(t.span().of(text));
            if (isAge(text, t.span(), surface) || TimexExtents.isNotATime(text, t.span())) continue;
            TimeValue v = resolve(t, surface, cued(text, t.span(), surface, tense(doc, t.span())), published);
            base.add(new TimeMention(t.span(), v, evidence(doc, t.span(), 0.9)));
        }
        List<TimeMention> out = new ArrayList<>();
        for (TimeMention t : base) {
            TimeValue v = inDiscourse(doc, t, base, out);
            if (v.timex().equals(DAY_REFERENCE)) continue; // "during the day" with no explicit date to refer to
            out.add(v == t.value() ? t : new TimeMention(t.span(), v, evidence(doc, t.span(), 0.8)));
        }
        return withIssues.with(Layer.TIMES, out);
    }

    private Evidence evidence(Doc doc, Span span, double confidence) {
        return new Evidence(doc.article().id(), span, NAME, VERSION, confidence);
    }

    /** The value from the tagger, corrected where the surface and the tense say more. */
    TimeValue resolve(TimeExpression t, String surface, Tense tense, LocalDate published) {
        String value = t.value(), type = t.type();
        Anchoring anchoring = Anchoring.PUBLICATION_DATE;
        Matcher m;
        if ((m = FREQUENCY.matcher(surface)).matches() && type.equals("SET")) {
            value = switch (m.group(1)) {
                case "daily", "nightly" -> "P1D"; case "weekly" -> "P1W"; case "monthly" -> "P1M";
                case "hourly" -> "PT1H"; case "quarterly" -> "P3M"; default -> "P1Y";
            };
        } else if ((m = PAST_SPAN.matcher(surface)).matches()) {
            value = m.group(1).equals("decade") ? "P10Y" : "P100Y";
            type = "DURATION";
        } else if ((m = RECENT.matcher(surface)).matches()) {
            value = "PX" + switch (m.group(1)) {
                case "day" -> "D"; case "week" -> "W"; case "month" -> "M"; default -> "Y"; // decades: years too
            };
            type = "DURATION";
            anchoring = Anchoring.ABSOLUTE;
        } else if ((m = PERIOD.matcher(surface)).matches()) {
            String unit = switch (m.group(2)) {
                case "day" -> "D"; case "week" -> "W"; case "month" -> "M"; case "year" -> "Y"; case "decade" -> "DE";
                default -> "CE";
            };
            Integer n = number(m.group(1));
            value = "P" + (n == null ? "X" : n.toString()) + unit;
            type = "DURATION";
            anchoring = Anchoring.ABSOLUTE;
        } else if ((m = AGO.matcher(surface)).matches() && m.group(3).equals("ago") && number(m.group(1)) != null
                && !m.group(2).equals("day") && value.matches("\\d{4}-\\d{2}-\\d{2}.*|PAST_REF|P.*")) {
            // the tagger counted back to a day; the text states the unit (a quarter or month it chose stays)
            int n = number(m.group(1));
            value = switch (m.group(2)) {
                case "year" -> String.valueOf(published.getYear() - n);
                case "month" -> published.minusMonths(n).toString().substring(0, 7);
                case "week" -> week(published.minusWeeks(n));
                default -> published.minusDays(n).toString();
            };
            type = "DATE";
        } else if ((m = WEEKDAY.matcher(surface)).matches()) {
            DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            String mod = m.group(1) == null ? "" : m.group(1);
            LocalDate d = mod.equals("next") ? published.with(TemporalAdjusters.next(day))
                    : mod.equals("last") ? published.with(TemporalAdjusters.previous(day))
                    : tense == Tense.FUTURE || tense == Tense.INTENDED ? published.with(TemporalAdjusters.nextOrSame(day))
                    : tense == Tense.PAST ? published.with(TemporalAdjusters.previousOrSame(day)) : null;
            if (d != null) {
                String part = m.group(3) == null ? "" : "T" + partCode(m.group(3));
                value = d + part;
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) type = "DATE"; // TimeML types "Friday night" DATE
        } else if ((m = CLOCK_DAY.matcher(surface)).matches()) {
            // the weekday decides the date as for a bare weekday; the clock time is appended
            boolean timeFirst = m.group(4) != null;
            DayOfWeek day = DayOfWeek.valueOf((timeFirst ? m.group(4) : m.group(5)).toUpperCase(Locale.ROOT));
            int hour = Integer.parseInt(timeFirst ? m.group(1) : m.group(6)) % 12;
            String minutes = timeFirst ? m.group(2) : m.group(7);
            if ((timeFirst ? m.group(3) : m.group(8)).equals("p")) hour += 12;
            LocalDate d = tense == Tense.FUTURE || tense == Tense.INTENDED ? published.with(TemporalAdjusters.nextOrSame(day))
                    : tense == Tense.PAST ? published.with(TemporalAdjusters.previousOrSame(day)) : null;
            if (d != null)
                value = d + String.format(Locale.ROOT, "T%02d:%s", hour, minutes == null ? "00" : minutes);
        } else if ((m = MONTH_DAY.matcher(surface)).matches() && !surface.matches(".*\\d{4}.*")) {
            Month month = month(m.group(1) != null ? m.group(1) : m.group(4));
            int day = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
            LocalDate d = tense == Tense.PAST || tense == Tense.FUTURE ? directed(published, month, day, tense)
                    : nearest(published, month, day, false);
            boolean directed = tense == Tense.PAST || tense == Tense.FUTURE;
            if (d != null && (!directed || farOnTheWrongSide(value, published, tense))) {
                value = d.toString() + partOfDaySuffix(value);
                type = "DATE"; // a day, even with a part of day: TimeML types "Friday night" DATE
            }
        } else if ((m = MONTH_ONLY.matcher(surface)).matches() && !surface.matches("(last|next)\\b.*")) {
            // "last/next February" are idioms with disputed readings: the tagger's value stands.
            Month month = month(m.group(1));
            int year = published.getYear();
            boolean directed = tense == Tense.PAST || tense == Tense.FUTURE;
            if (surface.startsWith("this")) { /* this year's */ }
            else if (tense == Tense.PAST) { if (month.getValue() > published.getMonthValue()) year--; }
            else if (tense == Tense.FUTURE) { if (month.getValue() < published.getMonthValue()) year++; }
            else year = nearest(published, month, 1, true).getYear(); // no tense: the occurrence nearest the report
            if (surface.startsWith("this") || !directed || farOnTheWrongSide(value, published, tense)) {
                value = String.format(Locale.ROOT, "%04d-%02d", year, month.getValue());
                type = "DATE"; // a day, even with a part of day: TimeML types "Friday night" DATE
            }
        } else if (!surface.matches(".*(" + MONTHS + "|\\d|today|yesterday|tomorrow|now|ago|last|next|this|current"
                + "|recent|past|previous|coming|later|earlier).*")) {
            anchoring = Anchoring.ABSOLUTE;
        } else if (surface.matches(".*\\d{4}.*") && !surface.matches(".*(ago|last|next|this|later|earlier).*")) {
            anchoring = Anchoring.ABSOLUTE;
        }
        if ((m = COUPLE.matcher(surface)).matches()) {
            value = "P2" + m.group(1).toUpperCase(Locale.ROOT).charAt(0);
            type = "DURATION";
        }
        if (type.equals("DURATION")) value = inYears(value);
        TimexValues.Parsed p = TimexValues.parse(value, type);
        if (p.granularity() == Granularity.DURATION || p.granularity() == Granularity.SET) anchoring = Anchoring.ABSOLUTE;
        // A part of day stays in the value (2025-04-27TEV, as TIMEX3 prescribes) and beside it in partOfDay.
        // TimeBank annotates "Friday night" about as often with the bare day as with ...TNI: no gain either way.
        return new TimeValue(value, type, p.granularity(), p.start(), p.end(), p.partOfDay(),
                anchoring == Anchoring.ABSOLUTE ? null : published, anchoring, null);
    }

    /**
     * Discourse anchoring: "the day" and "the next day" against the last explicit date before them; a vague past
     * against an explicit date in the same sentence, before or after it ("a few days ago, on April 26").
     */
    private static TimeValue inDiscourse(Doc doc, TimeMention t, List<TimeMention> all, List<TimeMention> before) {
        String text = doc.text(), surface = norm(t.span().of(text));
        TimeValue v = t.value();
        TimeMention explicit = null;
        for (int i = before.size() - 1; i >= 0 && explicit == null; i--)
            if (isExplicitDay(text, before.get(i))) explicit = before.get(i);
        Matcher m;
        if (explicit != null && SAME_DAY.matcher(surface).matches())
            return refer(explicit, explicit.value().start(), v.type().equals("DURATION") ? "DATE" : v.type());
        if (explicit != null && (m = DAY_OFFSET.matcher(surface)).matches()) {
            int sign = m.group(1) != null ? (m.group(1).matches("next|following") ? 1 : -1)
                    : m.group(2) != null ? (m.group(2).equals("after") ? 1 : -1)
                    : (m.group(4).matches("later|after") ? 1 : -1);
            Integer n = m.group(3) == null ? Integer.valueOf(1) : number(m.group(3));
            if (n != null) return refer(explicit, explicit.value().start().plusDays((long) sign * n), "DATE");
        }
        int after = Math.min(text.length(), t.span().end() + 4);
        if (VAGUE_PAST.matcher(surface).matches()
                || (surface.matches("(a few|several|some|few) days") && text.substring(t.span().end(), after).equals(" ago"))) {
            Span sentence = sentenceOf(doc, t.span());
            for (TimeMention o : all)
                if (o != t && sentence != null && sentence.contains(o.span()) && isExplicitDay(text, o)
                        && !o.value().start().isAfter(doc.article().published()))
                    return refer(o, o.value().start(), "DATE");
        }
        return v;
    }

    private static Span sentenceOf(Doc doc, Span span) {
        for (Sentence s : doc.get(Layer.SENTENCES))
            if (s.span().start() <= span.start() && span.start() < Math.max(s.span().end(), s.span().start() + 1))
                return s.span();
        return null;
    }

    private static TimeValue refer(TimeMention to, LocalDate day, String type) {
        return new TimeValue(day.toString(), type, Granularity.DAY, day, day.plusDays(1), null, to.value().start(),
                Anchoring.DISCOURSE_DATE, to.span());
    }

    private static boolean isExplicitDay(String text, TimeMention t) {
        Granularity g = t.value().granularity();
        return (g == Granularity.DAY || g == Granularity.PART_OF_DAY || g == Granularity.TIME)
                && t.value().anchoring() != Anchoring.DISCOURSE_DATE
                && t.span().of(text).matches("(?s).*\\d.*") && t.value().start() != null;
    }

    private static final String DAY_REFERENCE = "DAY_REFERENCE";
    private static final Pattern DAY_PHRASE = Pattern.compile("(?<=\\b(?:[Dd]uring|[Tt]hroughout) )the day\\b"
            + "|\\b(?:[Tt]hat|[Tt]he same|[Tt]hat same) day\\b(?![- ](?:after|before|earlier|later|long))");

    /**
     * Adds "(during) the day", "that day", "the same day" where the tagger left them out, as placeholders the discourse pass
     * resolves against an earlier explicit date (and drops when there is none): "… as of the evening of April 27 …
     * during the day" is that day.
     */
    static List<TimeExpression> withDayReferences(String text, List<TimeExpression> in) {
        List<TimeExpression> out = new ArrayList<>(in);
        Matcher m = DAY_PHRASE.matcher(text);
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            if (in.stream().noneMatch(t -> t.span().overlaps(span)))
                out.add(new TimeExpression(span, "DATE", DAY_REFERENCE));
        }
        return sorted(out);
    }

    /** "the evening of April 27": a part-of-day expression, " of ", a date → one expression. */
    static List<TimeExpression> mergePartOfDay(String text, List<TimeExpression> in) {
        List<TimeExpression> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            TimeExpression a = in.get(i);
            if (i + 1 < in.size() && a.span().end() <= text.length()) {
                TimeExpression b = in.get(i + 1);
                Matcher pm = PART_OF_DAY_WORD.matcher(norm(a.span().of(text)));
                if (pm.matches() && b.span().start() >= a.span().end() && b.span().end() <= text.length()
                        && text.substring(a.span().end(), b.span().start()).matches("\\s+of\\s+")
                        && b.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
                    out.add(new TimeExpression(new Span(a.span().start(), b.span().end()), "DATE",
                            b.value() + "T" + partCode(pm.group(1))));
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    /** "22-year-old", "75 years old", "a 3-year-old": an age, not a time. */
    static boolean isAge(String text, Span span, String surface) {
        String after = text.substring(span.end(), Math.min(text.length(), span.end() + 8)).toLowerCase(Locale.ROOT);
        return surface.matches(".*-old") || (surface.matches(".*\\b(year|month|week|day)s?") && after.matches("^(-| )old\\b.*"))
                || (surface.matches(".*\\b(year|month)s?-") );
    }

    /**
     * The tense of the verb group governing the span, as far as POS tags tell: the nearest verb group before it
     * in its sentence (else the nearest after). A modal (will, would, must, may…) or "expected/scheduled/set/due
     * to" in the present makes it future; a past finite verb or a perfect makes it past; a present verb or no
     * verb says nothing about direction.
     */
    static Tense tense(Doc doc, Span span) {
        List<Token> tokens = doc.get(Layer.TOKENS);
        String text = doc.text();
        for (Sentence s : doc.get(Layer.SENTENCES)) {
            if (!(s.span().start() <= span.start() && span.start() < Math.max(s.span().end(), s.span().start() + 1))) continue;
            int left = -1, right = -1, firstInside = -1, lastInside = -1;
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = tokens.get(i);
                if (t.span().overlaps(span)) {
                    if (firstInside < 0) firstInside = i;
                    lastInside = i;
                }
                if (!isVerbal(t)) continue;
                if (t.span().end() <= span.start()) left = i;
                else if (t.span().start() >= span.end() && right < 0) right = i;
            }
            if (firstInside > s.firstToken() && DEADLINE.contains(tokens.get(firstInside - 1).span().of(text)
                    .toLowerCase(Locale.ROOT)))
                return Tense.UNKNOWN; // "extended to Nov. 20", "by Dec. 15": an end point, often after the report
            int head = left < 0 ? right : right < 0 ? left
                    : (right - lastInside < firstInside - left ? right : left); // the nearer; the left one on a tie
            // "… in early March, an official said": a trailing attribution is not the event's verb
            if (head == right && left >= 0 && REPORTING.contains(lemma(tokens.get(right), text))) head = left;
            if (head < 0) return Tense.UNKNOWN;
            int from = head, to = head;
            while (from - 1 >= s.firstToken() && inGroup(tokens.get(from - 1))) from--;
            // the group runs on to the right ("plans to hold"), but a group left of the expression stops before it
            while (to + 1 < s.endToken() && inGroup(tokens.get(to + 1))
                    && (head == right || tokens.get(to + 1).span().end() <= span.start())) to++;
            return groupTense(tokens.subList(from, to + 1), text);
        }
        return Tense.UNKNOWN;
    }

    private static boolean isVerbal(Token t) {
        String pos = t.pos() == null ? "" : t.pos();
        return pos.startsWith("VB") || pos.equals("MD");
    }

    private static boolean inGroup(Token t) {
        String pos = t.pos() == null ? "" : t.pos();
        return isVerbal(t) || pos.equals("RB") || pos.equals("TO");
    }

    private static Tense groupTense(List<Token> group, String text) {
        String firstFinite = null;
        boolean perfect = false;
        for (int i = 0; i < group.size(); i++) {
            Token t = group.get(i);
            String word = t.span().of(text).toLowerCase(Locale.ROOT), pos = t.pos(), lemma = lemma(t, text);
            if (pos.equals("MD")) {
                boolean pastModal = i + 2 < group.size() && lemma(group.get(i + 1), text).equals("have")
                        && group.get(i + 2).pos().equals("VBN");
                return pastModal ? Tense.PAST : FUTURE_MODALS.contains(word) ? Tense.FUTURE : Tense.UNKNOWN;
            }
            if (pos.equals("TO") && i + 1 < group.size() && group.get(i + 1).pos().equals("VB") && firstFinite == null)
                return Tense.UNKNOWN; // a bare infinitive ("to mark the entry on Friday"): purpose, no direction
            if (word.equals("going") && i + 1 < group.size() && group.get(i + 1).pos().equals("TO")) return Tense.FUTURE;
            boolean last = i + 1 == group.size();
            if (PLANNING.contains(lemma) && pos.startsWith("VB")
                    && (last ? (pos.equals("VBN") || pos.equals("VBD")) && !AMBIGUOUS_PLANNING.contains(lemma)
                             : pos.equals("VBN") || pos.equals("VBD") || group.get(i + 1).pos().equals("TO"))) {
                // "was planned for", "planned a rally on": the plan's object follows, the group ends with the verb
                // "is expected to", "plans to" → future; "planned to", "did not plan to" → a past plan
                String finite = firstFinite != null ? firstFinite : pos.equals("VBN") ? null : pos;
                return finite == null || finite.equals("VBD") ? Tense.INTENDED : Tense.FUTURE;
            }
            if (COMMITMENT.contains(lemma) && pos.startsWith("VB")
                    && i + 2 < group.size() && group.get(i + 1).pos().equals("TO")
                    && group.get(i + 2).pos().equals("VB")) {
                // "decided to admit them in March", "has agreed to meet on Friday", "will vote to end it in May":
                // the infinitive's event follows the commitment, whatever its tense
                String finite = firstFinite != null ? firstFinite : pos.equals("VBN") ? null : pos;
                return finite == null || finite.equals("VBD") ? Tense.INTENDED : Tense.FUTURE;
            }
            if (firstFinite == null && (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP"))) {
                firstFinite = pos;
                perfect = lemma.equals("have") && i + 1 < group.size() && group.get(i + 1).pos().equals("VBN");
            }
        }
        if (firstFinite == null) return group.get(group.size() - 1).pos().equals("VBN") ? Tense.PAST : Tense.UNKNOWN;
        if (firstFinite.equals("VBD") || perfect) return Tense.PAST;
        return Tense.PRESENT;
    }

    private static final Set<String> FUTURE_MODALS = Set.of("will", "shall", "'ll", "wo", "must", "should");
    private static final Set<String> DEADLINE = Set.of("by", "until", "till", "through", "to", "before", "from");
    /** Planning verbs that, with an object ("set fire", "due process"), mostly mean something else. */
    private static final Set<String> AMBIGUOUS_PLANNING = Set.of("set", "due");
    /** A trailing attribution's verb ("…, an official said") does not give the event's tense. */
    private static final Set<String> REPORTING = CueLexicon.TRAILING_ATTRIBUTION;
    /** Verbs of decision and commitment: with "to" + verb, the committed event lies after the commitment. */
    private static final Set<String> COMMITMENT = Set.of("decide", "agree", "promise", "vow", "pledge", "vote",
            "threaten", "offer", "prepare", "propose", "resolve");
    private static final Set<String> PLANNING = Set.of("expect", "schedule", "set", "plan", "due", "slate", "intend");

    private static String lemma(Token t, String text) {
        String l = t.lemma() == null || t.lemma().isEmpty() ? t.span().of(text) : t.lemma();
        return l.toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the tagger's date lies more than three months on the side of the publication date that the tense
     * rules out. Near the publication date a "wrong" side is usually right: a past-tense report of a scheduled
     * event ("the offer was extended to Nov. 16") or a future one looking back; far from it, the tagger guessed the
     * year without tense. A value that is not a date (XXXX-11) counts as far.
     */
    static boolean farOnTheWrongSide(String value, LocalDate published, Tense tense) {
        TimexValues.Parsed p = TimexValues.parse(value, "DATE");
        if (p.start() == null) return true;
        return tense == Tense.PAST ? p.start().isAfter(published.plusMonths(3))
                : tense == Tense.FUTURE && p.end().isBefore(published.minusMonths(3));
    }

    /**
     * Decades and centuries in years, as TimeML corpora write durations: P1DE → P10Y, P2CE → P200Y, PXDE → PXY.
     * Other values are returned unchanged.
     */
    static String inYears(String value) {
        Matcher m = Pattern.compile("P(\\d+|X)(DE|CE)").matcher(value);
        if (!m.matches()) return value;
        if (m.group(1).equals("X")) return "PXY";
        return "P" + Integer.parseInt(m.group(1)) * (m.group(2).equals("DE") ? 10 : 100) + "Y";
    }

    /**
     * The tense, sharpened by the words just before the expression: "as early as Tuesday", "no later than
     * Friday", "until 9 a.m. Tuesday" name a day ahead of the report, whatever the verb's tense ("postponed until
     * Tuesday"). "until" counts only for weekdays (a month after "until" is as often the end of a past stretch),
     * and not at the head of a sentence: "Until Thursday, police had not named him" frames a state that ended.
     */
    static Tense cued(String text, Span span, String surface, Tense tense) {
        String before = text.substring(Math.max(0, span.start() - 20), span.start());
        Matcher m = AHEAD_CUE.matcher(before);
        if (!m.find()) return tense;
        if (m.group(1) == null) return Tense.FUTURE;
        boolean weekday = surface.matches(".*\\b(" + WEEKDAYS + ")\\b.*");
        boolean headOfSentence = Character.isUpperCase(m.group(1).charAt(0));
        return weekday && !headOfSentence ? Tense.FUTURE : tense;
    }

    /**
     * The occurrence of the month and day nearest the publication date (previous, same or next year): without a
     * tense to go by, a date named without a year is the one closest to the report.
     */
    static LocalDate nearest(LocalDate published, Month month, int day, boolean wholeMonth) {
        if (day < 1 || day > month.maxLength()) return null;
        LocalDate best = null;
        for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
            if (day > month.length(java.time.Year.isLeap(y))) continue;
            LocalDate d = LocalDate.of(y, month, day);
            if (best == null || distance(d, wholeMonth, published) < distance(best, wholeMonth, published)) best = d;
        }
        return best;
    }

    /** Days from the publication date to the date, or to the date's month when the whole month is meant. */
    private static long distance(LocalDate d, boolean wholeMonth, LocalDate published) {
        LocalDate from = wholeMonth ? d.withDayOfMonth(1) : d, to = wholeMonth ? d.withDayOfMonth(d.lengthOfMonth()) : d;
        if (published.isBefore(from)) return from.toEpochDay() - published.toEpochDay();
        if (published.isAfter(to)) return published.toEpochDay() - to.toEpochDay();
        return 0;
    }

    private static LocalDate directed(LocalDate published, Month month, int day, Tense tense) {
        try {
            LocalDate same = LocalDate.of(published.getYear(), month, Math.min(day, month.length(published.isLeapYear())));
            if (day > month.maxLength()) return null;
            if (tense == Tense.PAST && same.isAfter(published)) return same.minusYears(1);
            if (tense == Tense.FUTURE && same.isBefore(published)) return same.plusYears(1);
            return same;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static String partOfDaySuffix(String value) {
        Matcher m = Pattern.compile("T(MO|AF|EV|NI)$").matcher(value);
        return m.find() ? m.group() : "";
    }

    private static String week(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static String partCode(String word) {
        return switch (word) { case "morning" -> "MO"; case "afternoon" -> "AF"; case "evening" -> "EV"; default -> "NI"; };
    }

    private static Month month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Month m : Month.values())
            if (m.name().toLowerCase(Locale.ROOT).startsWith(n.length() >= 3 ? n.substring(0, 3) : n)) return m;
        throw new IllegalArgumentException("Not a month name: " + name);
    }

    static Integer number(String word) {
        if (word.equals("a couple of") || word.equals("couple of")) return 2;
        if (word.matches("\\d+")) return word.length() > 4 ? null : Integer.parseInt(word);
        return switch (word) {
            case "a", "an", "one" -> 1; case "two" -> 2; case "three" -> 3; case "four" -> 4; case "five" -> 5;
            case "six" -> 6; case "seven" -> 7; case "eight" -> 8; case "nine" -> 9; case "ten" -> 10;
            case "eleven" -> 11; case "twelve" -> 12; case "fifteen" -> 15; case "twenty" -> 20; case "thirty" -> 30;
            case "forty" -> 40; case "fifty" -> 50;
            default -> null;
        };
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static List<TimeExpression> sorted(List<TimeExpression> in) {
        List<TimeExpression> out = new ArrayList<>(in);
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }
}
