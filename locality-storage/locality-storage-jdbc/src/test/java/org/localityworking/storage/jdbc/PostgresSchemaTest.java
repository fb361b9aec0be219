package org.localityworking.storage.jdbc;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;

/** Schema creation, migration and refusal on PostgreSQL. */
class PostgresSchemaTest extends JdbcSchemaContract {
    /** Skips every test of the class when no PostgreSQL is configured (fails them all under CI=true). */
    @BeforeAll
    static void requirePostgres() {
        PostgresTestDatabase.location();
    }

    @Override
    String freshLocation(Path dir) {
        return PostgresTestDatabase.freshSchema();
    }

    @Override
    String unreachableLocation() {
        return "postgresql://127.0.0.1:1/none?user=nobody&password=secret&connectTimeout=2";
    }
}
