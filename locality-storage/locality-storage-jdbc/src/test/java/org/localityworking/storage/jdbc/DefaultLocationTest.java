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
import org.localityworking.storage.registry.Stores;

/** Without a location the library uses SQLite at a documented path; locations parse as documented. */
class DefaultLocationTest {
    @Test
    void theDefaultLocationIsServedByTheJdbcProvider() {
        assertEquals("sqlite:./locality-data/locality.db", Stores.DEFAULT_LOCATION);
        assertInstanceOf(JdbcStorageProvider.class, StorageProviderRegistry.discover().forLocation(Stores.DEFAULT_LOCATION));
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
                () -> new JdbcStorageProvider().open("sqlite:./target/x.db", Map.of("poolSize", "0")));
        assertEquals("options.poolSize", e.field());
    }
}
