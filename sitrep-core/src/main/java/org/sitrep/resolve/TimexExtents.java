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
 *   <li>Not times: a lowercase "march" or "may" (a noun, a verb: month names are capitalised) without a number
 *       beside it.</li>
 * </ul>
 * Stateless.
 */
final class TimexExtents {
    /** "over" only before "the": "over an hour" is "more than an hour"; "at" not in "at least". */
    private static final Pattern PREPOSITION = Pattern.compile("(?i)(?:over(?=\\s+the\\s)|during|in|on|at(?!\\s+(?:least|most)\\b)"
            + "|for|since|until|till|through|throughout|within|by|from)\\s+(?=\\S)");
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
