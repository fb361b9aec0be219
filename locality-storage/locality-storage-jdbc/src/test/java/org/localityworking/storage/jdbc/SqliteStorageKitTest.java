package org.localityworking.storage.jdbc;

import java.nio.file.Path;
import java.util.Map;
import org.localityworking.storage.tck.StorageCompatibilityKit;
import org.localityworking.storage.tck.StoreUnderTest;

/** The JDBC provider on SQLite passes the whole storage compatibility kit. */
class SqliteStorageKitTest extends StorageCompatibilityKit {
    @Override
    protected StoreUnderTest storeUnderTest(Path workDir) {
        return StoreUnderTest.of(new JdbcStorageProvider(), "sqlite:" + workDir.resolve("kit.db"), Map.of());
    }
}
