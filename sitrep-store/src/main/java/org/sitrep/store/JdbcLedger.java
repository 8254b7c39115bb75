package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
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
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.sitrep.json.Json;
import org.sitrep.json.StandoffJson;
import org.sitrep.link.IncrementalLinker;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.model.Span;

/**
 * {@link Ledger} over one JDBC connection (DuckDB or PostgreSQL). Every database call holds this object's lock, so
 * threads of one process take turns; across processes, DuckDB allows one writer (a second process gets a clear
 * "locked" error) or several read-only ledgers ({@link #openReadOnly}), and PostgreSQL serializes puts of one article
 * by row lock. Claims rows (tables of schema V2) are written by {@link ClaimTable} in the put's transaction.
 */
final class JdbcLedger implements Ledger {
    /** Layers kept only in doc_json: bulky and not queried by listings. */
    static final Set<String> UNINDEXED_LAYERS = Set.of(Layer.TOKENS.name(), Layer.SENTENCES.name(),
            Layer.DEPENDENCIES.name());
    /**
     * Where an element's kind, value and span are found, first match wins (paths into its stand-off JSON). Covers
     * entities and timexes (kind/type, value), actors (code), places (place kind, GeoNames id) and claims (cue class,
     * source actor code, content span).
     */
    static final List<String> KIND_PATHS = List.of("kind", "type", "cueClass", "cue", "place/featureKind");
    static final List<String> VALUE_PATHS = List.of("code", "value", "placeId", "place/geonameId", "source/code");
    static final List<String> SPAN_PATHS = List.of("", "content", "cue");
    private static final int PAGE = 64;
    private static final int ROWS_PER_INSERT = 200;
    /**
     * How much write-ahead log DuckDB gathers before it checkpoints (its default is 16 MB). A stored document is
     * 100–300 KB, so at the default a batch checkpointed every 50–150 articles, and a checkpoint (inside some commit)
     * took longer the larger the table: the time per article grew with the ledger (docs/PERFORMANCE.md, issue 14).
     * 256 MB makes checkpoints 16 times rarer; each commit still writes its transaction to the log whole, and a crash
     * leaves at most this much log for the next open to replay.
     */
    static final String DUCKDB_CHECKPOINT_THRESHOLD = "256MB";
    private static final int MAX_ATTEMPTS = 6;
    private static final ObjectMapper M = Json.mapper();

    private final Connection connection;
    private final Dialect dialect;
    private final String name;
    private final int schemaVersion;
    private final boolean readOnly;
    private boolean closed;

    private JdbcLedger(Connection connection, Dialect dialect, String name, int schemaVersion, boolean readOnly) {
        this.connection = connection;
        this.dialect = dialect;
        this.name = name;
        this.schemaVersion = schemaVersion;
        this.readOnly = readOnly;
    }

    static Ledger open(String db, Migrations migrations) {
        return open(db, migrations, false);
    }

    private static JdbcLedger open(String db, Migrations migrations, boolean readOnly) {
        Objects.requireNonNull(db, "db");
        String url = jdbcUrl(db);
        Dialect dialect = Dialect.of(url);
        String name = redact(db);
        Connection connection = connect(url, dialect, name, false);
        try {
            if (dialect == Dialect.DUCKDB)
                try (Statement s = connection.createStatement()) {
                    s.execute("SET checkpoint_threshold = '" + DUCKDB_CHECKPOINT_THRESHOLD + "'");
                }
            connection.setAutoCommit(false);
            int version = migrations.apply(connection, dialect, name);
            if (version >= LINK_VERSION_SCHEMA)
                synchronized (Migrations.class) { // as migrations: one relink at a time within this JVM
                    LinkTable.relinkIfStale(connection, dialect, IncrementalLinker.VERSION);
                }
            if (readOnly) connection.setReadOnly(true); // PostgreSQL: later transactions refuse writes
            return new JdbcLedger(connection, dialect, name, version, readOnly);
        } catch (SQLException | RuntimeException e) {
            throw closing(connection, name, e);
        }
    }

