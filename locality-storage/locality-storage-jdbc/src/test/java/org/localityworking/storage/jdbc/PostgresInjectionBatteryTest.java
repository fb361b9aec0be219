package org.localityworking.storage.jdbc;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;

/** The injection battery on PostgreSQL. */
class PostgresInjectionBatteryTest extends InjectionBatteryContract {
    /** Skips every test of the class when no PostgreSQL is configured (fails them all under CI=true). */
    @BeforeAll
    static void requirePostgres() {
        PostgresTestDatabase.location();
    }

    @Override
    String freshLocation(Path dir) {
        return PostgresTestDatabase.freshSchema();
    }
}
