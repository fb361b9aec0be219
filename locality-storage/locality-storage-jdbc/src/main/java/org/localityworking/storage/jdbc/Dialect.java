package org.localityworking.storage.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

/** What differs between the two databases, in one place. */
enum Dialect {
    SQLITE("TEXT", "TEXT", "", " ON CONFLICT (id) DO NOTHING"),
    POSTGRESQL("TEXT COLLATE \"C\"", "DATE", " FOR SHARE", "");

    private final String idType;
    private final String dateType;
    private final String forShare;
    private final String insertSuffix;

    Dialect(String idType, String dateType, String forShare, String insertSuffix) {
        this.idType = idType;
        this.dateType = dateType;
        this.forShare = forShare;
        this.insertSuffix = insertSuffix;
    }

    /**
     * {@return what follows an insert of a new record: SQLite skips a row whose id exists (its count of 0 is the
     *         conflict); PostgreSQL inserts plainly, which is cheaper than speculative insertion, and a unique
     *         violation aborts the transaction (see {@link #isUniqueViolation})}
     */
    String insertSuffix() {
        return insertSuffix;
    }

    /** {@return whether the failure is a duplicate primary key} */
    static boolean isUniqueViolation(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if ("23505".equals(x.getSQLState())) {
                return true;
            }
        }
        return e.getCause() instanceof SQLException cause && "23505".equals(cause.getSQLState());
    }

    /** {@return the type of id and key columns (PostgreSQL: byte order, so ORDER BY id matches Java's)} */
    String idType() {
        return idType;
    }

    /** {@return the type of date columns: ISO text in SQLite (sorts by date), DATE in PostgreSQL} */
    String dateType() {
        return dateType;
    }

    /** {@return the clause that keeps a row read during a commit from being deleted before the commit ends} */
    String forShare() {
        return forShare;
    }

    void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, this == SQLITE ? java.sql.Types.VARCHAR : java.sql.Types.DATE);
        } else if (this == SQLITE) {
            ps.setString(index, date.toString());
        } else {
            ps.setObject(index, date);
        }
    }

    /** {@return the SQL that tells whether a table exists in the current schema, with one parameter: its name} */
    String tableExistsSql() {
        return this == SQLITE
                ? "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
                : "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?";
    }

    /** {@return the SQL that lists the tables and indexes of the schema, for before/after comparisons} */
    String schemaObjectsSql() {
        return this == SQLITE
                ? "SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master ORDER BY type, name"
                : "SELECT 'table ' || table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                        + " UNION ALL SELECT 'index ' || indexname || ' ' || indexdef FROM pg_indexes"
                        + " WHERE schemaname = current_schema() ORDER BY 1";
    }
}