    /**
     * Opens for reading only. A DuckDB file is opened in DuckDB's read-only mode, which several processes may hold at
     * once (but not while one holds it for writing: DuckDB then reports the file locked). A file that does not exist
     * yet, has an older schema or links made by an older linker is first opened for writing once, to create, migrate
     * or relink it. PostgreSQL and in-memory DuckDB open as usual, with writes refused.
     */
    static Ledger openReadOnly(String db, Migrations migrations) {
        Objects.requireNonNull(db, "db");
        String url = jdbcUrl(db);
        Dialect dialect = Dialect.of(url);
        String path = dialect == Dialect.DUCKDB ? url.substring("jdbc:duckdb:".length()).split("\\?")[0] : "";
        if (path.isEmpty() || path.startsWith(":memory:")) return open(db, migrations, true);
        String name = redact(db);
        if (!Files.exists(Path.of(path))) open(db, migrations).close();
        for (int attempt = 1; ; attempt++) {
            Connection connection = connect(url, dialect, name, true);
            try {
                connection.setAutoCommit(false);
                int version = schemaVersionOf(connection);
                if (version > migrations.latest())
                    throw new LedgerException("Database " + name + " has schema version " + version
                            + ", newer than this sitrep knows (up to " + migrations.latest() + "); use a newer sitrep");
                boolean linksStale = version >= LINK_VERSION_SCHEMA && LinkTable.stale(connection, IncrementalLinker.VERSION);
                connection.commit();
                if (version == migrations.latest() && !linksStale)
                    return new JdbcLedger(connection, dialect, name, version, true);
                connection.close();
            } catch (SQLException | RuntimeException e) {
                throw closing(connection, name, e);
            }
            if (attempt == 2) throw new LedgerException("Database " + name + " is still at an older schema or linked "
                    + "by an older linker after migrating it; cannot open it read-only");
            open(db, migrations).close(); // migrates and relinks, then the loop opens it read-only again
        }
    }

    /** The schema version from which a ledger records its linker's version (V6, table link_version). */
    static final int LINK_VERSION_SCHEMA = 6;

    private static int schemaVersionOf(Connection c) throws SQLException {
        try (ResultSet r = c.getMetaData().getTables(null, null, "schema_version", null)) {
            if (!r.next()) return 0;
        }
        return Migrations.current(c);
    }

    /**
     * How long opening a DuckDB file waits for another process's lock to go: a reader that holds the file for a
     * moment (a running {@code sitrep serve} copying its snapshot) must not make {@code analyze} fail; a writer that
     * holds it for minutes still gets the clear "locked" error soon.
     */
    static final long LOCK_WAIT_MILLIS = 1500;

    private static Connection connect(String url, Dialect dialect, String name, boolean readOnly) {
        Properties properties = new Properties();
        // DuckDB's JDBC driver (DuckDBDriver.DUCKDB_READONLY_PROPERTY) opens the file with a shared lock.
        if (readOnly) properties.setProperty("duckdb.read_only", "true");
        // A read-only DuckDB ledger answers small, selective queries (listings, the server's pages, several at once
        // from a pool): one thread each costs less CPU than DuckDB's default of one per core (a claims page on the
        // 422-article ledger: 7.8 instead of 9.6 ms CPU, filtered by source 18 instead of 28; docs/PERFORMANCE.md).
        if (readOnly && dialect == Dialect.DUCKDB) properties.setProperty("threads", "1");
        long deadline = System.nanoTime() + LOCK_WAIT_MILLIS * 1_000_000;
        while (true) {
            try {
                return DriverManager.getConnection(url, properties);
            } catch (SQLException e) {
                String message = String.valueOf(e.getMessage());
                if (dialect == Dialect.DUCKDB && message.contains("Could not set lock")) {
                    if (System.nanoTime() < deadline) {
                        pause(100);
                        continue;
                    }
                    throw new LedgerException("database file is locked by another sitrep process: " + name
                            + " (" + message.replaceFirst("^IO Error: ", "") + "); close it or use another --db", e);
                }
                throw new LedgerException("Cannot open database " + name + ": " + redact(message), e);
            }
        }
    }

    private static LedgerException closing(Connection connection, String name, Exception e) {
        try {
            connection.close();
        } catch (SQLException suppressed) {
            e.addSuppressed(suppressed);
        }
        if (e instanceof LedgerException le) return le;
        return new LedgerException("Cannot open database " + name + ": " + e.getMessage(), e);
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
        if (readOnly) throw new IllegalStateException("Ledger " + name + " was opened read-only; cannot store "
                + doc.article().id());
        ObjectNode tree = StandoffJson.toTree(doc);
        Map<String, String> stages = new TreeMap<>(stageVersions != null ? stageVersions : StageVersions.fromEvidence(tree));
        stages.forEach((stage, version) -> {
            if (stage == null || version == null || version.isBlank())
                throw new IllegalArgumentException("Stage versions need a name and a version each; got " + stages);
        });
        String docJson = write(tree);
        String stagesJson = write(M.valueToTree(stages));
        for (int attempt = 1; ; attempt++) {
            synchronized (this) {
                ensureOpen();
                try {
                    PutResult result = write(doc, tree, docJson, stages, stagesJson);
                    connection.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    rollback(e);
                    // Another connection wrote the same article at the same time: once it commits, a new attempt
                    // sees its row and decides again (usually ALREADY_STORED).
                    boolean conflict = e instanceof SQLException sql && dialect.isConflict(sql);
                    if (connectionLost(e))
                        throw new LedgerException("Lost the connection to database " + name + " while storing article "
                                + doc.article().id() + " (" + e.getMessage() + "); nothing of that article was written",
                                e, true);
                    if (!conflict || attempt == MAX_ATTEMPTS)
                        throw new LedgerException("Could not store article " + doc.article().id() + " in " + name
                                + ": " + e.getMessage() + "; nothing of it was written", e);
                }
            }
            pause(20L * attempt); // outside the lock, so this ledger's other threads go on meanwhile
        }
    }

