package org.sitrep.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.json.Json;
import org.sitrep.json.StandoffJson;
import org.sitrep.model.ActorRef;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Assertion;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Layer;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Quantity;
import org.sitrep.model.Span;
import org.sitrep.model.TimeMention;

/**
 * The events, quantities and assertions tables (schema V3, an assertion's modality V8): writing an article's rows,
 * filling them for articles stored before V8, and answering {@link FactQuery}. Stateless; every method works on the
 * caller's connection and transaction.
 */
final class EventTable {
    private static final ObjectMapper M = Json.mapper();
    private static final String EVENT_COLUMNS = "events (article_id, seq, type, mode, cameo, trigger_start, "
            + "trigger_end, polarity, modality, holder_code, holder_lower, codes, about_lower, place_lower, day_start, "
            + "day_end, claim_ref, published, json)";
    private static final int[] EVENT_TYPES = {Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.INTEGER, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.DATE, Types.VARCHAR, Types.DATE,
            Types.VARCHAR};
    private static final String QUANTITY_COLUMNS = "quantities (article_id, event_seq, seq, value, out_of, bound, "
            + "counted, span_start, span_end)";
    private static final int[] QUANTITY_TYPES = {Types.VARCHAR, Types.INTEGER, Types.INTEGER, Types.BIGINT,
            Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.INTEGER};
    private static final String ASSERTION_COLUMNS = "assertions (article_id, seq, kind, polarity, modality, "
            + "actor_code, place_id, place_name, count_value, count_bound, count_counted, event_seq, holder_code, "
            + "holder_lower, codes, about_lower, place_lower, day_start, day_end, claim_ref, span_start, span_end, "
            + "published, json)";
    private static final int[] ASSERTION_TYPES = {Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
            Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE,
            Types.DATE, Types.VARCHAR, Types.INTEGER, Types.INTEGER, Types.DATE, Types.VARCHAR};
    private static final int BACKFILL_PAGE = 64;

    private EventTable() {}

    /** Inserts the rows of every event, quantity and assertion of {@code doc}; the article row must exist. */
    static void insert(Connection c, Doc doc) throws SQLException {
        String article = doc.article().id().value();
        List<Object[]> events = new ArrayList<>(), quantities = new ArrayList<>(), assertions = new ArrayList<>();
        List<Event> list = doc.get(Layer.EVENTS);
        for (int seq = 0; seq < list.size(); seq++) {
            Event e = list.get(seq);
            events.add(eventRow(doc, e, seq));
            for (int q = 0; q < e.quantities().size(); q++) {
                Quantity x = e.quantities().get(q);
                quantities.add(new Object[] {article, seq, q, x.value(), x.outOf(), x.bound().name(),
                        JdbcLedger.clean(x.counted()), x.span().start(), x.span().end()});
            }
        }
        List<Assertion> asserted = doc.get(Layer.ASSERTIONS);
        for (int seq = 0; seq < asserted.size(); seq++) assertions.add(assertionRow(doc, asserted.get(seq), seq));
        JdbcLedger.insertRows(c, EVENT_COLUMNS, markers(EVENT_TYPES.length), EVENT_TYPES, events);
        JdbcLedger.insertRows(c, QUANTITY_COLUMNS, markers(QUANTITY_TYPES.length), QUANTITY_TYPES, quantities);
        JdbcLedger.insertRows(c, ASSERTION_COLUMNS, markers(ASSERTION_TYPES.length), ASSERTION_TYPES, assertions);
    }

