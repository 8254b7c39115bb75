package org.sitrep.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A resolved time: the TIMEX3 value string, the calendar interval it denotes and how it was anchored. The interval
 * is half-open, {@code [start, end)} in days (a day is [d, d+1), April 2025 is [2025-04-01, 2025-05-01)); both
 * are null when the value is not a calendar interval (durations, sets, unresolved or vague references). Finer
 * detail than a day (a clock time, a part of day) is in {@code timex} and {@code partOfDay}.
 *
 * @param timex       the TIMEX3 value, e.g. {@code 2025-04-27TEV}, {@code 2025-04}, {@code P3D}, {@code PAST_REF}
 * @param type        the TIMEX3 type: DATE, TIME, DURATION or SET
 * @param granularity the unit the value is stated in
 * @param partOfDay   MO, AF, EV or NI when a part of day is given, else null
 * @param anchor      the date a relative expression was resolved against, or null when the text named the time
 *                    absolutely (or it could not be anchored)
 * @param anchoring   how it was anchored
 * @param anchorSpan  for {@link Anchoring#DISCOURSE_DATE}: the span of the explicit date it was resolved against
 */
public record TimeValue(String timex, String type, Granularity granularity, LocalDate start, LocalDate end,
                        String partOfDay, LocalDate anchor, Anchoring anchoring, Span anchorSpan) {

    /** The unit a time value is stated in. */
    public enum Granularity {
        TIME, PART_OF_DAY, DAY, WEEKEND, WEEK, MONTH, SEASON, QUARTER, HALF_YEAR, YEAR, DECADE, CENTURY,
        DURATION, SET,
        /** PAST_REF, PRESENT_REF, FUTURE_REF and values with unresolved parts ("XXXX-04"). */
        VAGUE
    }

    /** What a value was resolved against. */
    public enum Anchoring {
        /** The text gave the time absolutely ("April 26, 2025"), or it is not anchored at all (a duration). */
        ABSOLUTE,
        /** Relative to the article's publication date ("yesterday", "on Tuesday"). */
        PUBLICATION_DATE,
        /** Relative to, or the same as, an explicit date earlier in the text ("the next day", "during the day"). */
        DISCOURSE_DATE
    }

    public TimeValue {
        Objects.requireNonNull(timex, "timex");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(anchoring, "anchoring");
        if ((start == null) != (end == null) || (start != null && !start.isBefore(end)))
            throw new IllegalArgumentException("TimeValue needs both or neither of start < end; got start=" + start
                    + ", end=" + end + " for " + timex);
        if (anchoring == Anchoring.DISCOURSE_DATE && anchorSpan == null)
            throw new IllegalArgumentException("A discourse-anchored TimeValue needs the anchor's span; got none for " + timex);
    }

    /** Whether the value denotes a calendar interval. */
    public boolean isInterval() {
        return start != null;
    }

    /** How it was anchored, for people: "publication date 2025-04-28", "discourse date 2025-04-27 at [10,18)". */
    public String anchorDescription() {
        return switch (anchoring) {
            case ABSOLUTE -> "absolute";
            case PUBLICATION_DATE -> "publication date " + anchor;
            case DISCOURSE_DATE -> "discourse date " + anchor + " at " + anchorSpan;
        };
    }
}
