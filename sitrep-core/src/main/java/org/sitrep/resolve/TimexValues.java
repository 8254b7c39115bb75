package org.sitrep.resolve;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.TimeValue.Granularity;

/** Reads TIMEX3 value strings into a granularity and a half-open day interval. Pure functions; thread-safe. */
public final class TimexValues {
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T(MO|AF|EV|NI|DT|\\d{2}.*))?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern PART = Pattern.compile("(\\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])");

    private TimexValues() {}

    /** What a value string denotes; interval fields null when it is not a calendar interval. */
    public record Parsed(Granularity granularity, LocalDate start, LocalDate end, String partOfDay) {}

    public static Parsed parse(String value, String type) {
        if ("SET".equals(type)) return new Parsed(Granularity.SET, null, null, null);
        if (value.startsWith("P") && !value.endsWith("_REF")) return new Parsed(Granularity.DURATION, null, null, null);
        try {
            Matcher m = DAY.matcher(value);
            if (m.matches()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                String t = m.group(4);
                Granularity g = t == null ? Granularity.DAY
                        : t.matches("MO|AF|EV|NI|DT") ? Granularity.PART_OF_DAY : Granularity.TIME;
                return new Parsed(g, d, d.plusDays(1), g == Granularity.PART_OF_DAY ? t : null);
            }
            if ((m = WEEK.matcher(value)).matches()) {
                LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return m.group(3) != null ? new Parsed(Granularity.WEEKEND, monday.plusDays(5), monday.plusDays(7), null)
                        : new Parsed(Granularity.WEEK, monday, monday.plusDays(7), null);
            }
            if ((m = MONTH.matcher(value)).matches()) {
                LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
                return new Parsed(Granularity.MONTH, first, first.plusMonths(1), null);
            }
            if ((m = PART.matcher(value)).matches()) {
                int year = Integer.parseInt(m.group(1));
                String p = m.group(2);
                return switch (p.charAt(0)) {
                    case 'Q' -> {
                        LocalDate s = LocalDate.of(year, 3 * (p.charAt(1) - '1') + 1, 1);
                        yield new Parsed(Granularity.QUARTER, s, s.plusMonths(3), null);
                    }
                    case 'H' -> {
                        LocalDate s = LocalDate.of(year, p.charAt(1) == '1' ? 1 : 7, 1);
                        yield new Parsed(Granularity.HALF_YEAR, s, s.plusMonths(6), null);
                    }
                    default -> {
                        int month = switch (p) { case "SP" -> 3; case "SU" -> 6; case "FA" -> 9; default -> 12; };
                        LocalDate s = LocalDate.of(year, month, 1);
                        yield new Parsed(Granularity.SEASON, s, s.plusMonths(3), null);
                    }
                };
            }
            if (value.matches("\\d{4}"))
                return new Parsed(Granularity.YEAR, LocalDate.of(Integer.parseInt(value), 1, 1),
                        LocalDate.of(Integer.parseInt(value) + 1, 1, 1), null);
            if (value.matches("\\d{3}"))
                return new Parsed(Granularity.DECADE, LocalDate.of(Integer.parseInt(value) * 10, 1, 1),
                        LocalDate.of(Integer.parseInt(value) * 10 + 10, 1, 1), null);
            if (value.matches("\\d{2}"))
                return new Parsed(Granularity.CENTURY, LocalDate.of(Integer.parseInt(value) * 100, 1, 1),
                        LocalDate.of(Integer.parseInt(value) * 100 + 100, 1, 1), null);
        } catch (java.time.DateTimeException e) {
            // an impossible calendar date from the tagger ("2025-02-30"): vague rather than an exception
        }
        return new Parsed(Granularity.VAGUE, null, null, null);
    }
}
