package org.localityworking.storage.jdbc;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.localityworking.storage.Dimension;
import org.localityworking.storage.Kind;

/** The key columns of every kind's table: one per dimension, holding the key where a record has exactly one. */
final class Columns {
    private static final Map<Dimension, String> COLUMN = new EnumMap<>(Dimension.class);

    static {
        COLUMN.put(Dimension.COUNCIL, "council_id");
        COLUMN.put(Dimension.LOCALITY, "locality_id");
        COLUMN.put(Dimension.WARD, "ward_id");
        COLUMN.put(Dimension.CATEGORY, "category");
        COLUMN.put(Dimension.STATUS, "status");
        COLUMN.put(Dimension.PARENT, "parent_id");
        COLUMN.put(Dimension.PERSON, "person_id");
        COLUMN.put(Dimension.DATE, "record_date");
    }

    /** The key dimensions in column order (every dimension but DATE). */
    static final Dimension[] KEYS = {Dimension.COUNCIL, Dimension.LOCALITY, Dimension.WARD, Dimension.CATEGORY,
        Dimension.STATUS, Dimension.PARENT, Dimension.PERSON};

    private Columns() {
    }

    static String of(Dimension d) {
        return COLUMN.get(d);
    }

    /**
     * {@return whether the kind keeps this dimension in its own column (one key per record at most); never for a
     *         dimension the library derives (a council reached through a locality), which no backend is asked}
     */
    static boolean inColumn(Kind<?> kind, Dimension d) {
        return kind.dimensions().contains(d) && !kind.multiValued().contains(d) && !kind.derives(d);
    }

    /** {@return the record's single key on the dimension, for its column} */
    static <T> Optional<String> single(Kind<T> kind, T value, Dimension d) {
        if (!inColumn(kind, d)) {
            return Optional.empty();
        }
        return Optional.ofNullable(first(kind, value, d));
    }

    /** {@return the record's first key on the dimension, or null where it has none: what its column holds} */
    static <T> String first(Kind<T> kind, T value, Dimension d) {
        return kind.firstKey(value, d).orElse(null); // no set made: a write asks this of each key column of each row
    }

    /** What a kind's name must be to name a table; compiled once, as every statement names its table. */
    private static final java.util.regex.Pattern SAFE_NAME = java.util.regex.Pattern.compile("[a-z][a-z0-9_]{0,39}");

    /** The prefix of a council's own kind's table, so it never meets a standard kind a later library adds. */
    static final String CUSTOM_PREFIX = "custom_";

    /**
     * {@return the table's name for SQL: the kind's table name in double quotes (so {@code grant}, an SQL
     *         keyword, works), after checking that it is a plain lower-case identifier}
     */
    static String table(Kind<?> kind) {
        return '"' + plain(kind) + '"';
    }

    /**
     * {@return the kind's table name, checked to be a plain lower-case identifier, for index names and the
     *         {@code kind} column of {@code record_key}: a standard kind's name, or {@value #CUSTOM_PREFIX} and
     *         the name of a council's own kind}
     */
    static String plain(Kind<?> kind) {
        String name = kind.name();
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalStateException("Kind name is not a safe table name: " + name);
        }
        return kind.isStandard() ? name : CUSTOM_PREFIX + name;
    }
}
