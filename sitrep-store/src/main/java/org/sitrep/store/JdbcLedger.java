package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.sitrep.json.Json;
import org.sitrep.json.StandoffJson;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.model.Span;

/**
 * {@link Ledger} over one JDBC connection (DuckDB or PostgreSQL). Every database call holds this object's lock, so
 * threads of one process take turns; across processes, DuckDB allows one writer (a second process gets a clear
 * "locked" error) and PostgreSQL serializes puts of one article by row lock.
 */
final class JdbcLedger implements Ledger {
    /** Layers kept only in doc_json: bulky and not queried by listings. */
    static final Set<String> UNINDEXED_LAYERS = Set.of(Layer.TOKENS.name(), Layer.SENTENCES.name(),
            Layer.DEPENDENCIES.name());
    private static final List<String> KIND_FIELDS = List.of("kind", "type", "cue");
    private static final List<String> VALUE_FIELDS = List.of("code", "value", "placeId");
    private static final int PAGE = 64;
    private static final ObjectMapper M = Json.mapper();

    private final Connection connection;
    private final Dialect dialect;
    private final String name;
    private final int schemaVersion;
    private boolean closed;

    private JdbcLedger(Connection connection, Dialect dialect, String name, int schemaVersion) {
        this.connection = connection;
        this.dialect = dialect;
        this.name = name;
        this.schemaVersion = schemaVersion;
    }

