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
 *   <li>Not times: a lowercase "march" or "may" (a noun, a verb: month names are capitalised) without a number
 *       beside it.</li>
 * </ul>
 * Stateless.
 */
final class TimexExtents {
    /** "over" only before "the": "over an hour" is "more than an hour"; "at" not in "at least". */
    private static final Pattern PREPOSITION = Pattern.compile("(?i)(?:over(?=\\s+the\\s)|during|in|on"
            + "|at(?!\\s+(?:least|most)\\b)|for|since|until|till|through|throughout|within|by|from)\\s+(?=\\S)");
    private static final Pattern APPROXIMATOR = Pattern.compile("(?i)(?:about|nearly|almost|around|approximately"
            + "|roughly)\\s+(?=\\S)");

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
        return false;
    }
}
