package org.localityworking.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
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
import org.localityworking.storage.Dimension;
import org.localityworking.storage.Keys;
import org.localityworking.storage.Kind;
import org.localityworking.storage.Query;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.StorageException;
import org.localityworking.storage.tck.SampleData;
import org.localityworking.storage.tck.WarmSpace;

/**
 * Schema creation, migration and refusal, and plain SQL over the key columns, for one database; the
 * subclasses' names say which.
 */
abstract class JdbcSchemaContract {
    @TempDir
    Path dir;

    /** {@return a location with an empty database} */
    abstract String freshLocation(Path dir);


    static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    static List<String> schemaObjects(Opened store) throws SQLException {
        try (Connection c = store.connection()) {
            return rows(c, store.dialect().schemaObjectsSql());
        }
    }

    @Test
    void aNewDatabaseGetsTheCurrentSchemaVersion() throws SQLException {
        try (Opened store = Opened.open(freshLocation(dir));
             Connection c = store.connection()) {
            assertEquals(Schema.CURRENT, Schema.version(c, store.dialect()));
            assertEquals(List.of("1", "2", "3", "4", "5", "6"), rows(c, "SELECT version FROM locality_schema ORDER BY version"));
        }
    }

    @Test
    void anOlderSchemaIsMigratedKeepingItsData() throws SQLException {
        String location = freshLocation(dir);
        JdbcLocation parsed = JdbcLocation.parse(location);
        // Build the database as a library with schema version 1 left it: tables, no indexes, some data.
        try (Opened store = Opened.open(location)) {
            SampleData.saveAll(store.store());
            try (Connection c = store.connection(); Statement s = c.createStatement()) {
                for (String index : rows(c, indexNamesSql(parsed.dialect()))) {
                    s.execute("DROP INDEX " + index);
                }
                s.execute("DROP TABLE custom_kind");
                s.execute("DROP TABLE \"naming_consent\"");
                s.execute("DROP TABLE \"source\"");
                s.execute("DROP TABLE \"gift\"");
                s.execute("DROP TABLE \"need\"");
                s.execute("DELETE FROM locality_schema WHERE version >= 2");
                assertEquals(1, Schema.version(c, parsed.dialect()));
            }
        }
        try (Opened store = Opened.open(location); Connection c = store.connection()) {
            assertEquals(Schema.CURRENT, Schema.version(c, store.dialect()));
            assertTrue(rows(c, indexNamesSql(store.dialect())).contains("asset_locality_category"));
            assertEquals(3, store.store().all(StandardKinds.ASSET).size(), "data kept through the migration");
        }
    }

    @Test
    void aVersionOneDatabaseMigratedToTheLatestHasTheSameSchemaAsAFreshOne() throws SQLException {
        String fresh = freshLocation(dir.resolve("fresh"));
        String old = freshLocation(dir.resolve("old"));
        JdbcLocation parsed = JdbcLocation.parse(old);
        // As the library of schema version 1 left it: only the first frozen migration applied.
        parsed.file().ifPresent(f -> f.toAbsolutePath().getParent().toFile().mkdirs());
        try (Connection c = DriverManager.getConnection(parsed.jdbcUrl())) {
            Schema.migrate(c, parsed.dialect(), 1);
            assertEquals(1, Schema.version(c, parsed.dialect()));
        }
        List<String> migrated;
        try (Opened store = Opened.open(old)) {
            migrated = normalised(schemaObjects(store));
        }
        try (Opened store = Opened.open(fresh)) {
            assertEquals(normalised(schemaObjects(store)), migrated);
        }
        assertTrue(migrated.size() > StandardKinds.all().size() * 2, "tables and indexes compared: " + migrated.size());
    }

