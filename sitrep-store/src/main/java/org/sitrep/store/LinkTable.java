package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.json.Json;
import org.sitrep.json.StandoffJson;
import org.sitrep.link.Dispute;
import org.sitrep.link.Happening;
import org.sitrep.link.IncrementalLinker;
import org.sitrep.link.LinkState;
import org.sitrep.link.OutletRegistry;
import org.sitrep.link.Report;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Assertion;
import org.sitrep.model.Doc;

/**
 * The link tables of schema V4 ({@code link_copies}, {@code link_bands}, {@code link_members}, {@code happenings},
 * {@code disputes}) as the {@link LinkState} of {@link IncrementalLinker}, on the caller's connection and
 * transaction; and reading them back for {@link Ledger#happenings()} and {@link Ledger#disputes()}. A
 * {@link SQLException} is wrapped in an unchecked one, which the ledger's put turns into a rollback.
 */
final class LinkTable implements LinkState {
    private static final ObjectMapper M = Json.mapper();
    private static final IncrementalLinker LINKER = new IncrementalLinker(OutletRegistry.standard());
    private static final int BACKFILL_PAGE = 64;

    private final Connection c;

    LinkTable(Connection c) {
        this.c = c;
    }

    /** Links one stored document (its article row written in this transaction). */
    static void link(Connection c, Doc doc) throws SQLException {
        try {
            LINKER.add(doc, new LinkTable(c));
        } catch (Unchecked e) {
            throw e.getCause();
        }
    }

