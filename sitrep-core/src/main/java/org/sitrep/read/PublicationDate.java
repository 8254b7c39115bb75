package org.sitrep.read;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A publication date as inputs write it: the day (always) and the instant (when a time with an offset is given).
 * The day is the one on the publisher's clock ({@code 2025-04-28T01:00+03:00} is April 28 although it is April 27
 * in UTC), since that is the day "yesterday" in the text is counted from. Immutable.
 *
 * <p>Accepted forms: ISO date {@code 2025-04-28}; ISO date-time with {@code T} or a space, optional fraction and
 * offset ({@code Z}, {@code +03:00}, {@code +0300}); RFC 1123 / RSS ({@code Mon, 28 Apr 2025 09:00:00 GMT});
 * GDELT's compact {@code 20250428T090000Z} and {@code 20250428090000} (UTC); basic {@code 20250428}. All are
 * parsed strictly: February 30 is rejected, not moved to March 2.
 */
record PublicationDate(LocalDate date, Instant instant) {
    private static final DateTimeFormatter ISO_FLEXIBLE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendPattern("['T'][' ']")
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT)
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter RFC_1123 =
            DateTimeFormatter.RFC_1123_DATE_TIME.withResolverStyle(ResolverStyle.STRICT);
    private static final List<DateTimeFormatter> COMPACT_UTC = List.of(
            strict("uuuuMMdd'T'HHmmss'Z'"), strict("uuuuMMddHHmmss"));
    private static final DateTimeFormatter BASIC_DATE = strict("uuuuMMdd");

    /**
     * Parses one of the accepted forms; empty when the text is not one or names an impossible date. Never throws.
     */
    static Optional<PublicationDate> parse(String raw) {
        if (raw == null) return Optional.empty();
        String s = raw.strip();
        if (s.isEmpty() || s.length() > 64) return Optional.empty();
        try {
            TemporalAccessor t = ISO_FLEXIBLE.parseBest(s, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
            return Optional.of(from(t));
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(from(OffsetDateTime.parse(s, RFC_1123)));
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        for (DateTimeFormatter f : COMPACT_UTC) {
            try {
                return Optional.of(from(LocalDateTime.parse(s, f).atOffset(ZoneOffset.UTC)));
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        try {
            return Optional.of(from(LocalDate.parse(s, BASIC_DATE)));
        } catch (DateTimeParseException ignored) {
            return Optional.empty();
        }
    }

    /** The day of an instant known only in UTC (feeds whose raw date string could not be read). */
    static PublicationDate ofUtc(Instant instant) {
        return new PublicationDate(instant.atOffset(ZoneOffset.UTC).toLocalDate(), instant);
    }

    private static PublicationDate from(TemporalAccessor t) {
        if (t instanceof OffsetDateTime odt) return new PublicationDate(odt.toLocalDate(), odt.toInstant());
        if (t instanceof LocalDateTime ldt) return new PublicationDate(ldt.toLocalDate(), null);
        return new PublicationDate((LocalDate) t, null);
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }
}
