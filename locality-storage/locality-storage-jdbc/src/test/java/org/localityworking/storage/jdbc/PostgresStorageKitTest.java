package org.localityworking.storage.jdbc;

import java.nio.file.Path;
import java.util.Map;
import org.localityworking.storage.tck.StorageCompatibilityKit;
import org.localityworking.storage.tck.StoreUnderTest;

/** The JDBC provider on PostgreSQL passes the whole storage compatibility kit (each test in a fresh schema). */
class PostgresStorageKitTest extends StorageCompatibilityKit {
    @Override
    protected StoreUnderTest storeUnderTest(Path workDir) {
        return new StoreUnderTest(new JdbcStorageProvider(), PostgresTestDatabase.freshSchema(), Map.of(), true);
    }
}
