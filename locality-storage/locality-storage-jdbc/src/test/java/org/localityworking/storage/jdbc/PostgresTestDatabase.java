package org.localityworking.storage.jdbc;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The throw-away PostgreSQL database the tests use, named by the environment variable
 * {@value #VARIABLE} (for example {@code postgresql://localhost:5432/locality_test?user=locality&password=locality};
 * {@code .ci/run} starts the server and sets it). Without the variable the PostgreSQL tests are skipped,
 * except under {@code CI=true}, where they must run and so fail instead.
 */
final class PostgresTestDatabase {
    static final String VARIABLE = "LOCALITY_TEST_POSTGRES_URL";

    private PostgresTestDatabase() {
    }

    /** {@return the database's location; skips the test (or fails it under CI=true) when none is configured} */
    static String location() {
        String url = System.getenv(VARIABLE);
        if (url == null || url.isBlank()) {
            String how = "PostgreSQL tests need " + VARIABLE + "=postgresql://HOST:5432/DB?user=U&password=P"
                    + " naming a throw-away database (.ci/run starts the machine's PostgreSQL and sets it)";
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true: the PostgreSQL tests must run, but " + how);
            }
            assumeTrue(false, "Skipped: " + how);
        }
        return url;
    }

    /** {@return a location whose tables live in a new, empty schema of the test database} */
    static String freshSchema() {
        String base = location();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(jdbcUrl(base)); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a schema in " + JdbcStorageProvider.redact(base), e);
        }
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    static String jdbcUrl(String location) {
        return JdbcLocation.parse(location).jdbcUrl();
    }
}
