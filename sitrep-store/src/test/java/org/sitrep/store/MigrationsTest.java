package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
    @TempDir
    Path dir;

    @Test
    void builtInMigrationsStartAtOneAndCreateTheTables() {
        Migrations m = Migrations.builtIn();
        assertThat(m.list()).first().extracting(Migration::version, Migration::name).containsExactly(1, "init");
        String v1 = String.join("\n", m.list().get(0).statements(Dialect.DUCKDB));
        assertThat(v1).contains("CREATE TABLE articles", "CREATE TABLE annotations", "CREATE TABLE issues",
                "ON annotations (layer, value)");
    }

    @Test
    void placeholdersBecomeEachDialectsType() {
        Migration m = new Migration(1, "x", "CREATE TABLE t (\n  j ${json}\n);\n");
        assertThat(m.statements(Dialect.DUCKDB)).containsExactly("CREATE TABLE t (\n  j JSON\n)");
        assertThat(m.statements(Dialect.POSTGRESQL)).containsExactly("CREATE TABLE t (\n  j JSONB\n)");
        assertThatThrownBy(() -> new Migration(1, "x", "CREATE TABLE t (j ${blob});").statements(Dialect.DUCKDB))
                .hasMessageContaining("${blob}").hasMessageContaining("json");
    }

    @Test
    void splitsStatementsAtLineEndSemicolonsAndDropsCommentLines() {
        Migration m = new Migration(1, "x", "-- a comment; with a semicolon\nCREATE TABLE a (x TEXT DEFAULT 'a;b');\r\n"
                + "  -- indented comment\nCREATE INDEX a_x ON a (x);   \nINSERT INTO a VALUES ('z')");
        assertThat(m.statements(Dialect.DUCKDB)).containsExactly("CREATE TABLE a (x TEXT DEFAULT 'a;b')",
                "CREATE INDEX a_x ON a (x)", "INSERT INTO a VALUES ('z')");
    }

    @Test
    void versionsMustRunWithoutGapsOrRepeats() {
        Migration one = new Migration(1, "a", "SELECT 1;");
        assertThatThrownBy(() -> new Migrations(List.of(one, new Migration(3, "c", "SELECT 1;"))))
                .hasMessageContaining("without gaps");
        assertThatThrownBy(() -> new Migrations(List.of(one, new Migration(1, "b", "SELECT 1;"))))
                .hasMessageContaining("without gaps");
        assertThat(new Migrations(List.of(new Migration(2, "b", "SELECT 2;"), one)).list())
                .extracting(Migration::version).containsExactly(1, 2);
    }

    @Test
    void findsMigrationsInAFolderInNumericOrder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("classes/db/m"));
        for (int v = 1; v <= 10; v++) Files.writeString(folder.resolve("V" + v + "__step_" + v + ".sql"), "SELECT " + v + ";");
        Files.writeString(folder.resolve("README.txt"), "not a migration");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("classes").toUri().toURL()}, null)) {
            Migrations m = Migrations.fromClasspath(loader, "db/m");
            assertThat(m.list()).extracting(Migration::version).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
            assertThat(m.list().get(9).name()).isEqualTo("step_10");
            assertThat(m.latest()).isEqualTo(10);
        }
    }

    /** The CLI runs from jars: the folder must be listed inside a jar too. */
    @Test
    void findsMigrationsInAJar() throws Exception {
        Path jar = dir.resolve("m.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("db/"));
            out.putNextEntry(new JarEntry("db/m/"));
            for (String name : List.of("db/m/V2__two.sql", "db/m/V1__one.sql", "db/m/sub/V9__nested.sql", "db/other.sql")) {
                out.putNextEntry(new JarEntry(name));
                out.write(("SELECT '" + name + "';").getBytes(StandardCharsets.UTF_8));
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Migrations m = Migrations.fromClasspath(loader, "db/m");
            assertThat(m.list()).extracting(Migration::name).containsExactly("one", "two");
            assertThat(m.list().get(1).sql()).isEqualTo("SELECT 'db/m/V2__two.sql';");
        }
    }

    @Test
    void aMisnamedSqlFileIsAnError() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("c/db"));
        Files.writeString(folder.resolve("V1__ok.sql"), "SELECT 1;");
        Files.writeString(folder.resolve("v2-bad.sql"), "SELECT 2;");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("c").toUri().toURL()}, null)) {
            assertThatThrownBy(() -> Migrations.fromClasspath(loader, "db")).hasMessageContaining("v2-bad.sql")
                    .hasMessageContaining("V<number>__<name>.sql");
        }
    }

    @Test
    void dialectFollowsTheUrl() {
        assertThat(Dialect.of("jdbc:duckdb:/tmp/x.duckdb")).isEqualTo(Dialect.DUCKDB);
        assertThat(Dialect.of("jdbc:postgresql://h/db")).isEqualTo(Dialect.POSTGRESQL);
        assertThat(JdbcLedger.jdbcUrl(dir.resolve("x/y.duckdb").toString()))
                .isEqualTo("jdbc:duckdb:" + dir.resolve("x/y.duckdb").toAbsolutePath());
        assertThat(dir.resolve("x")).isDirectory();
    }

}
