package org.localityworking.storage.jdbc;

import java.nio.file.Path;
import java.util.Optional;
import org.localityworking.core.ValidationException;

/**
 * A location the JDBC provider opens, parsed.
 *
 * @param dialect  SQLite or PostgreSQL
 * @param jdbcUrl  the JDBC URL
 * @param file     the SQLite file, for SQLite
 */
record JdbcLocation(Dialect dialect, String jdbcUrl, Optional<Path> file) {

    static boolean accepts(String location) {
        return location != null && (location.startsWith("sqlite:") || location.startsWith("jdbc:sqlite:")
                || location.startsWith("postgresql:") || location.startsWith("jdbc:postgresql:"));
    }

    static JdbcLocation parse(String location) {
        if (!accepts(location)) {
            throw new ValidationException("location", location,
                    "the JDBC provider opens sqlite:PATH, postgresql://HOST:PORT/DB and their jdbc: URLs");
        }
        if (location.startsWith("jdbc:postgresql:")) {
            return new JdbcLocation(Dialect.POSTGRESQL, location, Optional.empty());
        }
        if (location.startsWith("postgresql:")) {
            return new JdbcLocation(Dialect.POSTGRESQL, "jdbc:" + location, Optional.empty());
        }
        String path = location.substring(location.startsWith("jdbc:") ? "jdbc:sqlite:".length() : "sqlite:".length());
        int query = path.indexOf('?');
        String filePart = query < 0 ? path : path.substring(0, query);
        if (filePart.isBlank() || filePart.equals(":memory:") || filePart.startsWith("file:")) {
            throw new ValidationException("location", location,
                    "must name an SQLite file, such as sqlite:./data/trafford.db (for a store in memory use memory:)");
        }
        return new JdbcLocation(Dialect.SQLITE, "jdbc:sqlite:" + path, Optional.of(Path.of(filePart)));
    }
}
