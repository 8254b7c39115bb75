package org.sitrep.resolve;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;

/**
 * TimeML's extent conventions for a tagger's time expressions, and the words taggers take for times that are not.
 * <ul>
 *   <li>A leading preposition is not part of a TIMEX3 ("over the past 20 years" → "the past 20 years").</li>
 *   <li>An approximating word before a duration or a clock time stays outside it ("about five hours",
 *       "nearly five months", "at about 10:35 a.m."): the TimeML corpora keep it as a modifier of the
 *       expression, not in its extent. A past reference with "ago" keeps it ("almost four years ago").</li>
 *   <li>A year range tagged as one expression is two ({@link #splitRanges}).</li>
 *   <li>Compounds taggers pass over are times ({@link #withCompounds}): "day-long", "decades-long" (durations),
 *       "post-1959", "pre-1990" (the year, as a DATE).</li>
 *   <li>Not times: a lowercase "march" or "may" (a noun, a verb: month names are capitalised) without a number
 *       beside it; a capitalised month or season heading a name ("the March of Dimes", "the ``Spring of Life''
 *       rallies", "the March for Life": "of"/"for"/"on" and a capitalised word that is no date).</li>
 * </ul>
 * Stateless.
 */
final class TimexExtents {
    /** "over" only before "the": "over an hour" is "more than an hour"; "at" not in "at least". */
    private static final Pattern PREPOSITION = Pattern.compile("(?i)(?:over(?=\\s+the\\s)|during|in|on"
            + "|at(?!\\s+(?:least|most)\\b)|for|since|until|till|through|throughout|within|by|from)\\s+(?=\\S)");
    private static final Pattern APPROXIMATOR = Pattern.compile("(?i)(?:about|nearly|almost|around|approximately"
            + "|roughly)\\s+(?=\\S)");

    private static final String MONTH_OR_SEASON = "January|February|March|April|May|June|July|August|September"
            + "|October|November|December|Spring|Summer|Autumn|Fall|Winter";
    private static final String DATE_WORD = MONTH_OR_SEASON + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
            + "|Sunday|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
    /** What follows a month or season that heads a name: "of the Combatant Mothers", "for Life", "on Washington". */
    private static final Pattern NAME_TAIL = Pattern.compile("^\\s+(?:of|for|on)\\s+(?:the\\s+)?(?!(?:" + DATE_WORD
            + ")\\b)[A-Z][a-z]");

    private TimexExtents() {}

    /**
     * The expression with a leading preposition and, unless it is an "ago" reference, a leading approximator
     * removed from its span; the expression itself when there is nothing to remove or nothing would be left.
     */
    static TimeExpression trimmed(String text, TimeExpression t) {
        Span span = t.span();
        if (span.start() < 0 || span.end() > text.length() || span.start() >= span.end()) return t;
        String surface = span.of(text);
        int cut = 0;
        Matcher m = PREPOSITION.matcher(surface);
        if (m.lookingAt()) cut = m.end();
        m = APPROXIMATOR.matcher(surface).region(cut, surface.length());
        if (m.lookingAt() && !surface.toLowerCase(Locale.ROOT).matches("(?s).*\\bago")) cut = m.end();
        if (cut == 0 || cut >= surface.length()) return t;
        return new TimeExpression(new Span(span.start() + cut, span.end()), t.type(), t.value());
    }

    private static final Pattern YEAR_RANGE = Pattern.compile(
            "((?:1[6-9]|20)\\d\\d)(\\s*[-\u2013/]\\s*|\\s+to\\s+)(\\d\\d|(?:1[6-9]|20)\\d\\d)");

    /**
     * Year ranges tagged as one expression ("2009-2010", "1994-97") as two DATEs, one per year, as TimeML
     * annotates the end points of a range. A tagger's month value ("2009-10" read as October 2009) is left alone;
     * so is a "range" whose end is not after its start.
     */
    static java.util.List<TimeExpression> splitRanges(String text, java.util.List<TimeExpression> in) {
        java.util.List<TimeExpression> out = new java.util.ArrayList<>();
        for (TimeExpression t : in) {
            Span span = t.span();
            if (span.start() < 0 || span.end() > text.length() || span.start() > span.end()) { out.add(t); continue; }
            Matcher m = YEAR_RANGE.matcher(span.of(text));
            if (!m.matches() || t.value().matches("\\d{4}-\\d{2}.*")) { out.add(t); continue; }
            int first = Integer.parseInt(m.group(1));
            int second = m.group(3).length() == 2 ? first / 100 * 100 + Integer.parseInt(m.group(3))
                    : Integer.parseInt(m.group(3));
            if (second <= first) { out.add(t); continue; }
            out.add(new TimeExpression(new Span(span.start(), span.start() + m.end(1)), "DATE", String.valueOf(first)));
            out.add(new TimeExpression(new Span(span.start() + m.start(3), span.end()), "DATE", String.valueOf(second)));
        }
        return out;
    }

    /** Whether the span is a word a tagger took for a time but that is not one here (see the class comment). */
    static boolean isNotATime(String text, Span span) {
        if (span.start() < 0 || span.end() > text.length()) return false;
        String surface = span.of(text);
        if (!surface.matches("(?s).*\\d.*") && surface.matches("(?s)(?:.*\\W)?(?:march|may)(?:\\W.*)?")
                && !surface.matches("(?s).*\\b(?:March|May)\\b.*"))
            return true;
        return surface.matches(MONTH_OR_SEASON) && NAME_TAIL.matcher(text).region(span.end(), text.length()).lookingAt();
    }

    private static final Pattern COMPOUND = Pattern.compile("(?i)\\b(hour|day|week|month|year"
            + "|decade)(s?)-long\\b|\\b(?:post|pre)-((?:1[6-9]|20)\\d\\d)\\b(?!-)");

    /**
     * Adds the compounds taggers pass over where no expression overlaps them: "day-long", "hour-long",
     * "decades-long" (DURATION P1D, PT1H, PXY: a plural unit is a vague count; decades in years as elsewhere) and
     * "post-1959", "pre-1990" (DATE 1959, 1990: the year the compound refers to; "pre-1990s" is left to the taggers).
     */
    static java.util.List<TimeExpression> withCompounds(String text, java.util.List<TimeExpression> in) {
        java.util.List<TimeExpression> out = new java.util.ArrayList<>(in);
        Matcher m = COMPOUND.matcher(text);
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            if (in.stream().anyMatch(t -> t.span().overlaps(span))) continue;
            if (m.group(3) != null) { out.add(new TimeExpression(span, "DATE", m.group(3))); continue; }
            String unit = m.group(1).toLowerCase(Locale.ROOT);
            boolean vague = !m.group(2).isEmpty();
            String value = switch (unit) {
                case "hour" -> vague ? "PTXH" : "PT1H";
                case "decade" -> vague ? "PXY" : "P10Y";
                default -> "P" + (vague ? "X" : "1") + Character.toUpperCase(unit.charAt(0));
            };
            out.add(new TimeExpression(span, "DURATION", value));
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }
}
