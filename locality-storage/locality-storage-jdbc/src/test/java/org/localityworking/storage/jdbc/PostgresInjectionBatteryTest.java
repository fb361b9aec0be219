package org.localityworking.storage.jdbc;

import java.nio.file.Path;

/** The injection battery on PostgreSQL. */
class PostgresInjectionBatteryTest extends InjectionBatteryContract {
    @Override
    String freshLocation(Path dir) {
        return PostgresTestDatabase.freshSchema();
    }
}