    /** Deletes the rows of one article (before a replacement writes them anew). */
    static void delete(Connection c, ArticleId id) throws SQLException {
        for (String table : List.of("quantities", "events", "assertions"))
            try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE article_id = ?")) {
                s.setString(1, id.value());
                s.executeUpdate();
            }
    }

    /** Migration step of V8 (V3 made the tables): every stored article's rows, from its doc_json, page by page. */
    static void backfill(Connection c, Dialect dialect) throws SQLException {
        String after = "";
        while (true) {
            Map<String, String> page = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, doc_json FROM articles WHERE id > ? ORDER BY id LIMIT " + BACKFILL_PAGE)) {
                s.setString(1, after);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) page.put(r.getString(1), r.getString(2));
                }
            }
            for (Map.Entry<String, String> stored : page.entrySet()) {
                Doc doc;
                try {
                    doc = StandoffJson.read(stored.getValue());
                } catch (RuntimeException e) {
                    throw new SQLException("Cannot read the stored document of article " + stored.getKey()
                            + " to fill its events: " + e.getMessage(), e);
                }
                insert(c, doc);
                after = stored.getKey();
            }
            if (page.size() < BACKFILL_PAGE) return;
        }
    }

    private static Object[] eventRow(Doc doc, Event e, int seq) {
        LocalDate[] days = days(e.time(), doc);
        ObjectNode json = head(doc, "event", seq);
        json.put("type", e.type().name());
        json.put("mode", e.mode());
        json.put("cameo", e.cameo());
        json.put("trigger", e.span().of(doc.text()));
        json.put("lemma", e.trigger());
        putActor(json, "agent", e.agent(), doc.text());
        putActor(json, "target", e.target(), doc.text());
        putPlace(json, e.place(), e.placeName(), doc.text());
        putTime(json, e.time(), doc.text());
        ArrayNode qs = json.putArray("quantities");
        for (Quantity q : e.quantities()) qs.add(quantity(q, doc.text()));
        json.put("polarity", e.polarity().name());
        json.put("modality", e.modality().name());
        putTail(json, e.claim(), e.holder(), e.evidence(), doc.text());
        return new Object[] {doc.article().id().value(), seq, e.type().name(), clean(e.mode()), clean(e.cameo()),
                e.span().start(), e.span().end(), e.polarity().name(), e.modality().name(), clean(e.holder().code()),
                lower(e.holder().name()), codes(e.agent(), e.target()), about(e.agent(), e.target()),
                placeLower(e.place(), e.placeName(), doc.text()), days[0], days[1], clean(e.claim()),
                doc.article().published(), JdbcLedger.write(json)};
    }

    private static Object[] assertionRow(Doc doc, Assertion a, int seq) {
        LocalDate[] days = days(a.time(), doc);
        ObjectNode json = head(doc, "assertion", seq);
        json.put("kind", a.kind().name());
        json.put("polarity", a.polarity().name());
        json.put("modality", a.modality().name());
        json.put("words", a.span().of(doc.text()));
        putActor(json, "actor", a.actor(), doc.text());
        putPlace(json, a.place(), a.placeName(), doc.text());
        putTime(json, a.time(), doc.text());
        if (a.count() != null) json.set("count", quantity(a.count(), doc.text()));
        if (a.norm() != null) json.put("norm", a.norm().of(doc.text()));
        if (a.event() >= 0) json.put("event", a.event());
        putTail(json, a.claim(), a.holder(), a.evidence(), doc.text());
        Place p = a.place() == null ? null : a.place().place();
        return new Object[] {doc.article().id().value(), seq, a.kind().name(), a.polarity().name(),
                a.modality().name(), a.actor() == null ? null : clean(a.actor().code()),
                p == null ? null : p.geonameId(),
                p == null ? null : clean(p.name()), a.count() == null ? null : a.count().value(),
                a.count() == null ? null : a.count().bound().name(), a.count() == null ? null : clean(a.count().counted()),
                a.event() >= 0 ? a.event() : null, clean(a.holder().code()), lower(a.holder().name()), codes(a.actor()),
                about(a.actor()), placeLower(a.place(), a.placeName(), doc.text()), days[0], days[1], clean(a.claim()),
                a.span().start(), a.span().end(), doc.article().published(), JdbcLedger.write(json)};
    }

    private static ObjectNode head(Doc doc, String what, int seq) {
        ObjectNode o = M.createObjectNode();
        o.put("article", doc.article().id().value());
        o.put("published", doc.article().published().toString());
        o.put("outlet", doc.article().outlet());
        o.put(what, seq);
        return o;
    }

    private static void putActor(ObjectNode json, String field, ActorRef a, String text) {
        if (a == null) {
            json.putNull(field);
            return;
        }
        ObjectNode o = json.putObject(field);
        o.put("code", a.code());
        o.put("name", a.name());
        if (a.mention() != null) o.put("text", a.mention().of(text));
    }

    private static void putPlace(ObjectNode json, PlaceMention place, Span name, String text) {
        if (place == null && name == null) {
            json.putNull("place");
            return;
        }
        ObjectNode o = json.putObject("place");
        if (name != null) o.put("text", name.of(text));
        if (place != null) {
            Place p = place.place();
            o.put("name", p.name());
            o.put("geonameId", p.geonameId());
            o.put("featureKind", p.featureKind().name());
            o.put("country", p.country());
            o.put("admin1", p.admin1());
            o.put("admin2", p.admin2());
            o.put("lat", p.lat());
            o.put("lon", p.lon());
            o.put("precision", p.precision());
        }
    }

    private static void putTime(ObjectNode json, TimeMention t, String text) {
        if (t == null) {
            json.putNull("time");
            return;
        }
        ObjectNode o = json.putObject("time");
        o.put("value", t.value().timex());
        o.put("start", t.value().start() == null ? null : t.value().start().toString());
        o.put("end", t.value().end() == null ? null : t.value().end().toString());
        o.put("text", t.span().of(text));
    }

    private static ObjectNode quantity(Quantity q, String text) {
        ObjectNode o = M.createObjectNode();
        o.put("value", q.value());
        if (q.outOf() != null) o.put("outOf", q.outOf());
        o.put("bound", q.bound().name());
        o.put("counted", q.counted());
        o.put("text", q.span().of(text));
        return o;
    }

    private static void putTail(ObjectNode json, String claim, ActorRef holder, Evidence ev, String text) {
        json.put("claim", claim);
        putActor(json, "holder", holder, text);
        ObjectNode e = json.putObject("evidence");
        e.put("start", ev.span().start());
        e.put("end", ev.span().end());
        e.put("stage", ev.stage());
        e.put("stageVersion", ev.stageVersion());
        e.put("confidence", ev.confidence());
    }

    /** The fact's days: its time's interval when it has one, else the publication day. */
    private static LocalDate[] days(TimeMention t, Doc doc) {
        if (t != null && t.value().isInterval()) return new LocalDate[] {t.value().start(), t.value().end()};
        LocalDate d = doc.article().published();
        return new LocalDate[] {d, d.plusDays(1)};
    }

    private static String codes(ActorRef... actors) {
        StringBuilder sb = new StringBuilder(" ");
        for (ActorRef a : actors) if (a != null && a.code() != null) sb.append(a.code()).append(' ');
        return JdbcLedger.clean(sb.toString());
    }

    private static String about(ActorRef... actors) {
        StringBuilder sb = new StringBuilder("\n");
        for (ActorRef a : actors) if (a != null && a.name() != null) sb.append(lower(a.name())).append('\n');
        return sb.toString();
    }

    /** Name of the place, its regions and country code, and the words the text uses: what --about matches. */
    private static String placeLower(PlaceMention place, Span name, String text) {
        StringBuilder sb = new StringBuilder("\n");
        if (name != null) sb.append(lower(name.of(text))).append('\n');
        if (place != null) {
            Place p = place.place();
            for (String s : new String[] {p.name(), p.admin2(), p.admin1()})
                if (s != null && !s.isEmpty()) sb.append(lower(s)).append('\n');
        }
        return JdbcLedger.clean(sb.toString());
    }

    private static String lower(String s) {
        return s == null ? "" : JdbcLedger.clean(s.toLowerCase(Locale.ROOT));
    }

    private static String clean(String s) {
        return JdbcLedger.clean(s);
    }

    private static String markers(int n) {
        return "(" + String.join(", ", java.util.Collections.nCopies(n, "?")) + ")";
    }

    /** The facts of {@code table} ("events" or "assertions") {@code q} selects, by day, article, position. */
    static List<StoredFact> query(Connection c, String table, FactQuery q) throws SQLException {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT article_id, seq, json");
        from(table, q, params, sql);
        sql.append(order(table));
        List<StoredFact> out = new ArrayList<>();
        try (PreparedStatement s = JdbcLedger.prepare(c, sql, params); ResultSet r = s.executeQuery()) {
            while (r.next()) out.add(new StoredFact(new ArticleId(r.getString(1)), r.getInt(2), r.getString(3)));
        }
        return out;
    }

    /**
     * A page of {@link #query} in SQL, its total riding on each row as a window count (a page past the end, with no
     * rows, counts apart): the server no longer reads every selected fact to show fifty.
     */
    static Page<StoredFact> page(Connection c, String table, FactQuery q, int offset, int limit) throws SQLException {
        if (offset < 0 || limit < 0)
            throw new IllegalArgumentException("A page needs offset >= 0 and limit >= 0; got offset=" + offset
                    + ", limit=" + limit);
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT article_id, seq, json, COUNT(*) OVER ()");
        from(table, q, params, sql);
        sql.append(order(table)).append(" LIMIT ? OFFSET ?");
        params.add(limit);
        params.add(offset);
        List<StoredFact> out = new ArrayList<>();
        long total = 0;
        try (PreparedStatement s = JdbcLedger.prepare(c, sql, params); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new StoredFact(new ArticleId(r.getString(1)), r.getInt(2), r.getString(3)));
                total = r.getLong(4);
            }
        }
        if (out.isEmpty() && (offset > 0 || limit == 0)) {
            List<Object> countParams = new ArrayList<>();
            StringBuilder count = new StringBuilder("SELECT COUNT(*)");
            from(table, q, countParams, count);
            try (PreparedStatement s = JdbcLedger.prepare(c, count, countParams); ResultSet r = s.executeQuery()) {
                r.next();
                total = r.getLong(1);
            }
        }
        return new Page<>(total, out);
    }


    /** Appends {@code FROM table WHERE …} for {@code q} to {@code sql}, its values to {@code params}. */
    private static void from(String table, FactQuery q, List<Object> params, StringBuilder sql) {
        String typeColumn = table.equals("events") ? "type" : "kind";
        sql.append(" FROM ").append(table).append(" WHERE 1 = 1");
        if (q.by() != null) {
            sql.append(" AND (holder_lower LIKE ? ESCAPE '\\'");
            params.add(contains(q.by()));
            if (ClaimQuery.isCodePrefix(q.by())) {
                sql.append(" OR holder_code LIKE ? ESCAPE '\\'");
                params.add(like(q.by()) + "%");
            }
            sql.append(")");
        }
        if (q.about() != null) {
            sql.append(" AND (about_lower LIKE ? ESCAPE '\\' OR place_lower LIKE ? ESCAPE '\\'");
            params.add(contains(q.about()));
            params.add(contains(q.about()));
            if (ClaimQuery.isCodePrefix(q.about())) {
                sql.append(" OR codes LIKE ? ESCAPE '\\'");
                params.add("% " + like(q.about()) + "%");
            }
            sql.append(")");
        }
        if (q.type() != null) {
            sql.append(" AND ").append(typeColumn).append(" = ?");
            params.add(q.type().toUpperCase(Locale.ROOT));
        }
        if (q.modality() != null) {
            sql.append(" AND modality = ?");
            params.add(q.modality().name());
        }
        if (q.from() != null) {
            sql.append(" AND day_end > ?");
            params.add(q.from());
        }
        if (q.to() != null) {
            sql.append(" AND day_start <= ?");
            params.add(q.to());
        }
        if (q.article() != null) {
            sql.append(" AND article_id = ?");
            params.add(q.article());
        }
    }

    private static String order(String table) {
        return " ORDER BY day_start, article_id, " + (table.equals("events") ? "trigger_start" : "span_start") + ", seq";
    }

    private static String contains(String value) {
        return "%" + like(value.toLowerCase(Locale.ROOT)) + "%";
    }

    private static String like(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
