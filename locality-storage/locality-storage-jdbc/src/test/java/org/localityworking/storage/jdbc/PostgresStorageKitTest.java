package org.localityworking.storage.jdbc;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.localityworking.storage.tck.StorageCompatibilityKit;
import org.localityworking.storage.tck.StoreUnderTest;

/** The JDBC provider on PostgreSQL passes the whole storage compatibility kit (each test in a fresh schema). */
class PostgresStorageKitTest extends StorageCompatibilityKit {
    /** Skips every test of the class when no PostgreSQL is configured (fails them all under CI=true). */
    @BeforeAll
    static void requirePostgres() {
        PostgresTestDatabase.location();
    }

    @Override
    protected StoreUnderTest storeUnderTest(Path workDir) {
        return StoreUnderTest.of(new JdbcStorageProvider(), PostgresTestDatabase.freshSchema(), Map.of());
    }
}
