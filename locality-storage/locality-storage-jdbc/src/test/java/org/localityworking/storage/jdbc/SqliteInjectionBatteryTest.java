package org.localityworking.storage.jdbc;

import java.nio.file.Path;

/** The injection battery on SQLite. */
class SqliteInjectionBatteryTest extends InjectionBatteryContract {
    @Override
    String freshLocation(Path dir) {
        return "sqlite:" + dir.resolve("battery.db");
    }
}
