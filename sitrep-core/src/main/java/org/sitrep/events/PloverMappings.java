package org.sitrep.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Event;
import org.sitrep.model.PloverType;

/**
 * PLOVER → ACLED event type / sub-event type and CAMEO root code, from the resource {@code plover-acled.tsv}
 * (provenance in {@code PROVENANCE.md}). A row matches on the type and, when it gives them, the mode and a prefix
 * of the CAMEO code; the most specific matching row wins. One exception to the table: a seizure of territory by
 * the forces of the country it lies in is ACLED's "Government regains territory", not "Non-state actor overtakes
 * territory". Immutable and thread-safe.
 */
public final class PloverMappings {
    /** An ACLED category pair and the CAMEO root code (two digits). */
    public record Mapping(String acledEventType, String acledSubEventType, String cameoRoot) {}

    private record Row(PloverType type, String mode, String cameo, Mapping mapping) {}

    private static final PloverMappings STANDARD = new PloverMappings(read());
    private final List<Row> rows;

    private PloverMappings(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    public static PloverMappings standard() {
        return STANDARD;
    }

    /** The mapping for a type, mode (may be "") and CAMEO code (may be ""); never null: every type has a row. */
    public Mapping of(PloverType type, String mode, String cameo) {
        Row best = null;
        int bestScore = -1;
        for (Row r : rows) {
            if (r.type() != type) continue;
            if (!r.mode().isEmpty() && !r.mode().equals(mode)) continue;
            if (!r.cameo().isEmpty() && (cameo == null || !cameo.startsWith(r.cameo()))) continue;
            int score = (r.mode().isEmpty() ? 0 : 1) + (r.cameo().isEmpty() ? 0 : 1);
            if (score > bestScore) {
                best = r;
                bestScore = score;
            }
        }
        if (best == null) throw new IllegalStateException("plover-acled.tsv has no row for " + type);
        return best.mapping();
    }

    /** The mapping of an event, with the "government regains territory" case decided by its agent and place. */
    public Mapping of(Event e) {
        Mapping m = of(e.type(), e.mode(), e.cameo());
        if (m.acledSubEventType().equals("Non-state actor overtakes territory") && e.agent() != null
                && e.agent().code() != null && e.place() != null
                && e.agent().code().startsWith(Iso.alpha3(e.place().place().country())))
            return new Mapping(m.acledEventType(), "Government regains territory", m.cameoRoot());
        return m;
    }

    /** The CAMEO root code (two digits) of a PLOVER type. */
    public String cameoRoot(PloverType type) {
        return of(type, "", "").cameoRoot();
    }

    private static List<Row> read() {
        try (InputStream in = PloverMappings.class.getResourceAsStream("plover-acled.tsv")) {
            if (in == null) throw new IllegalStateException("Missing resource org/sitrep/events/plover-acled.tsv");
            List<Row> rows = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                rows.add(new Row(PloverType.valueOf(f[0]), f[1], f[2], new Mapping(f[3], f[4], f[5])));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** ISO 3166 alpha-2 → alpha-3 through the JDK's locale data. */
    static final class Iso {
        private Iso() {}

        static String alpha3(String alpha2) {
            try {
                return new java.util.Locale("", alpha2).getISO3Country();
            } catch (java.util.MissingResourceException e) {
                return alpha2;
            }
        }
    }
}
