package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.json.Json;
import org.sitrep.json.StandoffJson;
import org.sitrep.attribute.ClaimPlaces;
import org.sitrep.model.ActorMention;
import org.sitrep.model.ActorRef;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimPolarity;
import org.sitrep.model.CueClass;
import org.sitrep.model.DateBasis;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;

/**
 * The claims and claim_refs tables (schema V2): writing an article's rows, filling them for articles stored before
 * V2, and answering {@link ClaimQuery}. Stateless; every method works on the caller's connection and transaction.
 */
final class ClaimTable {
    private static final ObjectMapper M = Json.mapper();
    private static final String CLAIM_COLUMNS = "claims (article_id, seq, id, cue, cue_start, cue_end, cue_lemma, "
            + "cue_class, source_code, source_name, source, chain, content, content_lower, content_start, content_end, "
            + "stance, polarity, first_time, statement_date, date_basis, place_id, place_name, place, evidence_start, "
            + "evidence_end, stage, stage_version, confidence, published)";
    private static final int[] CLAIM_TYPES = {Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR,
            Types.INTEGER, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.INTEGER, Types.VARCHAR, Types.VARCHAR,
            Types.BOOLEAN, Types.DATE, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.INTEGER,
            Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.DOUBLE, Types.DATE};
    private static final String REF_COLUMNS = "claim_refs (article_id, seq, kind, code, name_lower)";
    private static final int[] REF_TYPES = {Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR};
    private static final int BACKFILL_PAGE = 64;

    private ClaimTable() {}

    /** Inserts the rows of every claim of {@code doc}; the article row must exist (foreign key). */
    static void insert(Connection c, Doc doc) throws SQLException {
        List<Object[]> claims = new ArrayList<>();
        List<Object[]> refs = new ArrayList<>();
        String article = doc.article().id().value();
        List<Claim> list = doc.get(Layer.CLAIMS);
        for (int seq = 0; seq < list.size(); seq++) {
            Claim claim = list.get(seq);
            claims.add(claimRow(doc, claim, seq));
            for (String[] ref : refs(doc, claim))
                refs.add(new Object[] {article, seq, ref[0], JdbcLedger.clean(ref[1]), JdbcLedger.clean(ref[2])});
        }
        JdbcLedger.insertRows(c, CLAIM_COLUMNS, markers(CLAIM_TYPES.length), CLAIM_TYPES, claims);
        JdbcLedger.insertRows(c, REF_COLUMNS, markers(REF_TYPES.length), REF_TYPES, refs);
    }

