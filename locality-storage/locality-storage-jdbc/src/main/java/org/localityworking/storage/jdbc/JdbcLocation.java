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
 * @param options  options given in an SQLite location's query part ({@code sqlite:./x.db?busyTimeoutMs=100}); the
 *                 provider checks them by name like the options given beside the location (a PostgreSQL URL's
 *                 query part is the driver's own, and is passed to it as it is)
 */
record JdbcLocation(Dialect dialect, String jdbcUrl, Optional<Path> file, java.util.Map<String, String> options) {
    JdbcLocation {
        options = java.util.Map.copyOf(options);
    }


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
            return new JdbcLocation(Dialect.POSTGRESQL, location, Optional.empty(), java.util.Map.of());
        }
        if (location.startsWith("postgresql:")) {
            return new JdbcLocation(Dialect.POSTGRESQL, "jdbc:" + location, Optional.empty(), java.util.Map.of());
        }
        String path = location.substring(location.startsWith("jdbc:") ? "jdbc:sqlite:".length() : "sqlite:".length());
        int query = path.indexOf('?');
        String filePart = query < 0 ? path : path.substring(0, query);
        if (filePart.isBlank() || filePart.equals(":memory:") || filePart.startsWith("file:")) {
            throw new ValidationException("location", location,
                    "must name an SQLite file, such as sqlite:./data/trafford.db (for a store in memory use memory:)");
        }
        java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
        if (query >= 0) {
            for (String pair : path.substring(query + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                if (key.isEmpty() || options.put(key, value) != null) {
                    throw new ValidationException("location", location, "has an option without a name or given twice"
                            + " (\"" + pair + "\"): write options as sqlite:PATH?name=value&name=value");
                }
            }
        }
        // the query part is options, never part of the file's name (sqlite-jdbc would take it as one)
        return new JdbcLocation(Dialect.SQLITE, "jdbc:sqlite:" + filePart, Optional.of(Path.of(filePart)), options);
    }
}
