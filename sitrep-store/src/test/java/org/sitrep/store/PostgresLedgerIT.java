package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The ledger contract on PostgreSQL. Reads the server URL from env {@code SITREP_TEST_PG_URL}, e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/sitrep_test?user=sitrep&password=sitrep} ({@code .ci/run} starts the
 * server and sets it). Unset, the tests are skipped, except under {@code CI=true}, where they fail: CI must run them.
 * Each test gets its own schema, dropped after the class.
 */
class PostgresLedgerIT extends LedgerContract {
    static final String URL_VARIABLE = "SITREP_TEST_PG_URL";
    private static String url;
    private static final List<String> schemas = new ArrayList<>();

    private static String skipReason;

    @BeforeAll
    static void needsServer() {
        url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            String why = URL_VARIABLE + " is not set, so the PostgreSQL ledger tests cannot run; set it to e.g. "
                    + "jdbc:postgresql://127.0.0.1:5432/sitrep_test?user=sitrep&password=sitrep (.ci/run does)";
            if ("true".equals(System.getenv("CI"))) fail("CI=true but " + why);
            skipReason = "Skipping PostgresLedgerIT: " + why;
            System.err.println(skipReason); // surefire hides class-level aborts; say it on the console too
        }
    }

    @BeforeEach
    void skipWithoutServer() {
        Assumptions.assumeTrue(skipReason == null, skipReason);
    }

    @Override
    protected String newDatabase() throws Exception {
        String schema = "sitrep_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        schemas.add(schema);
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @AfterAll
    static void dropSchemas() throws Exception {
        if (schemas.isEmpty()) return;
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String schema : schemas) s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
        schemas.clear();
    }
}
