package org.sitrep.store;

import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What differs between the supported databases. Migrations are written once with {@code ${name}} placeholders for
 * types that differ; everything else is SQL both accept.
 */
enum Dialect {
    DUCKDB(Map.of("json", "JSON"), "?", null, ""),
    // The advisory lock serializes migrations of several processes opening one shared database at once.
    POSTGRESQL(Map.of("json", "JSONB"), "CAST(? AS JSONB)", "SELECT pg_advisory_xact_lock(7401734275)", " FOR UPDATE");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)}");

    private final Map<String, String> types;
    private final String jsonParameter;
    private final String migrationLock;
    private final String forUpdate;

    Dialect(Map<String, String> types, String jsonParameter, String migrationLock, String forUpdate) {
        this.types = types;
        this.jsonParameter = jsonParameter;
        this.migrationLock = migrationLock;
        this.forUpdate = forUpdate;
    }

    /**
     * True when {@code e} says another transaction wrote the same rows at the same time, so trying again may succeed:
     * DuckDB reports such conflicts at once (without waiting for the other transaction); PostgreSQL waits, then
     * reports a unique violation, serialization failure or deadlock.
     */
    boolean isConflict(SQLException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return switch (this) {
            case DUCKDB -> message.contains("duplicate key") || message.contains("conflict");
            case POSTGRESQL -> Set.of("23505", "40001", "40P01").contains(e.getSQLState());
        };
    }

    /** The dialect of a JDBC URL. */
    static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:duckdb:")) return DUCKDB;
        if (jdbcUrl.startsWith("jdbc:postgresql:")) return POSTGRESQL;
        throw new IllegalArgumentException("Unsupported database URL '" + jdbcUrl
                + "'; use a file path, jdbc:duckdb:PATH or jdbc:postgresql://HOST:PORT/DB");
    }

    /** Replaces every {@code ${name}} in {@code sql}; an unknown name is a programming error. */
    String expand(String sql) {
        Matcher m = PLACEHOLDER.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String type = types.get(m.group(1));
            if (type == null)
                throw new IllegalArgumentException("Unknown placeholder ${" + m.group(1) + "} in migration SQL; known: "
                        + types.keySet());
            m.appendReplacement(out, Matcher.quoteReplacement(type));
        }
        return m.appendTail(out).toString();
    }

    /** The parameter marker for a value of a {@code ${json}} column, given as a string. */
    String jsonParameter() {
        return jsonParameter;
    }

    /** A statement that serializes migrations across processes within a transaction, or null when not needed. */
    String migrationLock() {
        return migrationLock;
    }

    /** Suffix for a SELECT that locks the rows it reads until the transaction ends ("" where writes are serial). */
    String forUpdate() {
        return forUpdate;
    }
}
