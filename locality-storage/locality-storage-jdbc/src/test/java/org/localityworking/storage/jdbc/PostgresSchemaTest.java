package org.localityworking.storage.jdbc;

import java.nio.file.Path;

/** Schema creation, migration and refusal on PostgreSQL. */
class PostgresSchemaTest extends JdbcSchemaContract {
    @Override
    String freshLocation(Path dir) {
        return PostgresTestDatabase.freshSchema();
    }

    @Override
    String unreachableLocation() {
        PostgresTestDatabase.location();
        return "postgresql://127.0.0.1:1/none?user=nobody&password=secret&connectTimeout=2";
    }
}