    /** Deletes the rows of one article (before a replacement writes them anew). */
    static void delete(Connection c, ArticleId id) throws SQLException {
        for (String table : List.of("claim_refs", "claims"))
            try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE article_id = ?")) {
                s.setString(1, id.value());
                s.executeUpdate();
            }
    }

    /**
     * Migration step of V2: writes the claims rows of every article already stored, read back from its doc_json,
     * page by page in id order. Runs inside the migration's transaction, so a ledger is upgraded whole or not at all.
     */
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
                            + " to fill its claims: " + e.getMessage(), e);
                }
                insert(c, doc);
                after = stored.getKey();
            }
            if (page.size() < BACKFILL_PAGE) return;
        }
    }

    private static Object[] claimRow(Doc doc, Claim claim, int seq) {
        String text = doc.text();
        Optional<Place> place = ClaimPlaces.of(doc, claim);
        String content = claim.content().of(text);
        return new Object[] {doc.article().id().value(), seq, claim.id(),
                JdbcLedger.clean(claim.cue().of(text)), claim.cue().start(), claim.cue().end(), clean(claim.cueLemma()),
                claim.cueClass().code(), clean(claim.source().code()), clean(claim.source().name()),
                JdbcLedger.write(actorJson(text, claim.source())), chainJson(text, claim.chain()),
                JdbcLedger.clean(content), JdbcLedger.clean(content.toLowerCase(Locale.ROOT)), claim.content().start(),
                claim.content().end(), claim.stance().code(), claim.polarity().code(), claim.firstTime(),
                claim.statementDate(), claim.dateBasis() == null ? null : claim.dateBasis().code(), place.map(Place::geonameId).orElse(null),
                place.map(p -> JdbcLedger.clean(p.name())).orElse(null),
                place.map(p -> JdbcLedger.write(M.valueToTree(p))).orElse(null),
                claim.evidence().span().start(), claim.evidence().span().end(), clean(claim.evidence().stage()),
                clean(claim.evidence().stageVersion()), claim.evidence().confidence(), doc.article().published()};
    }

    private static String clean(String s) {
        return JdbcLedger.clean(s);
    }


    /**
     * {kind, code, lower-case name} of what {@link ClaimQuery#by()} and {@link ClaimQuery#about()} match: the source
     * and each chain link; each actor and place mention inside the content.
     */
    private static List<String[]> refs(Doc doc, Claim claim) {
        List<String[]> refs = new ArrayList<>();
        refs.add(ref("source", claim.source().code(), claim.source().name()));
        for (ActorRef link : claim.chain()) refs.add(ref("chain", link.code(), link.name()));
        for (ActorMention a : doc.get(Layer.ACTORS))
            if (claim.content().contains(a.span())) refs.add(ref("actor", a.code(), a.name()));
        for (PlaceMention p : doc.get(Layer.PLACES))
            if (claim.content().contains(p.span())) refs.add(ref("place", null, p.place().name()));
        return refs;
    }

    private static String[] ref(String kind, String code, String name) {
        return new String[] {kind, code, name == null ? "" : name.toLowerCase(Locale.ROOT)};
    }

    /** {code, name, text: the words the article uses, refersTo: what a pronoun or description stands for}. */
    private static ObjectNode actorJson(String text, ActorRef ref) {
        ObjectNode o = M.createObjectNode();
        o.put("code", ref.code());
        if (ref.actorId() != null) o.put("id", ref.actorId());
        o.put("name", ref.name());
        if (ref.mention() != null) o.put("text", ref.mention().of(text));
        if (ref.antecedent() != null) o.put("refersTo", ref.antecedent().of(text));
        return o;
    }

    private static String chainJson(String text, List<ActorRef> chain) {
        ArrayNode links = M.createArrayNode();
        chain.forEach(link -> links.add(actorJson(text, link)));
        return JdbcLedger.write(links);
    }

    private static String markers(int n) {
        return "(" + String.join(", ", java.util.Collections.nCopies(n, "?")) + ")";
    }

    private static final String ORDER = " ORDER BY c.statement_date NULLS LAST, c.article_id, c.cue_start, c.cue_end, c.seq";
    private static final String WITH_OUTLET = " FROM claims c JOIN articles a ON a.id = c.article_id";
    private static final String SELECT = "SELECT c.id, c.article_id, c.seq, c.published, a.outlet, c.source, c.chain, "
            + "c.cue, c.cue_start, c.cue_end, c.cue_lemma, c.cue_class, c.content, c.content_start, c.content_end, "
            + "c.stance, c.polarity, c.first_time, c.statement_date, c.date_basis, c.place, c.evidence_start, "
            + "c.evidence_end, c.stage, c.stage_version, c.confidence";

    /** The claims {@code q} selects, by statement day (undated last), article id, then cue position. */
    static List<StoredClaim> query(Connection c, ClaimQuery q) throws SQLException {
        if (!all(q)) return page(c, q, false).items();
        List<Object> params = new ArrayList<>();
        String sql = SELECT + from(q, params, WITH_OUTLET) + ORDER;
        List<StoredClaim> claims = new ArrayList<>();
        try (PreparedStatement s = JdbcLedger.prepare(c, sql, params); ResultSet r = s.executeQuery()) {
            while (r.next()) claims.add(read(r));
        }
        return claims;
    }

    /** A page of the claims {@code q} selects and their total (as {@link #count}). */
    static Page<StoredClaim> page(Connection c, ClaimQuery q) throws SQLException {
        if (!all(q)) return page(c, q, true);
        List<StoredClaim> claims = query(c, q);
        return new Page<>(claims.size(), claims);
    }

    private static boolean all(ClaimQuery q) {
        return q.limit() == Integer.MAX_VALUE && q.offset() == 0;
    }

    /**
     * A page in two small queries: the keys of its rows (sorted, limited, and with {@code total} the number of rows
     * selected as a window count on each, so no separate count query), then the wide columns of exactly those rows
     * by key. Sorting every selected row with all its columns (DuckDB carries them through the sort) was most of a
     * page's cost; count and page together took 14.5 instead of 21.9 ms CPU on the 453-article ledger
     * (docs/PERFORMANCE.md). A page past the end (no rows) counts apart.
     */
    private static Page<StoredClaim> page(Connection c, ClaimQuery q, boolean total) throws SQLException {
        List<Object> params = new ArrayList<>();
        StringBuilder keys = new StringBuilder("SELECT c.article_id, c.seq").append(total ? ", COUNT(*) OVER ()" : "")
                .append(from(q, params)).append(ORDER);
        limitOffset(keys, params, q.offset(), q.limit());
        List<String> ids = new ArrayList<>();
        List<Integer> seqs = new ArrayList<>();
        long selected = 0;
        try (PreparedStatement s = JdbcLedger.prepare(c, keys, params); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                ids.add(r.getString(1));
                seqs.add(r.getInt(2));
                if (total) selected = r.getLong(3);
            }
        }
        if (ids.isEmpty()) return new Page<>(total && (q.offset() > 0 || q.limit() == 0) ? count(c, q) : 0, List.of());
        Map<String, StoredClaim> byKey = new HashMap<>();
        for (int from = 0; from < ids.size(); from += ROWS_PER_FETCH) {
            int to = Math.min(ids.size(), from + ROWS_PER_FETCH);
            List<Object> rows = new ArrayList<>();
            StringBuilder sql = new StringBuilder(SELECT).append(WITH_OUTLET).append(" WHERE ");
            for (int i = from; i < to; i++) {
                sql.append(i == from ? "" : " OR ").append("(c.article_id = ? AND c.seq = ?)");
                rows.add(ids.get(i));
                rows.add(seqs.get(i));
            }
            try (PreparedStatement s = JdbcLedger.prepare(c, sql, rows); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    StoredClaim claim = read(r);
                    byKey.put(claim.article().value() + "/" + claim.index(), claim);
                }
            }
        }
        List<StoredClaim> claims = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) claims.add(byKey.get(ids.get(i) + "/" + seqs.get(i)));
        return new Page<>(selected, claims);
    }

    /** Rows read per statement of a page's second step (two parameters each; PostgreSQL allows 32,767). */
    private static final int ROWS_PER_FETCH = 500;

    /** Number of claims {@code q} selects, ignoring its offset and limit. */
    static long count(Connection c, ClaimQuery q) throws SQLException {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT COUNT(*)").append(from(q, params));
        try (PreparedStatement s = JdbcLedger.prepare(c, sql, params); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Claims per statement day, oldest first; undated claims are not counted; offset and limit are ignored. */
    static List<DayCount> days(Connection c, ClaimQuery q) throws SQLException {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT c.statement_date, COUNT(*)").append(from(q, params))
                .append(" AND c.statement_date IS NOT NULL GROUP BY c.statement_date ORDER BY c.statement_date");
        List<DayCount> days = new ArrayList<>();
        try (PreparedStatement s = JdbcLedger.prepare(c, sql, params); ResultSet r = s.executeQuery()) {
            while (r.next()) days.add(new DayCount(r.getObject(1, LocalDate.class), r.getLong(2)));
        }
        return days;
    }

    /**
     * Places of the selected claims with their counts, most claims first, then by name; claims without a place are
     * not counted. Grouped by the stored place JSON, so two gazetteer entries of one name stay apart.
     */
    static List<PlaceCount> places(Connection c, ClaimQuery q) throws SQLException {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT c.place, COUNT(*) AS n").append(from(q, params))
                .append(" AND c.place IS NOT NULL GROUP BY c.place ORDER BY n DESC, c.place");
        limitOffset(sql, params, q.offset(), q.limit());
        List<PlaceCount> places = new ArrayList<>();
        try (PreparedStatement s = JdbcLedger.prepare(c, sql, params); ResultSet r = s.executeQuery()) {
            while (r.next()) places.add(new PlaceCount(M.convertValue(tree(r.getString(1)), Place.class), r.getLong(2)));
        }
        return places;
    }

    /** Sources of the selected claims with their counts, most claims first, then by code and name. */
    static List<SourceCount> sources(Connection c, ClaimQuery q) throws SQLException {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT c.source_code, c.source_name, COUNT(*) AS n")
                .append(from(q, params)).append(" GROUP BY c.source_code, c.source_name")
                .append(" ORDER BY n DESC, c.source_code NULLS LAST, c.source_name");
        limitOffset(sql, params, q.offset(), q.limit());
        List<SourceCount> sources = new ArrayList<>();
        try (PreparedStatement s = JdbcLedger.prepare(c, sql, params); ResultSet r = s.executeQuery()) {
            while (r.next()) sources.add(new SourceCount(r.getString(1), r.getString(2), r.getLong(3)));
        }
        return sources;
    }

    /**
     * {@code FROM claims c …} with {@code q}'s conditions, its values appended to {@code params}. The {@code by} and
     * {@code about} conditions join the matching claims' keys from claim_refs ({@code DISTINCT}, so a claim with two
     * matching refs stays one row): a correlated {@code EXISTS} cost DuckDB twice the CPU (docs/PERFORMANCE.md).
     */
    private static String from(ClaimQuery q, List<Object> params) {
        return from(q, params, " FROM claims c");
    }

    private static String from(ClaimQuery q, List<Object> params, String tables) {
        StringBuilder sql = new StringBuilder(tables);
        String refs = " JOIN (SELECT DISTINCT r.article_id, r.seq FROM claim_refs r WHERE ";
        String on = " ON %1$s.article_id = c.article_id AND %1$s.seq = c.seq";
        if (q.by() != null) {
            sql.append(refs).append("r.kind IN ('source', 'chain') AND (r.name_lower LIKE ? ESCAPE '\\'");
            params.add(contains(q.by()));
            if (ClaimQuery.isCodePrefix(q.by())) {
                sql.append(" OR r.code LIKE ? ESCAPE '\\'");
                params.add(like(q.by()) + "%");
            }
            sql.append(")) rb").append(on.formatted("rb"));
        }
        if (q.about() != null) { // the content's words, or an actor or place named in it: kept apart by the OR below
            sql.append(" LEFT").append(refs).append("r.kind IN ('actor', 'place') AND (r.name_lower LIKE ? ESCAPE '\\'");
            params.add(contains(q.about()));
            if (ClaimQuery.isCodePrefix(q.about())) {
                sql.append(" OR r.kind = 'actor' AND r.code LIKE ? ESCAPE '\\'");
                params.add(like(q.about()) + "%");
            }
            sql.append(")) ra").append(on.formatted("ra"));
        }
        sql.append(" WHERE 1 = 1");
        if (q.about() != null) {
            sql.append(" AND (c.content_lower LIKE ? ESCAPE '\\' OR ra.seq IS NOT NULL)");
            params.add(contains(q.about()));
        }
        if (q.from() != null) {
            sql.append(" AND c.statement_date >= ?");
            params.add(q.from());
        }
        if (q.to() != null) {
            sql.append(" AND c.statement_date <= ?");
            params.add(q.to());
        }
        if (q.text() != null) {
            sql.append(" AND c.content_lower LIKE ? ESCAPE '\\'");
            params.add(contains(q.text()));
        }
        if (q.source() != null) {
            sql.append(" AND c.source_code = ?");
            params.add(q.source());
        }
        if (q.place() != null) {
            sql.append(" AND c.place_name = ?");
            params.add(q.place());
        }
        if (q.article() != null) {
            sql.append(" AND c.article_id = ?");
            params.add(q.article());
        }
        return sql.toString();
    }

    private static void limitOffset(StringBuilder sql, List<Object> params, int offset, int limit) {
        if (limit != Integer.MAX_VALUE) {
            sql.append(" LIMIT ?");
            params.add(limit);
        }
        if (offset > 0) {
            sql.append(" OFFSET ?");
            params.add(offset);
        }
    }


    /**
     * Every claim with its refs, read in two statements (all refs, then the claims in listing order) for
     * {@link ClaimIndex}; each distinct place is parsed once and shared by its claims.
     */
    static ClaimIndex index(Connection c) throws SQLException {
        record Key(String article, int seq) {}
        Map<Key, List<ClaimIndex.Ref>> by = new HashMap<>(), about = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT article_id, seq, kind, code, name_lower FROM claim_refs");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String kind = r.getString(3);
                boolean isBy = kind.equals("source") || kind.equals("chain");
                if (!isBy && !kind.equals("actor") && !kind.equals("place")) continue;
                // --about matches codes of actors only, as the SQL does.
                ClaimIndex.Ref ref = new ClaimIndex.Ref(kind.equals("place") ? null : r.getString(4), r.getString(5));
                (isBy ? by : about).computeIfAbsent(new Key(r.getString(1), r.getInt(2)), k -> new ArrayList<>(2)).add(ref);
            }
        }
        Map<String, Place> places = new HashMap<>();
        List<ClaimIndex.Row> rows = new ArrayList<>();
        String sql = SELECT + ", c.content_lower, c.source_code, c.source_name, c.place_name" + WITH_OUTLET + ORDER;
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String placeJson = r.getString(21);
                Place place = placeJson == null ? null : places.get(placeJson);
                if (placeJson != null && place == null) places.put(placeJson, place = place(placeJson));
                StoredClaim claim = read(r, place);
                Key key = new Key(claim.article().value(), claim.index());
                rows.add(new ClaimIndex.Row(claim, r.getString(27), r.getString(28), r.getString(29), r.getString(30),
                        placeJson, by.getOrDefault(key, List.of()), about.getOrDefault(key, List.of())));
            }
        }
        return new ClaimIndex(rows, places);
    }

    private static Place place(String json) throws SQLException {
        return M.convertValue(tree(json), Place.class);
    }

    private static StoredClaim read(ResultSet r) throws SQLException {
        String place = r.getString(21);
        return read(r, place == null ? null : place(place));
    }

    /** A claim from the columns of {@link #SELECT}, with its place already read from column 21. */
    private static StoredClaim read(ResultSet r, Place place) throws SQLException {
        List<StoredClaim.ActorLink> chain = new ArrayList<>();
        for (JsonNode link : tree(r.getString(7))) chain.add(link(link));
        return new StoredClaim(r.getString(1), new ArticleId(r.getString(2)), r.getInt(3),
                r.getObject(4, LocalDate.class), r.getString(5), link(tree(r.getString(6))), chain, r.getString(8),
                new Span(r.getInt(9), r.getInt(10)), r.getString(11), coded(r.getString(12), CueClass::of), r.getString(13),
                new Span(r.getInt(14), r.getInt(15)), coded(r.getString(16), Stance::of),
                coded(r.getString(17), ClaimPolarity::of), r.getBoolean(18), r.getObject(19, LocalDate.class),
                coded(r.getString(20), DateBasis::of),
                place,
                new Span(r.getInt(22), r.getInt(23)), r.getString(24), r.getString(25), r.getDouble(26));
    }

    /** A stored code read back into its enum; null stays null. */
    private static <E> E coded(String code, Function<String, E> of) {
        return code == null ? null : of.apply(code);
    }

    private static StoredClaim.ActorLink link(JsonNode o) {
        return new StoredClaim.ActorLink(text(o, "code"), text(o, "id"), text(o, "name"), text(o, "text"), text(o, "refersTo"));
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static JsonNode tree(String json) throws SQLException {
        try {
            return M.readTree(json);
        } catch (JsonProcessingException e) {
            throw new SQLException("A claims row holds broken JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A LIKE pattern for "contains {@code value}", ignoring case as Java's Locale.ROOT lower-casing does. */
    private static String contains(String value) {
        return "%" + like(value.toLowerCase(Locale.ROOT)) + "%";
    }

    /** {@code value} with LIKE's wildcards and the escape character escaped. */
    private static String like(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
