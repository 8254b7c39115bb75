package org.sitrep.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The ordered schema migrations and the code that applies them. Built-in migrations are the resources
 * {@code /org/sitrep/store/migrations/V<n>__<name>.sql}, found by listing that folder (in a directory or a jar), so
 * adding a migration is adding one file. Versions must run 1, 2, 3… without gaps.
 */
final class Migrations {
    static final String BUILT_IN = "org/sitrep/store/migrations";
    private static final Pattern FILE = Pattern.compile("V(\\d+)__(\\w+)\\.sql");

    private final List<Migration> list;

    Migrations(List<Migration> migrations) {
        List<Migration> sorted = new ArrayList<>(migrations);
        sorted.sort(Comparator.comparingInt(Migration::version));
        for (int i = 0; i < sorted.size(); i++)
            if (sorted.get(i).version() != i + 1)
                throw new IllegalArgumentException("Migrations must be numbered 1, 2, 3… without gaps or repeats; got "
                        + sorted);
        this.list = List.copyOf(sorted);
    }

    /**
     * The migrations shipped in this jar, with their Java steps (V2 fills the claims tables of older ledgers, V4 links
     * them, V8 fills the events and assertions tables: V3 made them, V8 gave assertions a column more).
     */
    static Migrations builtIn() {
        return fromClasspath(Migrations.class.getClassLoader(), BUILT_IN).withStep(2, ClaimTable::backfill)
                .withStep(4, LinkTable::backfill).withStep(8, EventTable::backfill);
    }

    /** A copy whose migration {@code version} runs {@code step} after its SQL. */
    Migrations withStep(int version, Migration.Step step) {
        if (list.stream().noneMatch(m -> m.version() == version))
            throw new IllegalArgumentException("No migration version " + version + " in " + list);
        return new Migrations(list.stream().map(m -> m.version() == version ? m.then(step) : m).toList());
    }

    /** The migrations in resource folder {@code folder} (no leading slash) of {@code loader}. */
    static Migrations fromClasspath(ClassLoader loader, String folder) {
        URL url = loader.getResource(folder);
        if (url == null) throw new IllegalStateException("No migrations folder '" + folder + "' on the class path");
        List<Migration> found = new ArrayList<>();
        for (String file : fileNames(url)) {
            Matcher m = FILE.matcher(file);
            if (!m.matches()) {
                if (file.endsWith(".sql"))
                    throw new IllegalStateException("Migration file '" + file + "' must be named V<number>__<name>.sql");
                continue;
            }
            try (InputStream in = loader.getResourceAsStream(folder + "/" + file)) {
                if (in == null) throw new IllegalStateException("Cannot read migration " + folder + "/" + file);
                found.add(new Migration(Integer.parseInt(m.group(1)), m.group(2),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read migration " + folder + "/" + file, e);
            }
        }
        return new Migrations(found);
    }

    private static List<String> fileNames(URL folder) {
        try {
            if (folder.getProtocol().equals("file")) {
                try (Stream<Path> files = Files.list(Paths.get(folder.toURI()))) {
                    return files.map(p -> p.getFileName().toString()).toList();
                }
            }
            if (folder.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) folder.openConnection();
                connection.setUseCaches(false);
                String prefix = connection.getEntryName() + (connection.getEntryName().endsWith("/") ? "" : "/");
                List<String> names = new ArrayList<>();
                try (JarFile jar = connection.getJarFile()) {
                    for (JarEntry entry : jar.stream().toList()) {
                        String name = entry.getName();
                        if (name.startsWith(prefix) && !entry.isDirectory() && name.indexOf('/', prefix.length()) < 0)
                            names.add(name.substring(prefix.length()));
                    }
                }
                return names;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list migrations in " + folder, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot list migrations in " + folder, e);
        }
        throw new IllegalStateException("Cannot list migrations in " + folder + ": protocol '" + folder.getProtocol()
                + "' not supported (only file and jar)");
    }

    /** A copy with one more migration (for tests of upgrades). */
    Migrations plus(Migration migration) {
        List<Migration> more = new ArrayList<>(list);
        more.add(migration);
        return new Migrations(more);
    }

    List<Migration> list() {
        return list;
    }

    int latest() {
        return list.isEmpty() ? 0 : list.get(list.size() - 1).version();
    }

    /**
     * Brings the database up to {@link #latest()}: each pending migration and its schema_version row in one
     * transaction. The connection must not be in auto-commit mode.
     *
     * @param name the database as the user named it, for messages
     * @return the schema version afterwards
     */
    int apply(Connection c, Dialect dialect, String name) {
        // Within one JVM, ledgers opened at once on one DuckDB file would race to create the same tables; across
        // processes DuckDB's file lock or PostgreSQL's advisory lock (Dialect.migrationLock) serializes them.
        synchronized (Migrations.class) {
            return applyLocked(c, dialect, name);
        }
    }

    private int applyLocked(Connection c, Dialect dialect, String name) {
        try {
            try (Statement s = c.createStatement()) {
                lock(s, dialect);
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                        + " applied_at TIMESTAMP NOT NULL)");
            }
            c.commit();
            int current = current(c);
            c.commit();
            if (current > latest())
                throw new LedgerException("Database " + name + " has schema version " + current
                        + ", newer than this sitrep knows (up to " + latest() + "); use a newer sitrep");
            for (Migration m : list) {
                if (m.version() <= current) continue;
                try (Statement s = c.createStatement()) {
                    lock(s, dialect);
                    if (current(c) >= m.version()) { // another process applied it while we waited for the lock
                        c.commit();
                        continue;
                    }
                    for (String statement : m.statements(dialect))
                        s.execute(statement);
                    m.then().run(c, dialect);
                    try (PreparedStatement insert = c.prepareStatement(
                            "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)")) {
                        insert.setInt(1, m.version());
                        insert.setString(2, m.name());
                        insert.setObject(3, LocalDateTime.now(ZoneOffset.UTC));
                        insert.executeUpdate();
                    }
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw new LedgerException("Schema migration " + m + " failed on " + name + ": " + e.getMessage(), e);
                }
            }
            int after = current(c);
            c.commit();
            return after;
        } catch (SQLException e) {
            throw new LedgerException("Cannot read the schema version of " + name + ": " + e.getMessage(), e);
        }
    }

    static int current(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            r.next();
            return r.getInt(1); // 0 when the table is empty (SQL NULL)
        }
    }

    private static void lock(Statement s, Dialect dialect) throws SQLException {
        if (dialect.migrationLock() != null) s.execute(dialect.migrationLock());
    }
}
