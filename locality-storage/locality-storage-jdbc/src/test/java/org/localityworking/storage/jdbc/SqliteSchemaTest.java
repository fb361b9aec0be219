package org.localityworking.storage.jdbc;

import java.nio.file.Path;

/** Schema creation, migration and refusal on SQLite. */
class SqliteSchemaTest extends JdbcSchemaContract {
    @Override
    String freshLocation(Path dir) {
        return "sqlite:" + dir.resolve("nested/folder/schema.db");
    }

    @Override
    String unreachableLocation() {
        return "sqlite:/proc/no-such-dir/x.db?password=secret";
    }
}
