package org.sitrep.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.link.HappeningQuery;
import org.sitrep.model.Modality;
import org.sitrep.store.ClaimQuery;
import org.sitrep.store.FactQuery;

/**
 * Reads and validates query parameters: a wrong value is an {@link ApiProblem} (400) naming the parameter and what
 * it accepts, never an exception from deeper down. Lists are paginated with {@code offset} and a capped
 * {@code limit}.
 */
final class Params {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    static final int MAX_OFFSET = 1_000_000;
    static final int MAX_TEXT = 200;
    /** The claim filters, shared by claims, days, places and actors. */
    static final Set<String> CLAIM_FILTERS = Set.of("by", "about", "from", "to", "q", "source", "place", "article");
    static final Set<String> PAGE = Set.of("offset", "limit");
    /** The event and assertion filters, as {@code sitrep events}. */
    static final Set<String> FACT_FILTERS = Set.of("by", "about", "type", "modality", "from", "to", "article");
    /** The happening filters, as {@code sitrep happenings} and {@code sitrep disputes}. */
    static final Set<String> HAPPENING_FILTERS = Set.of("about", "from", "to");

    private Params() {}

    /** Rejects parameters the route does not know (a typo would otherwise silently return everything). */
    static void allowOnly(Context ctx, Set<String> allowed) {
        Set<String> unknown = new TreeSet<>(ctx.queryParamMap().keySet());
        unknown.removeAll(allowed);
        unknown.remove(""); // a stray '&' ("?limit=5&") names nothing
        if (!unknown.isEmpty())
            throw new ApiProblem(ApiProblem.Type.UNKNOWN_PARAMETER, "Unknown parameter(s) " + unknown
                    + "; this endpoint accepts " + new TreeSet<>(allowed));
        ctx.queryParamMap().forEach((name, values) -> {
            if (!name.isEmpty() && values.size() > 1)
                throw new ApiProblem(ApiProblem.Type.INVALID_PARAMETER, "Parameter '" + name + "' is given "
                        + values.size() + " times; give it once");
        });
    }

    static String text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        if (v.length() > MAX_TEXT)
            throw new ApiProblem(ApiProblem.Type.INVALID_PARAMETER, "Parameter '" + name + "' is " + v.length()
                    + " characters long; at most " + MAX_TEXT);
        return v.strip();
    }

    static LocalDate date(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) return null;
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new ApiProblem(ApiProblem.Type.INVALID_PARAMETER, "Parameter '" + name + "' must be a date "
                    + "YYYY-MM-DD; got '" + abbreviate(v) + "'");
        }
    }

    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return fallback;
        long n;
        try {
            if (v.length() > 12) throw new NumberFormatException();
            n = Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new ApiProblem(ApiProblem.Type.INVALID_PARAMETER, "Parameter '" + name + "' must be a whole number "
                    + "from " + min + " to " + max + "; got '" + abbreviate(v) + "'");
        }
        if (n < min || n > max)
            throw new ApiProblem(ApiProblem.Type.INVALID_PARAMETER, "Parameter '" + name + "' must be from " + min
                    + " to " + max + "; got " + n);
        return (int) n;
    }

    static int limit(Context ctx) {
        return integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    }

    static int offset(Context ctx) {
        return integer(ctx, "offset", 0, 0, MAX_OFFSET);
    }

    /** The claim filters of the request (no page). */
    static ClaimQuery claimFilters(Context ctx) {
        LocalDate[] days = days(ctx);
        return new ClaimQuery(text(ctx, "by"), text(ctx, "about"), days[0], days[1], text(ctx, "q"), text(ctx, "source"),
                text(ctx, "place"), text(ctx, "article"), 0, Integer.MAX_VALUE);
    }

    /** The event/assertion filters of the request. */
    static FactQuery factFilters(Context ctx) {
        LocalDate[] days = days(ctx);
        String type = text(ctx, "type");
        if (type != null && !type.matches("[A-Za-z_]{1,40}"))
            throw new ApiProblem(ApiProblem.Type.INVALID_PARAMETER, "Parameter 'type' is a PLOVER type or an assertion "
                    + "kind (letters and '_'); got '" + abbreviate(type) + "'");
        String modality = text(ctx, "modality");
        Modality m = null;
        if (modality != null) {
            try {
                m = Modality.valueOf(modality.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ApiProblem(ApiProblem.Type.INVALID_PARAMETER, "Parameter 'modality' is one of "
                        + Arrays.toString(Modality.values()) + "; got '" + abbreviate(modality) + "'");
            }
        }
        return new FactQuery(text(ctx, "by"), text(ctx, "about"), type, m, days[0], days[1], text(ctx, "article"));
    }

    /** The happening filters of the request. */
    static HappeningQuery happeningFilters(Context ctx) {
        LocalDate[] days = days(ctx);
        return new HappeningQuery(text(ctx, "about"), days[0], days[1]);
    }

    /** The value of {@code name} as a constant of {@code type} (ignoring case), or null when absent. */
    static <E extends Enum<E>> E choice(Context ctx, String name, Class<E> type) {
        String v = text(ctx, name);
        if (v == null) return null;
        for (E e : type.getEnumConstants()) if (e.name().equalsIgnoreCase(v)) return e;
        throw new ApiProblem(ApiProblem.Type.INVALID_PARAMETER, "Parameter '" + name + "' must be one of "
                + java.util.Arrays.toString(type.getEnumConstants()) + "; got '" + abbreviate(v) + "'");
    }

    /** The {id} path parameter naming a happening or dispute ({@code what}): report keys, joined. */
    static String id(Context ctx, String what) {
        String v = ctx.pathParam("id");
        if (!v.matches("[0-9A-Za-z:._~-]{1,200}"))
            throw new ApiProblem(ApiProblem.Type.INVALID_PARAMETER, "A " + what + " id is made of letters, digits and "
                    + "':._~-'; got '" + abbreviate(v) + "'");
        return v;
    }

    private static LocalDate[] days(Context ctx) {
        LocalDate from = date(ctx, "from"), to = date(ctx, "to");
        if (from != null && to != null && to.isBefore(from))
            throw new ApiProblem(ApiProblem.Type.INVALID_PARAMETER, "Parameter 'to' (" + to + ") is before 'from' ("
                    + from + ")");
        return new LocalDate[] {from, to};
    }

    private static String abbreviate(String v) {
        return v.length() > 40 ? v.substring(0, 40) + "…" : v;
    }
}
