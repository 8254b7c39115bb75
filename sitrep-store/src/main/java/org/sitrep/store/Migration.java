package org.sitrep.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One schema step: resource {@code V<version>__<name>.sql}. Its SQL may hold several statements, each ending with
 * {@code ;} at the end of a line; lines starting with {@code --} are comments.
 */
record Migration(int version, String name, String sql) {
    Migration {
        if (version < 1) throw new IllegalArgumentException("Migration version must be >= 1; got " + version);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sql, "sql");
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
