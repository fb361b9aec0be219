package org.localityworking.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localityworking.core.model.AssetCategory;
import org.localityworking.storage.Kind;
import org.localityworking.storage.Query;
import org.localityworking.storage.StorageException;
import org.localityworking.storage.tck.SampleData;

/**
 * Schema creation, migration and refusal, and plain SQL over the key columns, for one database; the
 * subclasses' names say which.
 */
abstract class JdbcSchemaContract {
    @TempDir
    Path dir;

    /** @return a location with an empty database */
    abstract String freshLocation(Path dir);

    final JdbcStorageProvider provider = new JdbcStorageProvider();

    static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    static List<String> schemaObjects(JdbcStore store) throws SQLException {
        try (Connection c = store.connection()) {
            return rows(c, store.dialect().schemaObjectsSql());
        }
    }

    @Test
    void aNewDatabaseGetsTheCurrentSchemaVersion() throws SQLException {
        try (JdbcStore store = (JdbcStore) provider.open(freshLocation(dir), Map.of());
             Connection c = store.connection()) {
            assertEquals(Schema.CURRENT, Schema.version(c, store.dialect()));
            assertEquals(List.of("1", "2"), rows(c, "SELECT version FROM locality_schema ORDER BY version"));
        }
    }

    @Test
    void anOlderSchemaIsMigratedKeepingItsData() throws SQLException {
        String location = freshLocation(dir);
        JdbcLocation parsed = JdbcLocation.parse(location);
        // Build the database as a library with schema version 1 left it: tables, no indexes, some data.
        try (JdbcStore store = (JdbcStore) provider.open(location, Map.of())) {
            SampleData.saveAll(store);
            try (Connection c = store.connection(); Statement s = c.createStatement()) {
                for (String index : rows(c, indexNamesSql(parsed.dialect()))) {
                    s.execute("DROP INDEX " + index);
                }
                s.execute("DELETE FROM locality_schema WHERE version = 2");
                assertEquals(1, Schema.version(c, parsed.dialect()));
            }
        }
        try (JdbcStore store = (JdbcStore) provider.open(location, Map.of()); Connection c = store.connection()) {
            assertEquals(2, Schema.version(c, store.dialect()));
            assertTrue(rows(c, indexNamesSql(store.dialect())).contains("asset_locality_category"));
            assertEquals(3, store.all(Kind.ASSET).size(), "data kept through the migration");
        }
    }

    private static String indexNamesSql(Dialect d) {
        return d == Dialect.SQLITE
                ? "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                : "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND indexname NOT LIKE '%_pkey'";
    }

    @Test
    void aNewerSchemaIsRefusedAndLeftAlone() throws SQLException {
        String location = freshLocation(dir);
        try (JdbcStore store = (JdbcStore) provider.open(location, Map.of()); Connection c = store.connection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO locality_schema (version, applied_at) VALUES (99, 'future')")) {
            ps.executeUpdate();
        }
        StorageException e = assertThrows(StorageException.class, () -> provider.open(location, Map.of()));
        assertTrue(e.getMessage().contains("schema version 99, newer than this library's " + Schema.CURRENT), e.getMessage());
        assertTrue(e.getMessage().contains("upgrade"), e.getMessage());
    }

    @Test
    void plainSqlAnswersAssetsByCategoryInAWard() throws SQLException {
        try (JdbcStore store = (JdbcStore) provider.open(freshLocation(dir), Map.of())) {
            SampleData.saveAll(store);
            try (Connection c = store.connection()) {
                assertEquals(List.of("a-back-gallery"), rows(c,
                        "SELECT id FROM asset WHERE category = 'PHYSICAL' AND ward_id = 'E05000832' ORDER BY id"));
                assertEquals(List.of("g-m16-001", "g-vsg-001"), rows(c, "SELECT id FROM \"grant\" ORDER BY id"));
                assertEquals(List.of("old-trafford-stretford"), rows(c,
                        "SELECT id FROM record_key WHERE kind = 'locality' AND dimension = 'WARD' AND key_value = 'E05000832'"));
            }
            assertEquals(1, store.query(Kind.ASSET, Query.all().ward("E05000832").category(AssetCategory.PHYSICAL)).size());
        }
    }

    @Test
    void aLocationThatCannotBeOpenedIsAClearError() {
        StorageException e = assertThrows(StorageException.class, () -> provider.open(unreachableLocation(), Map.of()));
        assertTrue(e.getMessage().startsWith("Could not"), e.getMessage());
        assertTrue(!e.getMessage().contains("secret"), "the password is not shown: " + e.getMessage());
    }

    /** @return a location of this database type that cannot be opened, with a password "secret" in it */
    abstract String unreachableLocation();
}
