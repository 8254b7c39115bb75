package org.sitrep.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One schema step: resource {@code V<version>__<name>.sql}. Its SQL may hold several statements, each ending with
 * {@code ;} at the end of a line; lines starting with {@code --} are comments. {@code then} is Java work run after
 * the SQL in the same transaction, for what SQL cannot do alone (filling a new table from stored documents).
 */
record Migration(int version, String name, String sql, Step then) {
    /** Work on the open migration transaction; must not commit or roll back. */
    @FunctionalInterface
    interface Step {
        Step NONE = (c, d) -> {};

        void run(Connection c, Dialect dialect) throws SQLException;
    }

    Migration {
        if (version < 1) throw new IllegalArgumentException("Migration version must be >= 1; got " + version);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(then, "then");
    }

    Migration(int version, String name, String sql) {
        this(version, name, sql, Step.NONE);
    }

    Migration then(Step step) {
        return new Migration(version, name, sql, step);
    }

    /** The statements of this migration for {@code dialect}, placeholders expanded. */
    List<String> statements(Dialect dialect) {
        StringBuilder withoutComments = new StringBuilder();
        for (String line : sql.split("\\R"))
            if (!line.strip().startsWith("--")) withoutComments.append(line).append('\n');
        List<String> statements = new ArrayList<>();
        for (String statement : withoutComments.toString().split(";[ \\t]*\\n"))
            if (!statement.isBlank()) statements.add(dialect.expand(statement.strip().replaceAll(";$", "")));
        return statements;
    }

    @Override
    public String toString() {
        return "V" + version + "__" + name;
    }
}