    /** Migration step of V4: links every article already stored, in id order (the order does not matter). */
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
                            + " to link it: " + e.getMessage(), e);
                }
                link(c, doc);
                after = stored.getKey();
            }
            if (page.size() < BACKFILL_PAGE) return;
        }
    }

    /**
     * Whether the link tables were made by a linker other than {@code version} and not by a newer one: no version
     * stored (a ledger linked before V6), an older one, or the same number with another fingerprint
     * ({@link StageVersions#newer}). A newer stored version is kept: an older sitrep does not relink it back.
     */
    static boolean stale(Connection c, String version) throws SQLException {
        String stored = storedVersion(c);
        return stored == null || StageVersions.newer(Map.of("link", version), Map.of("link", stored));
    }

    private static String storedVersion(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT version FROM link_version");
             ResultSet r = s.executeQuery()) {
            return r.next() ? r.getString(1) : null;
        }
    }

    /**
     * Links every stored article anew when the stored links are {@link #stale} for {@code version}, and records
     * {@code version}; in one transaction, which this commits (or rolls back on failure).
     *
     * @return whether it relinked
     */
    static boolean relinkIfStale(Connection c, Dialect dialect, String version) throws SQLException {
        try (java.sql.Statement s = c.createStatement()) {
            if (dialect.migrationLock() != null) s.execute(dialect.migrationLock());
            if (!stale(c, version)) {
                c.commit();
                return false;
            }
            for (String table : List.of("link_copies", "link_bands", "link_members", "happenings", "disputes",
                    "link_version"))
                s.execute("DELETE FROM " + table);
            backfill(c, dialect);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO link_version (version) VALUES (?)")) {
                insert.setString(1, version);
                insert.executeUpdate();
            }
            c.commit();
            return true;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    /** Every stored happening with its members, ordered by first day then id. */
    static List<Happening> happenings(Connection c) throws SQLException {
        Map<String, List<Report>> members = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(memberSelect("") + " ORDER BY happening_id, report_key");
             ResultSet r = s.executeQuery()) {
            while (r.next()) members.computeIfAbsent(r.getString("happening_id"), k -> new ArrayList<>()).add(report(r));
        }
        List<Happening> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, family, about, day_from, day_to, originals FROM "
                + "happenings ORDER BY day_from, id"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String id = r.getString(1);
                out.add(new Happening(id, r.getString(2), r.getString(3), r.getObject(4, LocalDate.class),
                        r.getObject(5, LocalDate.class), members.getOrDefault(id, List.of()), readList(r.getString(6))));
            }
        }
        return out;
    }

    /** Every stored dispute, by happening (first day, id) then the order the judge gave them. */
    static List<Dispute> disputes(Connection c) throws SQLException {
        Map<String, Report> reports = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(memberSelect(" WHERE report_key IN (SELECT first_key FROM disputes"
                + " UNION SELECT second_key FROM disputes)")); ResultSet r = s.executeQuery()) {
            while (r.next()) reports.put(r.getString("report_key"), report(r));
        }
        List<Dispute> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT d.happening_id, d.kind, d.first_key, d.second_key, d.reason"
                + " FROM disputes d JOIN happenings h ON h.id = d.happening_id ORDER BY h.day_from, h.id, d.seq");
             ResultSet r = s.executeQuery()) {
            while (r.next())
                out.add(new Dispute(Dispute.Kind.valueOf(r.getString(2)), r.getString(1), reports.get(r.getString(3)),
                        reports.get(r.getString(4)), r.getString(5)));
        }
        return out;
    }

    /** The evidence text of stored reports, by report key. */
    static Map<String, String> quotes(Connection c) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT report_key, quote FROM link_members");
             ResultSet r = s.executeQuery()) {
            while (r.next()) out.put(r.getString(1), r.getString(2));
        }
        return out;
    }

    private static String memberSelect(String where) {
        return "SELECT report_key, article_id, seq, happening_id, bucket, stated, outlet, copy_of, quote, json FROM link_members"
                + where;
    }

    private static Report report(ResultSet r) throws SQLException {
        try {
            Assertion a = M.readValue(r.getString("json"), Assertion.class);
            return new Report(new ArticleId(r.getString("article_id")), r.getInt("seq"),
                    r.getObject("stated", LocalDate.class), r.getString("outlet"), r.getString("copy_of"), a,
                    r.getString("quote"));
        } catch (JsonProcessingException e) {
            throw new SQLException("Cannot read stored report " + r.getString("report_key") + ": " + e.getMessage(), e);
        }
    }

    private static List<String> readList(String json) throws SQLException {
        try {
            return List.of(M.readValue(json, String[].class));
        } catch (JsonProcessingException e) {
            throw new SQLException("Cannot read stored list " + json + ": " + e.getMessage(), e);
        }
    }

    // ---- LinkState ----

    /** A SQL failure inside a {@link LinkState} call, unwrapped again by {@link #link}. */
    private static final class Unchecked extends RuntimeException {
        Unchecked(SQLException e) {
            super(e);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    @FunctionalInterface
    private interface Sql<T> {
        T run() throws SQLException;
    }

    private static <T> T sql(Sql<T> body) {
        try {
            return body.run();
        } catch (SQLException e) {
            throw new Unchecked(e);
        }
    }

    @Override
    public CopyEntry copyEntry(ArticleId article) {
        return sql(() -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT article_id, published, signature, copy_of FROM link_copies WHERE article_id = ?")) {
                s.setString(1, article.value());
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? copy(r) : null;
                }
            }
        });
    }

    /** A stored copy entry; its signature column holds "SHINGLES:" and the signature's values, comma-separated. */
    private static CopyEntry copy(ResultSet r) throws SQLException {
        String stored = r.getString(3);
        int colon = stored.indexOf(':');
        String[] parts = stored.substring(colon + 1).split(",");
        long[] sig = new long[parts.length];
        for (int i = 0; i < parts.length; i++) sig[i] = Long.parseLong(parts[i]);
        int shingles = colon < 0 ? 0 : Integer.parseInt(stored.substring(0, colon));
        return new CopyEntry(new ArticleId(r.getString(1)), r.getObject(2, LocalDate.class), sig, shingles, r.getString(4));
    }

    @Override
    public List<CopyEntry> copyCandidates(long[] bandKeys) {
        return sql(() -> {
            // Two queries, not one with a subquery: DuckDB answers "article_id IN (SELECT … FROM link_bands …)" by
            // reading every stored signature (24 MB at 10k articles, 150-900 ms); ids first keeps it to the matches.
            List<String> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT article_id FROM link_bands WHERE band IN ("
                    + markers(bandKeys.length) + ")")) {
                for (int i = 0; i < bandKeys.length; i++) s.setLong(i + 1, bandKeys[i]);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) ids.add(r.getString(1));
                }
            }
            List<CopyEntry> out = new ArrayList<>();
            for (int from = 0; from < ids.size(); from += 500) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
                try (PreparedStatement s = c.prepareStatement("SELECT article_id, published, signature, copy_of FROM "
                        + "link_copies WHERE article_id IN (" + markers(chunk.size()) + ")")) {
                    for (int i = 0; i < chunk.size(); i++) s.setString(i + 1, chunk.get(i));
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) out.add(copy(r));
                    }
                }
            }
            out.sort(java.util.Comparator.comparing(e -> e.article().value()));
            return out;
        });
    }

    @Override
    public void addCopyEntry(CopyEntry e, long[] bandKeys) {
        sql(() -> {
            StringBuilder sig = new StringBuilder().append(e.shingles()).append(':');
            for (int i = 0; i < e.signature().length; i++) sig.append(i == 0 ? "" : ",").append(e.signature()[i]);
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO link_copies (article_id, published, signature, copy_of) VALUES (?, ?, ?, ?)")) {
                s.setString(1, e.article().value());
                s.setObject(2, e.published());
                s.setString(3, sig.toString());
                s.setString(4, e.copyOf());
                s.executeUpdate();
            }
            List<Object[]> rows = new ArrayList<>();
            for (long b : new TreeSet<>(java.util.Arrays.stream(bandKeys).boxed().toList()))
                rows.add(new Object[] {b, e.article().value()});
            JdbcLedger.insertRows(c, "link_bands (band, article_id)", "(?, ?)",
                    new int[] {java.sql.Types.BIGINT, java.sql.Types.VARCHAR}, rows);
            return null;
        });
    }

    @Override
    public Set<ArticleId> moveCopies(Collection<String> from, String root) {
        return sql(() -> {
            Set<ArticleId> moved = new TreeSet<>(java.util.Comparator.comparing(ArticleId::value));
            List<String> ids = List.copyOf(from);
            try (PreparedStatement s = c.prepareStatement("SELECT article_id FROM link_copies WHERE copy_of IN ("
                    + markers(ids.size()) + ")")) {
                bind(s, ids, 1);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) moved.add(new ArticleId(r.getString(1)));
                }
            }
            for (String table : List.of("link_copies", "link_members"))
                try (PreparedStatement s = c.prepareStatement("UPDATE " + table + " SET copy_of = ? WHERE copy_of IN ("
                        + markers(ids.size()) + ")")) {
                    s.setString(1, root);
                    bind(s, ids, 2);
                    s.executeUpdate();
                }
            return moved;
        });
    }

    @Override
    public List<Member> overlapping(Collection<String> buckets, LocalDate from, LocalDate to) {
        if (buckets.isEmpty()) return List.of();
        return sql(() -> {
            List<Member> out = new ArrayList<>();
            List<String> bs = List.copyOf(buckets);
            try (PreparedStatement s = c.prepareStatement(memberSelect(" WHERE bucket IN (" + markers(bs.size())
                    + ") AND day_start < ? AND day_end > ?"))) {
                bind(s, bs, 1);
                s.setObject(bs.size() + 1, to);
                s.setObject(bs.size() + 2, from);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) out.add(new Member(report(r), r.getString("bucket"), r.getString("happening_id")));
                }
            }
            return out;
        });
    }

    @Override
    public List<String> buckets(String prefix) {
        return sql(() -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT DISTINCT bucket FROM link_members WHERE bucket LIKE ? ESCAPE '\\' ORDER BY bucket")) {
                s.setString(1, prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) out.add(r.getString(1));
                }
            }
            return out;
        });
    }

    @Override
    public Map<String, List<Report>> members(Collection<String> happenings) {
        if (happenings.isEmpty()) return Map.of();
        return sql(() -> {
            Map<String, List<Report>> out = new HashMap<>();
            List<String> ids = List.copyOf(happenings);
            for (int from = 0; from < ids.size(); from += 500) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
                try (PreparedStatement s = c.prepareStatement(memberSelect(" WHERE happening_id IN ("
                        + markers(chunk.size()) + ") ORDER BY happening_id, report_key"))) {
                    bind(s, chunk, 1);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next())
                            out.computeIfAbsent(r.getString("happening_id"), k -> new ArrayList<>()).add(report(r));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Set<String> happeningsOf(Collection<ArticleId> articles) {
        if (articles.isEmpty()) return Set.of();
        return sql(() -> {
            Set<String> out = new TreeSet<>();
            List<String> ids = articles.stream().map(ArticleId::value).toList();
            try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT happening_id FROM link_members WHERE "
                    + "article_id IN (" + markers(ids.size()) + ")")) {
                bind(s, ids, 1);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) out.add(r.getString(1));
                }
            }
            return out;
        });
    }

    @Override
    public void addMembers(List<NewMember> members) {
        sql(() -> {
            List<Object[]> rows = new ArrayList<>();
            for (NewMember m : members) {
                Report report = m.report();
                LocalDate[] days = days(report);
                String json;
                try {
                    json = M.writeValueAsString(report.assertion());
                } catch (JsonProcessingException e) {
                    throw new SQLException("Cannot write report " + report.key() + ": " + e.getMessage(), e);
                }
                rows.add(new Object[] {report.key(), report.article().value(), report.index(), m.happening(),
                        JdbcLedger.clean(m.bucket()), days[0], days[1], report.stated(), JdbcLedger.clean(report.outlet()),
                        report.copyOf(), JdbcLedger.clean(m.quote()), json});
            }
            JdbcLedger.insertRows(c, "link_members (report_key, article_id, seq, happening_id, bucket, day_start, "
                    + "day_end, stated, outlet, copy_of, quote, json)", "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    MEMBER_TYPES, rows);
            return null;
        });
    }

    private static final int[] MEMBER_TYPES = {java.sql.Types.VARCHAR, java.sql.Types.VARCHAR, java.sql.Types.INTEGER,
            java.sql.Types.VARCHAR, java.sql.Types.VARCHAR, java.sql.Types.DATE, java.sql.Types.DATE, java.sql.Types.DATE,
            java.sql.Types.VARCHAR, java.sql.Types.VARCHAR, java.sql.Types.VARCHAR, java.sql.Types.VARCHAR};

    /** The days a report is about, as linking compares them. */
    private static LocalDate[] days(Report r) {
        return org.sitrep.link.Compatibility.days(r);
    }

    @Override
    public void moveMembers(Collection<String> from, String to) {
        if (from.isEmpty()) return;
        sql(() -> {
            List<String> ids = List.copyOf(from);
            try (PreparedStatement s = c.prepareStatement("UPDATE link_members SET happening_id = ? WHERE happening_id IN ("
                    + markers(ids.size()) + ")")) {
                s.setString(1, to);
                bind(s, ids, 2);
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void moveReports(Collection<String> reportKeys, String to) {
        if (reportKeys.isEmpty()) return;
        sql(() -> {
            List<String> keys = List.copyOf(reportKeys);
            for (int from = 0; from < keys.size(); from += 500) {
                List<String> chunk = keys.subList(from, Math.min(keys.size(), from + 500));
                try (PreparedStatement s = c.prepareStatement("UPDATE link_members SET happening_id = ? WHERE "
                        + "report_key IN (" + markers(chunk.size()) + ")")) {
                    s.setString(1, to);
                    bind(s, chunk, 2);
                    s.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public Set<String> removeArticle(ArticleId article) {
        Set<String> touched = happeningsOf(List.of(article));
        sql(() -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM link_members WHERE article_id = ?")) {
                s.setString(1, article.value());
                s.executeUpdate();
            }
            return null;
        });
        return touched;
    }

    @Override
    public void putHappenings(List<Happening> happenings, Map<String, List<Dispute>> disputes) {
        if (happenings.isEmpty()) return;
        sql(() -> {
            List<Object[]> rows = new ArrayList<>(), disputeRows = new ArrayList<>();
            for (Happening h : happenings) {
                try {
                    rows.add(new Object[] {h.id(), h.family(), JdbcLedger.clean(h.about()), h.from(), h.to(),
                            h.members().size(), h.independentSources(), JdbcLedger.clean(M.writeValueAsString(h.originals()))});
                } catch (JsonProcessingException e) {
                    throw new SQLException(e.getMessage(), e);
                }
                List<Dispute> ds = disputes.getOrDefault(h.id(), List.of());
                for (int i = 0; i < ds.size(); i++) {
                    Dispute d = ds.get(i);
                    disputeRows.add(new Object[] {h.id(), i, d.kind().name(), d.first().key(), d.second().key(),
                            JdbcLedger.clean(d.reason())});
                }
            }
            JdbcLedger.insertRows(c, "happenings (id, family, about, day_from, day_to, members, sources, originals)",
                    "(?, ?, ?, ?, ?, ?, ?, ?)", new int[] {java.sql.Types.VARCHAR, java.sql.Types.VARCHAR,
                            java.sql.Types.VARCHAR, java.sql.Types.DATE, java.sql.Types.DATE, java.sql.Types.INTEGER,
                            java.sql.Types.INTEGER, java.sql.Types.VARCHAR}, rows);
            JdbcLedger.insertRows(c, "disputes (happening_id, seq, kind, first_key, second_key, reason)",
                    "(?, ?, ?, ?, ?, ?)", new int[] {java.sql.Types.VARCHAR, java.sql.Types.INTEGER,
                            java.sql.Types.VARCHAR, java.sql.Types.VARCHAR, java.sql.Types.VARCHAR,
                            java.sql.Types.VARCHAR}, disputeRows);
            return null;
        });
    }

    @Override
    public void deleteHappenings(Collection<String> ids) {
        if (ids.isEmpty()) return;
        sql(() -> {
            List<String> list = List.copyOf(ids);
            for (int from = 0; from < list.size(); from += 500) {
                List<String> chunk = list.subList(from, Math.min(list.size(), from + 500));
                for (String sql : List.of("DELETE FROM disputes WHERE happening_id IN (", "DELETE FROM happenings WHERE id IN ("))
                    try (PreparedStatement s = c.prepareStatement(sql + markers(chunk.size()) + ")")) {
                        bind(s, chunk, 1);
                        s.executeUpdate();
                    }
            }
            return null;
        });
    }

    private static String markers(int n) {
        return String.join(", ", Collections.nCopies(Math.max(1, n), "?"));
    }

    private static void bind(PreparedStatement s, List<String> values, int first) throws SQLException {
        if (values.isEmpty()) s.setString(first, "");
        for (int i = 0; i < values.size(); i++) s.setString(first + i, values.get(i));
    }
}