    /**
     * A council's own kind gets a table of its own, indexed on its single-valued dimensions; when a later open
     * declares other dimensions, the records saved under the old definition are re-indexed, so a query on a
     * new dimension finds them, and nothing is lost.
     */
    @Test
    void aCustomKindGetsItsOwnTableAndIsReindexedWhenItsDimensionsChange() throws SQLException {
        String location = freshLocation(dir);
        try (Opened store = Opened.open(location, Map.of(), List.of(WarmSpace.KIND)); Connection c = store.connection()) {
            SampleData.saveAll(store.store());
            assertTrue(rows(c, indexNamesSql(store.dialect())).contains("custom_warm_space_locality_id"));
            assertEquals(List.of("COUNCIL,LOCALITY,WARD,DATE,PERSON*"),
                    rows(c, "SELECT dimensions FROM custom_kind WHERE name = 'warm_space'"));
        }
        // The same kind, now also searchable by the words of its name (multi-valued), and no longer by ward.
        Kind<WarmSpace> widened = Kind.builder("warm_space", WarmSpace.class, WarmSpace::id)
                .key(Dimension.COUNCIL, WarmSpace::councilId)
                .key(Dimension.LOCALITY, WarmSpace::localityId)
                .keys(Dimension.CATEGORY, w -> List.of(w.name().toLowerCase(java.util.Locale.ROOT).split(" ")))
                .reference("WarmSpace.localityId", StandardKinds.LOCALITY, WarmSpace::localityId)
                .build();
        try (Opened store = Opened.open(location, Map.of(), List.of(widened)); Connection c = store.connection()) {
            assertEquals(List.of("ws-otas-library"), store.store().query(widened, Query.all().with(Dimension.CATEGORY, "library"))
                    .stream().map(v -> v.value().id()).toList(), "a record saved before the change is found");
            assertEquals(1, store.store().query(widened, Query.all().locality(SampleData.OTAS)).size());
            assertEquals(List.of("COUNCIL,LOCALITY,CATEGORY*"),
                    rows(c, "SELECT dimensions FROM custom_kind WHERE name = 'warm_space'"));
        }
        try (Opened store = Opened.open(location)) {
            assertEquals(3, store.store().all(StandardKinds.ASSET).size(), "a store opened without the kind still opens");
        }
    }

    /** Drops the schema name PostgreSQL puts into index definitions, since each test has its own schema. */
    private static List<String> normalised(List<String> objects) {
        return objects.stream().map(o -> o.replaceAll(" ON \\w+\\.", " ON ")).sorted().toList();
    }

