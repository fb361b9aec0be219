package org.localityworking.benchmarks;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.localityworking.core.model.Asset;

/**
 * The raw-JDBC baselines' table ({@code JdbcBenchmark}, {@code ImportScale}): laid out like the store's own asset
 * table, with the same indexes and a JSON body, so that a ratio measures the library's work, not the schema's.
 */
final class BaselineAssetTable {
    /** The JSON the baselines write and read: records' fields, dates as text. */
    static final ObjectMapper JSON = JsonMapper.builder().addModule(new Jdk8Module())
            .addModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE).build();

    /** One row, for a batched prepared INSERT ({@code bind}). */
    static final String INSERT = "INSERT INTO bench_asset (id, version, locality_id, ward_id, category, status, body)"
            + " VALUES (?, 1, ?, ?, ?, ?, ?)";

    private BaselineAssetTable() {
    }

    /**
     * Creates {@code bench_asset} and its indexes.
     *
     * @param idType the store's type for ids ({@code TEXT}; on PostgreSQL {@code TEXT COLLATE "C"})
     */
    static void create(Statement s, String idType) throws SQLException {
        s.execute("CREATE TABLE bench_asset (id " + idType + " PRIMARY KEY, version BIGINT NOT NULL, locality_id " + idType
                + ", ward_id " + idType + ", category TEXT, status TEXT, body TEXT NOT NULL)");
        for (String column : new String[] {"locality_id", "ward_id", "category", "status"}) {
            s.execute("CREATE INDEX bench_asset_" + column + " ON bench_asset (" + column + ")");
        }
        s.execute("CREATE INDEX bench_asset_locality_category ON bench_asset (locality_id, category)");
    }

    /** Binds the asset to {@link #INSERT}'s parameters and adds the row to the batch. */
    static void addBatch(PreparedStatement ps, Asset a) throws SQLException {
        bind(ps, 1, a);
        ps.addBatch();
    }

    /**
     * Binds the asset to one row of {@link #INSERT}'s six parameters, the first at {@code first} (a statement of
     * several rows binds each from its own place); {@return the next row's first parameter}
     */
    static int bind(PreparedStatement ps, int first, Asset a) throws SQLException {
        ps.setString(first, a.id());
        ps.setString(first + 1, a.localityId());
        ps.setString(first + 2, a.wardId().orElse(null));
        ps.setString(first + 3, a.category().name());
        ps.setString(first + 4, a.transfer().name());
        try {
            ps.setString(first + 5, JSON.writeValueAsString(a));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return first + 6;
    }
}