    static Ledger open(String db, Migrations migrations) {
        Objects.requireNonNull(db, "db");
        String url = jdbcUrl(db);
        Dialect dialect = Dialect.of(url);
        String name = redact(db);
        Connection connection;
        try {
            connection = DriverManager.getConnection(url);
        } catch (SQLException e) {
            String message = String.valueOf(e.getMessage());
            if (dialect == Dialect.DUCKDB && message.contains("Could not set lock"))
                throw new LedgerException("database file is locked by another sitrep process: " + name
                        + " (" + message.replaceFirst("^IO Error: ", "") + "); close it or use another --db", e);
            throw new LedgerException("Cannot open database " + name + ": " + message, e);
        }
        try {
            connection.setAutoCommit(false);
            int version = migrations.apply(connection, dialect, name);
            return new JdbcLedger(connection, dialect, name, version);
        } catch (SQLException | RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof LedgerException le) throw le;
            throw new LedgerException("Cannot open database " + name + ": " + e.getMessage(), e);
        }
    }

    /** A file path becomes a DuckDB URL (its parent directories created); JDBC URLs pass through. */
    static String jdbcUrl(String db) {
        if (db.startsWith("jdbc:")) {
            Dialect.of(db); // rejects unsupported URLs with the list of valid forms
            String duckPath = db.startsWith("jdbc:duckdb:") ? db.substring("jdbc:duckdb:".length()) : "";
            if (!duckPath.isEmpty() && !duckPath.startsWith(":memory:")) createParent(Path.of(duckPath.split("\\?")[0]));
            return db;
        }
        if (db.isBlank()) throw new IllegalArgumentException("Database path is empty; give a file such as sitrep.duckdb");
        Path path = Path.of(db).toAbsolutePath();
        createParent(path);
        return "jdbc:duckdb:" + path;
    }

    private static void createParent(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            if (parent != null) Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the folder for database " + file, e);
        }
    }

    /** The database name without its password, for messages. */
    static String redact(String db) {
        return db.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//([^:/@]+):[^@/]*@", "//$1:***@");
    }

    @Override
    public PutResult put(Doc doc) {
        return put(doc, null);
    }

    @Override
    public PutResult put(Doc doc, Map<String, String> stageVersions) {
        Objects.requireNonNull(doc, "doc");
        ObjectNode tree = StandoffJson.toTree(doc);
        Map<String, String> stages = new TreeMap<>(stageVersions != null ? stageVersions : StageVersions.fromEvidence(tree));
        String docJson = write(tree);
        String stagesJson = write(M.valueToTree(stages));
        for (int attempt = 0; ; attempt++) {
            synchronized (this) {
                ensureOpen();
                try {
                    PutResult result = write(doc.article(), tree, docJson, stages, stagesJson);
                    connection.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    rollback(e);
                    // Another process may have stored the same article at the same time: look again, once.
                    if (attempt == 0 && e instanceof SQLException && storedStages(doc.article().id()) != null) continue;
                    throw new LedgerException("Could not store article " + doc.article().id() + " in " + name + ": "
                            + e.getMessage() + "; nothing of it was written", e);
                }
            }
        }
    }

    private PutResult write(Article a, ObjectNode tree, String docJson, Map<String, String> stages, String stagesJson)
            throws SQLException {
        String stored;
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT stages FROM articles WHERE id = ?" + dialect.forUpdate())) {
            s.setString(1, a.id().value());
            try (ResultSet r = s.executeQuery()) {
                stored = r.next() ? r.getString(1) : null;
            }
        }
        PutResult result;
        if (stored == null) {
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO articles (outlet, url, language, "
                    + "published, published_at, title, text, source, stages, stored_at, doc_json, id) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bindArticle(s, a, stagesJson, docJson);
                s.executeUpdate();
            }
            result = PutResult.STORED;
        } else {
            if (!StageVersions.newer(stages, readMap(stored))) return PutResult.ALREADY_STORED;
            // UPDATE, not delete+insert, of the article row: DuckDB 1.1 rejects re-inserting a deleted primary key
            // within one transaction. Facts are deleted and inserted; the transaction makes it all-or-nothing.
            try (PreparedStatement s = connection.prepareStatement("UPDATE articles SET outlet = ?, url = ?, "
                    + "language = ?, published = ?, published_at = ?, title = ?, text = ?, source = ?, stages = ?, "
                    + "stored_at = ?, doc_json = ? WHERE id = ?")) {
                bindArticle(s, a, stagesJson, docJson);
                s.executeUpdate();
            }
            for (String table : List.of("annotations", "issues"))
                try (PreparedStatement s = connection.prepareStatement("DELETE FROM " + table + " WHERE article_id = ?")) {
                    s.setString(1, a.id().value());
                    s.executeUpdate();
                }
            result = PutResult.REPLACED;
        }
        insertAnnotations(a.id(), tree.path("layers"));
        insertIssues(a.id(), tree.path("issues"));
        return result;
    }

    private static void bindArticle(PreparedStatement s, Article a, String stagesJson, String docJson)
            throws SQLException {
        setText(s, 1, a.outlet());
        setText(s, 2, a.url());
        setText(s, 3, a.language());
        s.setObject(4, a.published());
        if (a.publishedAt() == null) s.setNull(5, Types.TIMESTAMP);
        else s.setObject(5, LocalDateTime.ofInstant(a.publishedAt(), ZoneOffset.UTC));
        setText(s, 6, a.title());
        setText(s, 7, a.text());
        setText(s, 8, a.source());
        s.setString(9, stagesJson);
        s.setObject(10, LocalDateTime.now(ZoneOffset.UTC));
        s.setString(11, docJson);
        s.setString(12, a.id().value());
    }

    /** Query columns only (doc_json keeps the exact text): NUL is replaced because PostgreSQL text rejects it. */
    private static void setText(PreparedStatement s, int i, String value) throws SQLException {
        if (value == null) s.setNull(i, Types.VARCHAR);
        else s.setString(i, value.replace('\u0000', '\uFFFD'));
    }

    private void insertAnnotations(ArticleId id, JsonNode layers) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO annotations (article_id, layer, seq, "
                + "start_offset, end_offset, kind, value, json) VALUES (?, ?, ?, ?, ?, ?, ?, "
                + dialect.jsonParameter() + ")")) {
            int rows = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = layers.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> layer = it.next();
                if (UNINDEXED_LAYERS.contains(layer.getKey())) continue;
                int seq = 0;
                for (JsonNode element : layer.getValue()) {
                    s.setString(1, id.value());
                    s.setString(2, layer.getKey());
                    s.setInt(3, seq++);
                    setOffset(s, 4, element.get("start"));
                    setOffset(s, 5, element.get("end"));
                    setText(s, 6, firstText(element, KIND_FIELDS));
                    setText(s, 7, firstText(element, VALUE_FIELDS));
                    s.setString(8, write(element));
                    s.addBatch();
                    rows++;
                }
            }
            if (rows > 0) s.executeBatch();
        }
    }

    private void insertIssues(ArticleId id, JsonNode issues) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO issues (article_id, seq, code, message, "
                + "start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (JsonNode issue : issues) {
                s.setString(1, id.value());
                s.setInt(2, seq++);
                setText(s, 3, issue.path("code").asText(""));
                setText(s, 4, issue.path("message").isNull() ? null : issue.path("message").asText(null));
                setOffset(s, 5, issue.get("start"));
                setOffset(s, 6, issue.get("end"));
                s.addBatch();
            }
            if (seq > 0) s.executeBatch();
        }
    }

    private static void setOffset(PreparedStatement s, int i, JsonNode offset) throws SQLException {
        if (offset != null && offset.canConvertToInt()) s.setInt(i, offset.intValue());
        else s.setNull(i, Types.INTEGER);
    }

    /** The first of {@code fields} the element has as a scalar, as text; null when none. */
    static String firstText(JsonNode element, List<String> fields) {
        for (String field : fields) {
            JsonNode value = element.get(field);
            if (value != null && value.isValueNode() && !value.isNull()) return value.asText();
        }
        return null;
    }

    @Override
    public Optional<Doc> find(ArticleId id) {
        Objects.requireNonNull(id, "id");
        return read("find article " + id, () -> {
            try (PreparedStatement s = connection.prepareStatement("SELECT doc_json FROM articles WHERE id = ?")) {
                s.setString(1, id.value());
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(StandoffJson.read(r.getString(1))) : Optional.<Doc>empty();
                }
            }
        });
    }

    @Override
    public List<ArticleSummary> articles() {
        return read("list articles", () -> {
            Map<String, Map<String, Integer>> counts = new HashMap<>();
            try (PreparedStatement s = connection.prepareStatement(
                    "SELECT article_id, layer, COUNT(*) FROM annotations GROUP BY article_id, layer");
                 ResultSet r = s.executeQuery()) {
                while (r.next())
                    counts.computeIfAbsent(r.getString(1), k -> new TreeMap<>()).put(r.getString(2), (int) r.getLong(3));
            }
            Map<String, Integer> issues = new HashMap<>();
            try (PreparedStatement s = connection.prepareStatement(
                    "SELECT article_id, COUNT(*) FROM issues GROUP BY article_id");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) issues.put(r.getString(1), (int) r.getLong(2));
            }
            List<ArticleSummary> list = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement(
                    "SELECT id, outlet, url, published, title, source FROM articles ORDER BY published, id");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String id = r.getString(1);
                    list.add(new ArticleSummary(new ArticleId(id), r.getString(2), r.getString(3),
                            r.getObject(4, LocalDate.class), r.getString(5), r.getString(6),
                            counts.getOrDefault(id, Map.of()), issues.getOrDefault(id, 0)));
                }
            }
            return list;
        });
    }

    @Override
    public long articleCount() {
        return read("count articles", () -> {
            try (PreparedStatement s = connection.prepareStatement("SELECT COUNT(*) FROM articles");
                 ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    /** Reads pages of documents by id (keyset), so no cursor stays open while {@code action} runs. */
    @Override
    public void forEachDoc(Consumer<Doc> action) {
        Objects.requireNonNull(action, "action");
        String after = "";
        while (true) {
            String from = after;
            Map<String, String> page = read("export documents", () -> {
                Map<String, String> docs = new LinkedHashMap<>();
                try (PreparedStatement s = connection.prepareStatement(
                        "SELECT id, doc_json FROM articles WHERE id > ? ORDER BY id LIMIT " + PAGE)) {
                    s.setString(1, from);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) docs.put(r.getString(1), r.getString(2));
                    }
                }
                return docs;
            });
            for (Map.Entry<String, String> doc : page.entrySet()) {
                action.accept(StandoffJson.read(doc.getValue()));
                after = doc.getKey();
            }
            if (page.size() < PAGE) return;
        }
    }

    @Override
    public List<AnnotationRow> annotations(String layer, Filter... filters) {
        Objects.requireNonNull(layer, "layer");
        StringBuilder sql = new StringBuilder("SELECT n.article_id, a.published, n.layer, n.seq, n.start_offset, "
                + "n.end_offset, n.kind, n.value, n.json FROM annotations n JOIN articles a ON a.id = n.article_id "
                + "WHERE n.layer = ?");
        List<Object> params = new ArrayList<>(List.of(layer));
        for (Filter f : filters) {
            if (f instanceof Filter.Article x) {
                sql.append(" AND n.article_id = ?");
                params.add(x.id().value());
            } else if (f instanceof Filter.Kind x) {
                sql.append(" AND n.kind = ?");
                params.add(x.kind());
            } else if (f instanceof Filter.Value x) {
                sql.append(" AND n.value = ?");
                params.add(x.value());
            } else if (f instanceof Filter.ValuePrefix x) {
                sql.append(" AND n.value LIKE ? ESCAPE '\\'");
                params.add(x.prefix().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            } else if (f instanceof Filter.Outlet x) {
                sql.append(" AND a.outlet = ?");
                params.add(x.outlet());
            } else if (f instanceof Filter.PublishedBetween x) {
                if (x.from() != null) { sql.append(" AND a.published >= ?"); params.add(x.from()); }
                if (x.to() != null) { sql.append(" AND a.published <= ?"); params.add(x.to()); }
            } else {
                throw new IllegalArgumentException("Unknown filter " + f);
            }
        }
        sql.append(" ORDER BY a.published, n.article_id, n.seq");
        return read("query layer " + layer, () -> {
            List<AnnotationRow> rows = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < params.size(); i++) s.setObject(i + 1, params.get(i));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        int start = r.getInt(5);
                        boolean hasStart = !r.wasNull();
                        int end = r.getInt(6);
                        boolean hasSpan = hasStart && !r.wasNull();
                        rows.add(new AnnotationRow(new ArticleId(r.getString(1)), r.getObject(2, LocalDate.class),
                                r.getString(3), r.getInt(4), hasSpan ? new Span(start, end) : null, r.getString(7),
                                r.getString(8), r.getString(9)));
                    }
                }
            }
            return rows;
        });
    }

    @Override
    public int schemaVersion() {
        return schemaVersion;
    }

    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        try {
            connection.rollback();
            connection.close();
        } catch (SQLException e) {
            throw new LedgerException("Could not close database " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "Ledger[" + name + ", " + dialect + ", schema v" + schemaVersion + "]";
    }

    private interface Query<T> {
        T run() throws SQLException;
    }

    /** Runs a read in its own transaction, ended at once so no snapshot or lock outlives the call. */
    private synchronized <T> T read(String what, Query<T> query) {
        ensureOpen();
        try {
            T result = query.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollback(e);
            throw new LedgerException("Could not " + what + " in " + name + ": " + e.getMessage(), e);
        }
    }

    /** Rows of {@code SELECT COUNT(*) FROM <from>}: lets tests check raw tables, not what the API shows. */
    long count(String from, Object... params) {
        return read("count " + from, () -> {
            try (PreparedStatement s = connection.prepareStatement("SELECT COUNT(*) FROM " + from)) {
                for (int i = 0; i < params.length; i++) s.setObject(i + 1, params[i]);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
    }

    private String storedStages(ArticleId id) {
        return read("look up article " + id, () -> {
            try (PreparedStatement s = connection.prepareStatement("SELECT stages FROM articles WHERE id = ?")) {
                s.setString(1, id.value());
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? r.getString(1) : null;
                }
            }
        });
    }

    private void rollback(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            if (dialect != Dialect.DUCKDB) {
                cause.addSuppressed(e);
                return;
            }
            // DuckDB ends the transaction itself when COMMIT fails (e.g. a write conflict between two ledgers on one
            // file), but its JDBC driver still believes one is open and would run later statements in auto-commit.
            // Opening one lets the driver's ROLLBACK succeed and reset its state.
            try (Statement s = connection.createStatement()) {
                s.execute("BEGIN TRANSACTION");
                connection.rollback();
            } catch (SQLException again) {
                cause.addSuppressed(e);
                cause.addSuppressed(again);
            }
        }
    }

    private void ensureOpen() {
        if (closed) throw new IllegalStateException("Ledger " + name + " is closed");
    }

    private static String write(JsonNode node) {
        try {
            return M.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Map<String, String> readMap(String json) {
        try {
            Map<String, String> map = new TreeMap<>();
            M.readTree(json).fields().forEachRemaining(f -> map.put(f.getKey(), f.getValue().asText()));
            return map;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored stage versions are not JSON: " + json, e);
        }
    }
}
