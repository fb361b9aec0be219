package org.localityworking.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.localityworking.core.ValidationException;
import org.localityworking.storage.registry.StorageProviderRegistry;

/** Locations parse as documented, and discovery hands SQLite and PostgreSQL locations to this provider. */
class LocationTest {
    @Test
    void sqliteAndPostgresqlLocationsAreServedByTheJdbcProvider() {
        assertInstanceOf(JdbcStorageProvider.class, StorageProviderRegistry.forLocation(
                StorageProviderRegistry.discover(), "sqlite:./locality-data/locality.db"));
        assertInstanceOf(JdbcStorageProvider.class, StorageProviderRegistry.forLocation(
                StorageProviderRegistry.discover(), "postgresql://localhost:5432/db"));
    }

    @Test
    void everyDocumentedFormParses() {
        assertEquals("jdbc:sqlite:./data/trafford.db", JdbcLocation.parse("sqlite:./data/trafford.db").jdbcUrl());
        assertEquals("jdbc:sqlite:./data/trafford.db", JdbcLocation.parse("jdbc:sqlite:./data/trafford.db").jdbcUrl());
        assertEquals("jdbc:postgresql://host:5432/db", JdbcLocation.parse("postgresql://host:5432/db").jdbcUrl());
        assertEquals(Dialect.POSTGRESQL, JdbcLocation.parse("jdbc:postgresql://host/db?user=u").dialect());
        assertFalse(new JdbcStorageProvider().accepts("memory:"));
        assertFalse(new JdbcStorageProvider().accepts("mysql://host/db"));
    }

    @Test
    void anInMemorySqliteDatabaseIsRefusedWithAHint() {
        ValidationException e = assertThrows(ValidationException.class, () -> JdbcLocation.parse("sqlite::memory:"));
        assertTrue(e.rule().contains("memory:"), e.rule());
    }

    @Test
    void passwordsAreNeverShown() {
        assertEquals("postgresql://h/db?user=u&password=***&ssl=true",
                JdbcStorageProvider.redact("postgresql://h/db?user=u&password=s3cret&ssl=true"));
        assertEquals("postgresql://u:***@h/db", JdbcStorageProvider.redact("postgresql://u:s3cret@h/db"));
    }

    @Test
    void aBadPoolSizeIsRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Opened.open("sqlite:./target/x.db", Map.of("poolSize", "0")));
        assertEquals("options.poolSize", e.field());
    }
}