    @Test
    void theFrozenMigrationsHaveATableAndKeyIndexesForEveryKind() throws SQLException {
        try (Opened store = Opened.open(freshLocation(dir));
             Connection c = store.connection()) {
            List<String> missing = new ArrayList<>();
            for (Kind<?> kind : StandardKinds.all()) {
                try (PreparedStatement ps = c.prepareStatement(store.dialect().tableExistsSql())) {
                    ps.setString(1, Columns.plain(kind));
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            missing.add(kind.name());
                        }
                    }
                }
            }
            List<String> indexes = rows(c, indexNamesSql(store.dialect()));
            for (Kind<?> kind : StandardKinds.all()) {
                for (Dimension dim : Columns.KEYS) {
                    String index = Columns.plain(kind) + "_" + Columns.of(dim);
                    if (Columns.inColumn(kind, dim) && !indexes.contains(index)) {
                        missing.add(index);
                    }
                }
            }
            assertEquals(List.of(), missing, "a new kind or key column needs a new frozen migration (V"
                    + (Schema.CURRENT + 1) + ".sql) that creates its table and indexes");
        }
    }

    @Test
    void migrationFilesSplitIntoStatementsAtLineEndSemicolons() {
        assertEquals(List.of("CREATE TABLE a (x TEXT, y TEXT)", "CREATE INDEX a_x ON a (x)"),
                Schema.statements("-- a comment; not a statement\nCREATE TABLE a (x TEXT,\n  y TEXT);\n\n"
                        + "CREATE INDEX a_x ON a (x);\n"));
        assertThrows(IllegalStateException.class, () -> Schema.statements("CREATE TABLE a (x TEXT)\n"));
    }

    private static String indexNamesSql(Dialect d) {
        return d == Dialect.SQLITE
                ? "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                : "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND indexname NOT LIKE '%_pkey'";
    }

    @Test
    void aNewerSchemaIsRefusedAndLeftAlone() throws SQLException {
        String location = freshLocation(dir);
        try (Opened store = Opened.open(location); Connection c = store.connection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO locality_schema (version, applied_at) VALUES (99, 'future')")) {
            ps.executeUpdate();
        }
        StorageException e = assertThrows(StorageException.class, () -> Opened.open(location));
        assertTrue(e.getMessage().contains("schema version 99, newer than this library's " + Schema.CURRENT), e.getMessage());
        assertTrue(e.getMessage().contains("upgrade"), e.getMessage());
    }

    /**
     * A write binds only the columns its kind keeps (JdbcBackend's Layout); the row must still hold exactly what
     * binding every column held: each kept key and the date in its column, NULL in every other, after an INSERT and
     * after an UPDATE, even where something else had put a value in a column the kind does not keep.
     */
    @Test
    void everyRowHoldsItsKindsKeysInTheirColumnsAndNullInTheOthers() throws SQLException {
        try (Opened store = Opened.open(freshLocation(dir))) {
            SampleData.saveAll(store.store());
            assertColumnsHoldTheKeys(store, "after the inserts");
            try (Connection c = store.connection(); Statement s = c.createStatement()) {
                for (Kind<?> kind : StandardKinds.all()) {
                    StringBuilder set = new StringBuilder();
                    for (Dimension d : Columns.KEYS) {
                        if (!Columns.inColumn(kind, d)) {
                            set.append(set.length() == 0 ? "" : ", ").append(Columns.of(d)).append(" = 'stale'");
                        }
                    }
                    if (set.length() > 0) {
                        s.executeUpdate("UPDATE " + Columns.table(kind) + " SET " + set);
                    }
                }
            }
            store.store().runInTransaction(u -> {
                for (Kind<?> kind : StandardKinds.all()) {
                    saveAgain(store, u, kind);
                }
            });
            assertColumnsHoldTheKeys(store, "after the updates");
        }
    }

    private static <T> void saveAgain(Opened store, org.localityworking.storage.UnitOfWork u, Kind<T> kind) {
        store.store().all(kind).forEach(v -> u.save(kind, v.value(), v.version()));
    }

    private static void assertColumnsHoldTheKeys(Opened store, String when) throws SQLException {
        List<String> wrong = new ArrayList<>();
        int rows = 0;
        for (Kind<?> kind : StandardKinds.all()) {
            rows += columnsDisagree(store, kind, wrong);
        }
        assertTrue(rows > 20, "the sample data has rows of many kinds: " + rows);
        assertEquals(List.of(), wrong, when);
    }

    private static <T> int columnsDisagree(Opened store, Kind<T> kind, List<String> wrong) throws SQLException {
        List<org.localityworking.storage.Versioned<T>> all = store.store().all(kind);
        try (Connection c = store.connection(); PreparedStatement ps = c.prepareStatement("SELECT council_id,"
                + " locality_id, ward_id, category, status, parent_id, person_id, record_date FROM "
                + Columns.table(kind) + " WHERE id = ?")) {
            for (org.localityworking.storage.Versioned<T> v : all) {
                ps.setString(1, kind.id(v.value()));
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    for (int i = 0; i < Columns.KEYS.length; i++) {
                        String expected = Columns.single(kind, v.value(), Columns.KEYS[i]).orElse(null);
                        if (!java.util.Objects.equals(expected, rs.getString(i + 1))) {
                            wrong.add(kind.name() + " " + kind.id(v.value()) + " " + Columns.of(Columns.KEYS[i]) + ": "
                                    + rs.getString(i + 1) + ", expected " + expected);
                        }
                    }
                    String date = kind.date(v.value()).map(Object::toString).orElse(null);
                    if (!java.util.Objects.equals(date, rs.getString(8))) {
                        wrong.add(kind.name() + " " + kind.id(v.value()) + " record_date: " + rs.getString(8)
                                + ", expected " + date);
                    }
                }
            }
        }
        return all.size();
    }

    @Test
    void plainSqlAnswersAssetsByCategoryInAWard() throws SQLException {
        try (Opened store = Opened.open(freshLocation(dir))) {
            SampleData.saveAll(store.store());
            try (Connection c = store.connection()) {
                assertEquals(List.of("a-back-gallery"), rows(c,
                        "SELECT id FROM asset WHERE category = 'PHYSICAL' AND ward_id = 'E05000832' ORDER BY id"));
                assertEquals(List.of("g-m16-001", "g-vsg-001"), rows(c, "SELECT id FROM \"grant\" ORDER BY id"));
                assertEquals(List.of("old-trafford-stretford"), rows(c,
                        "SELECT id FROM record_key WHERE kind = 'locality' AND dimension = 'WARD' AND key_value = 'E05000832'"));
            }
            assertEquals(1, store.store().query(StandardKinds.ASSET, Query.all().ward("E05000832").where(Keys.ASSET_CATEGORY, AssetCategory.PHYSICAL)).size());
        }
    }

    @Test
    void aLocationThatCannotBeOpenedIsAClearError() {
        StorageException e = assertThrows(StorageException.class, () -> Opened.open(unreachableLocation()));
        assertTrue(e.getMessage().startsWith("Could not"), e.getMessage());
        assertTrue(!e.getMessage().contains("secret"), "the password is not shown: " + e.getMessage());
    }

    /** {@return a location of this database type that cannot be opened, with a password "secret" in it} */
    abstract String unreachableLocation();
}
