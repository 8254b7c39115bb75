package org.sitrep.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.sitrep.events.PloverMappings;
import org.sitrep.json.Json;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Article;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.model.Layer;
import org.sitrep.model.Place;
import org.sitrep.model.Quantity;
import org.sitrep.resolve.ActorRegistry;
import org.sitrep.resolve.ActorResolver;
import org.sitrep.resolve.Geo;

/**
 * Scores the pipeline on rows of an ACLED export (the codebook's columns {@code event_date}, {@code event_type},
 * {@code sub_event_type}, {@code actor1}, {@code admin1}, {@code location}, {@code latitude}, {@code longitude},
 * {@code fatalities}, {@code notes}): each row's notes are analyzed as an article published on its event date by
 * {@code analyze} (the whole standard pipeline); the row's predicted event is the first event of the notes, mapped
 * to ACLED's categories by {@link PloverMappings}. Actor1 is right when the event's agent has the country that the
 * actor registry gives the row's actor1 name; admin1 when the event's place lies in a region of that name (GeoNames
 * and ACLED spell regions differently: "Oblast" is dropped before comparing); location when the
 * place is within 10 km of the row's point; fatalities when the killed counts of the notes' events sum to the row's.
 */
public final class AcledEvaluation {
    private final Function<Article, Doc> analyzer;
    private final ActorResolver resolver;

    /** {@code analyzer} runs the standard pipeline over one article. */
    public AcledEvaluation(Function<Article, Doc> analyzer, ActorRegistry registry) {
        this.analyzer = analyzer;
        this.resolver = new ActorResolver(registry);
    }

    /** The figures for one file; {@code rows} lists, per row, what was predicted. */
    public record Result(String file, int records, int eventType, int subEventType, int actor1Scored, int actor1,
                         int admin1, int within10km, int fatalities, List<String> rows) {
        public String table() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "acled: %s (%d rows)%n", file, records));
            line(b, "event type", eventType, records);
            line(b, "sub-event type", subEventType, records);
            line(b, "actor1 country", actor1, actor1Scored);
            line(b, "admin1", admin1, records);
            line(b, "location <= 10 km", within10km, records);
            line(b, "fatalities exact", fatalities, records);
            for (String r : rows) b.append("  ").append(r).append('\n');
            return b.toString();
        }

        private static void line(StringBuilder b, String what, int n, int of) {
            b.append(String.format(Locale.ROOT, "  %-18s %.3f (%d/%d)%n", what, of == 0 ? 0 : (double) n / of, n, of));
        }

        public ObjectNode json() {
            ObjectNode o = Json.mapper().createObjectNode();
            o.put("file", file).put("records", records);
            o.put("eventType", ratio(eventType, records)).put("subEventType", ratio(subEventType, records));
            o.put("actor1Country", ratio(actor1, actor1Scored)).put("admin1", ratio(admin1, records));
            o.put("within10km", ratio(within10km, records)).put("fatalitiesExact", ratio(fatalities, records));
            return o;
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }
    }

    public Result run(Path csv) throws IOException {
        List<List<String>> rows;
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            rows = Csv.read(in);
        }
        if (rows.isEmpty()) return new Result(csv.toString(), 0, 0, 0, 0, 0, 0, 0, 0, List.of());
        List<String> header = rows.get(0);
        int records = 0, type = 0, sub = 0, aScored = 0, actor = 0, admin = 0, near = 0, dead = 0;
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            Function<String, String> col = name -> {
                int k = header.indexOf(name);
                return k < 0 || k >= row.size() ? "" : row.get(k).strip();
            };
            String notes = col.apply("notes");
            if (notes.isEmpty()) continue;
            records++;
            LocalDate date = LocalDate.parse(col.apply("event_date"));
            Doc doc = analyzer.apply(Article.of("ACLED", null, "en", date, null, null, notes, "acled"));
            List<Event> events = doc.has(Layer.EVENTS) ? doc.get(Layer.EVENTS) : List.of();
            Event e = events.stream().min(Comparator.comparing(Event::span)).orElse(null);
            PloverMappings.Mapping m = e == null ? null : PloverMappings.standard().of(e);
            boolean tOk = m != null && m.acledEventType().equals(col.apply("event_type"));
            boolean sOk = m != null && m.acledSubEventType().equals(col.apply("sub_event_type"));
            String goldCountry = country(col.apply("actor1"));
            boolean aOk = false;
            if (goldCountry != null) {
                aScored++;
                aOk = e != null && e.agent() != null && e.agent().code() != null && e.agent().code().startsWith(goldCountry);
            }
            Place p = e == null || e.place() == null ? null : e.place().place();
            boolean adOk = p != null && region(p.admin1()).equals(region(col.apply("admin1")));
            double km = p == null ? Double.NaN : Geo.km(p.lat(), p.lon(), Double.parseDouble(col.apply("latitude")),
                    Double.parseDouble(col.apply("longitude")));
            boolean nOk = !Double.isNaN(km) && km <= 10;
            long killed = 0;
            for (Event x : events)
                for (Quantity q : x.quantities()) if ("killed".equals(q.counted())) killed += q.value();
            boolean fOk = String.valueOf(killed).equals(col.apply("fatalities"));
            type += tOk ? 1 : 0;
            sub += sOk ? 1 : 0;
            actor += aOk ? 1 : 0;
            admin += adOk ? 1 : 0;
            near += nOk ? 1 : 0;
            dead += fOk ? 1 : 0;
            lines.add(String.format(Locale.ROOT, "%s %s | %s | agent %s | %s | %s | killed %d", col.apply("event_id_cnty"),
                    e == null ? "no event" : e.type() + " '" + e.trigger() + "'", m == null ? "-" : m.acledSubEventType(),
                    e == null || e.agent() == null ? "-" : e.agent().code(), p == null ? "no place" : p.name() + ", " + p.admin1(),
                    Double.isNaN(km) ? "-" : String.format(Locale.ROOT, "%.1f km", km), killed));
        }
        return new Result(csv.toString(), records, type, sub, aScored, actor, admin, near, dead, lines);
    }

    /** The country (first three letters of the code) the registry gives an ACLED actor name, or null. */
    private String country(String actor) {
        if (actor.isEmpty()) return null;
        Doc d = resolver.apply(RegexTokenizer.tokenize(Article.of("ACLED", null, "en", LocalDate.of(2000, 1, 1), null,
                null, actor, "acled")).with(Layer.ENTITIES, List.of()));
        for (ActorMention a : d.get(Layer.ACTORS))
            if (a.code() != null && a.code().length() >= 3) return a.code().substring(0, 3);
        return null;
    }

    /** A region's name reduced to compare GeoNames' and ACLED's spellings ("Belgorod Oblast" ~ "Belgorod"). */
    static String region(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[’'`]", "").replace(" oblast", "").replace(" region", "")
                .replace(" province", "").strip();
    }
}