    /**
     * True when {@code e} says the connection is gone: SQLSTATE class 08 (connection exception) or 57P01–57P03
     * (PostgreSQL: terminated by an administrator, crash shutdown, cannot connect now), or the driver has closed it.
     * A server-side abort of the transaction means nothing of it was committed.
     */
    private boolean connectionLost(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")))
                return true;
        try {
            return connection.isClosed();
        } catch (SQLException closedCheck) {
            return true;
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerException("Interrupted while waiting to retry", e);
        }
    }

    private PutResult write(Doc doc, ObjectNode tree, String docJson, Map<String, String> stages, String stagesJson)
            throws SQLException {
        Article a = doc.article();
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
            ClaimTable.delete(connection, a.id());
            EventTable.delete(connection, a.id());
            result = PutResult.REPLACED;
        }
        ClaimTable.insert(connection, doc);
        EventTable.insert(connection, doc);
        LinkTable.link(connection, doc);
        insertAnnotations(a.id(), tree.path("layers"));
        insertIssues(a.id(), tree.path("issues"));
        return result;
    }

    /** {@code sql} prepared on {@code c} with {@code params} bound in order (closed again if binding fails). */
    static PreparedStatement prepare(Connection c, CharSequence sql, List<Object> params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql.toString());
        try {
            for (int i = 0; i < params.size(); i++) s.setObject(i + 1, params.get(i));
        } catch (SQLException e) {
            s.close();
            throw e;
        }
        return s;
    }

    static void bindArticle(PreparedStatement s, Article a, String stagesJson, String docJson)
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

    /**
     * Query columns only (doc_json keeps the exact text): NUL, which PostgreSQL text rejects, and unpaired surrogates,
     * which UTF-8 cannot hold, become U+FFFD.
     */
    private static void setText(PreparedStatement s, int i, String value) throws SQLException {
        if (value == null) s.setNull(i, Types.VARCHAR);
        else s.setString(i, clean(value));
    }

    /** {@code value} with NUL and unpaired surrogates as U+FFFD; null stays null. */
    static String clean(String value) {
        if (value == null || value.indexOf('\u0000') < 0 && !hasUnpairedSurrogate(value)) return value;
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                out.append(c).append(value.charAt(++i));
            } else {
                out.append(c == '\u0000' || Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    static boolean hasUnpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
            else if (Character.isSurrogate(c)) return true;
        }
        return false;
    }

    private void insertAnnotations(ArticleId id, JsonNode layers) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = layers.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> layer = it.next();
            if (UNINDEXED_LAYERS.contains(layer.getKey())) continue;
            int seq = 0;
            for (JsonNode element : layer.getValue()) {
                JsonNode span = firstSpan(element);
                rows.add(new Object[] {id.value(), layer.getKey(), seq++, offset(span.get("start")),
                        offset(span.get("end")), clean(firstText(element, KIND_PATHS)),
                        clean(firstText(element, VALUE_PATHS)), write(element)});
            }
        }
        insertRows(connection, "annotations (article_id, layer, seq, start_offset, end_offset, kind, value, json)",
                "(?, ?, ?, ?, ?, ?, ?, " + dialect.jsonParameter() + ")",
                new int[] {Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.VARCHAR,
                        Types.VARCHAR, Types.VARCHAR}, rows);
    }

    private void insertIssues(ArticleId id, JsonNode issues) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        int seq = 0;
        for (JsonNode issue : issues)
            rows.add(new Object[] {id.value(), seq++, clean(issue.path("code").asText("")),
                    issue.path("message").isNull() ? null : clean(issue.path("message").asText(null)),
                    offset(issue.get("start")), offset(issue.get("end"))});
        insertRows(connection, "issues (article_id, seq, code, message, start_offset, end_offset)", "(?, ?, ?, ?, ?, ?)",
                new int[] {Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.INTEGER},
                rows);
    }

    /**
     * Inserts rows with multi-row INSERTs of up to {@link #ROWS_PER_INSERT} rows: one statement execution per chunk is
     * several times faster than a JDBC batch of single-row inserts on DuckDB (which runs each row on its own).
     */
    static void insertRows(Connection connection, String tableAndColumns, String rowMarkers, int[] types,
                           List<Object[]> rows) throws SQLException {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            String sql = "INSERT INTO " + tableAndColumns + " VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size(), rowMarkers));
            try (PreparedStatement s = connection.prepareStatement(sql)) {
                int p = 1;
                for (Object[] row : chunk)
                    for (int c = 0; c < row.length; c++, p++) {
                        if (row[c] == null) s.setNull(p, types[c]);
                        else if (row[c] instanceof Integer i) s.setInt(p, i);
                        else if (row[c] instanceof String text) s.setString(p, text);
                        else if (row[c] instanceof Boolean b) s.setBoolean(p, b);
                        else if (row[c] instanceof Long l) s.setLong(p, l);
                        else if (row[c] instanceof Double d) s.setDouble(p, d);
                        else s.setObject(p, row[c]); // java.time values
                    }
                s.executeUpdate();
            }
        }
    }

    private static Integer offset(JsonNode offset) {
        return offset != null && offset.canConvertToInt() ? offset.intValue() : null;
    }

    /** The first of {@code paths} ("a/b" = field b of object a) the element has as a scalar, as text; else null. */
    static String firstText(JsonNode element, List<String> paths) {
        for (String path : paths) {
            JsonNode value = element.at("/" + path);
            if (value.isValueNode() && !value.isNull()) return value.asText();
        }
        return null;
    }

    /** The first of {@link #SPAN_PATHS} that holds integer start and end ("" = the element itself); else empty. */
    static JsonNode firstSpan(JsonNode element) {
        for (String path : SPAN_PATHS) {
            JsonNode node = path.isEmpty() ? element : element.path(path);
            if (node.path("start").canConvertToInt() && node.path("end").canConvertToInt()) return node;
        }
        return M.createObjectNode();
    }

    @Override
    public boolean isCurrent(ArticleId id, Map<String, String> stageVersions) {
        Objects.requireNonNull(id, "id");
        return read("check article " + id, () -> {
            try (PreparedStatement s = connection.prepareStatement("SELECT stages FROM articles WHERE id = ?")) {
                s.setString(1, id.value());
                try (ResultSet r = s.executeQuery()) {
                    return r.next() && !StageVersions.newer(new TreeMap<>(stageVersions), readMap(r.getString(1)));
                }
            }
        });
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
        return articles(0, Integer.MAX_VALUE);
    }

    @Override
    public List<ArticleSummary> articles(int offset, int limit) {
        if (offset < 0 || limit < 0)
            throw new IllegalArgumentException("articles needs offset >= 0 and limit >= 0; got " + offset + ", " + limit);
        boolean all = offset == 0 && limit == Integer.MAX_VALUE;
        String ofPage = all ? "" : " WHERE article_id IN (SELECT id FROM articles ORDER BY published, id LIMIT ? OFFSET ?)";
        return read("list articles", () -> {
            Map<String, Map<String, Integer>> counts = new HashMap<>();
            try (PreparedStatement s = connection.prepareStatement(
                    "SELECT article_id, layer, COUNT(*) FROM annotations" + ofPage + " GROUP BY article_id, layer");
                 ResultSet r = page(s, all, offset, limit).executeQuery()) {
                while (r.next())
                    counts.computeIfAbsent(r.getString(1), k -> new TreeMap<>()).put(r.getString(2), (int) r.getLong(3));
            }
            Map<String, Integer> issues = new HashMap<>();
            try (PreparedStatement s = connection.prepareStatement(
                    "SELECT article_id, COUNT(*) FROM issues" + ofPage + " GROUP BY article_id");
                 ResultSet r = page(s, all, offset, limit).executeQuery()) {
                while (r.next()) issues.put(r.getString(1), (int) r.getLong(2));
            }
            List<ArticleSummary> list = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement(
                    "SELECT id, outlet, url, published, title, source FROM articles ORDER BY published, id"
                            + (all ? "" : " LIMIT ? OFFSET ?"));
                 ResultSet r = page(s, all, offset, limit).executeQuery()) {
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
    public List<StoredClaim> claims(ClaimQuery query) {
        Objects.requireNonNull(query, "query");
        return read("query claims " + query, () -> ClaimTable.query(connection, query));
    }

    @Override
    public List<StoredFact> events(FactQuery query) {
        Objects.requireNonNull(query, "query");
        return read("query events " + query, () -> EventTable.query(connection, "events", query));
    }

    @Override
    public List<StoredFact> assertions(FactQuery query) {
        Objects.requireNonNull(query, "query");
        return read("query assertions " + query, () -> EventTable.query(connection, "assertions", query));
    }

    @Override
    public Page<StoredFact> events(FactQuery query, int offset, int limit) {
        Objects.requireNonNull(query, "query");
        return read("query a page of events " + query, () -> EventTable.page(connection, "events", query, offset, limit));
    }

    @Override
    public Page<StoredFact> assertions(FactQuery query, int offset, int limit) {
        Objects.requireNonNull(query, "query");
        return read("query a page of assertions " + query, () -> EventTable.page(connection, "assertions", query, offset, limit));
    }

    @Override
    public StoredLinks links() {
        return read("read happenings and disputes", () -> new StoredLinks(LinkTable.happenings(connection),
                LinkTable.disputes(connection), LinkTable.quotes(connection)));
    }

    /** Binds LIMIT and OFFSET, the statement's only parameters, unless every row is wanted. */
    private static PreparedStatement page(PreparedStatement s, boolean all, int offset, int limit) throws SQLException {
        if (!all) {
            s.setInt(1, limit);
            s.setInt(2, offset);
        }
        return s;
    }

    @Override
    public ClaimIndex claimIndex() {
        return read("read every claim", () -> ClaimTable.index(connection));
    }

    @Override
    public long claimCount(ClaimQuery query) {
        Objects.requireNonNull(query, "query");
        return read("count claims " + query, () -> ClaimTable.count(connection, query));
    }

    @Override
    public Page<StoredClaim> claimPage(ClaimQuery query) {
        Objects.requireNonNull(query, "query");
        return read("query a page of claims " + query, () -> ClaimTable.page(connection, query));
    }

    @Override
    public List<DayCount> claimDays(ClaimQuery query) {
        Objects.requireNonNull(query, "query");
        return read("count claims per day " + query, () -> ClaimTable.days(connection, query));
    }

    @Override
    public List<PlaceCount> claimPlaces(ClaimQuery query) {
        Objects.requireNonNull(query, "query");
        return read("count claims per place " + query, () -> ClaimTable.places(connection, query));
    }

    @Override
    public List<SourceCount> claimSources(ClaimQuery query) {
        Objects.requireNonNull(query, "query");
        return read("count claims per source " + query, () -> ClaimTable.sources(connection, query));
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
            try {
                connection.rollback();
                if (dialect == Dialect.DUCKDB && !readOnly) checkpoint();
            } finally {
                connection.close();
            }
        } catch (SQLException e) {
            throw new LedgerException("Could not close database " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes DuckDB's log into the file now, where a failure can be reported. DuckDB also checkpoints when its last
     * connection closes, but silently: a ledger whose checkpoints failed kept a growing .wal for days unnoticed
     * (docs/DECISIONS.md, Reliability, "DuckDB 2.0"). Skipped while another ledger of this JVM has a transaction open on the same
     * file: it checkpoints when it closes.
     */
    private void checkpoint() throws SQLException {
        connection.setAutoCommit(true);
        try (Statement s = connection.createStatement()) {
            s.execute("CHECKPOINT");
        } catch (SQLException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("Cannot CHECKPOINT: there are other")) return;
            throw new LedgerException("Could not write the log of database " + name + " into the file ("
                    + message + "); every committed article is in its .wal file: keep that file next to it", e);
        }
    }

    @Override
    public String toString() {
        return "Ledger[" + name + ", " + dialect + ", schema v" + schemaVersion + (readOnly ? ", read-only" : "") + "]";
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
            boolean lost = connectionLost(e);
            throw new LedgerException((lost ? "Lost the connection to database " + name + " trying to " + what
                    : "Could not " + what + " in " + name) + ": " + e.getMessage(), e, lost);
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

    /**
     * JSON text of {@code node}. Text with an unpaired surrogate (broken input) cannot be stored as UTF-8 without
     * loss, so then every non-ASCII character is written as a {@code \\u} escape, which reads back exactly.
     */
    static String write(JsonNode node) {
        try {
            String json = M.writeValueAsString(node);
            return hasUnpairedSurrogate(json)
                    ? M.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsString(node) : json;
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
