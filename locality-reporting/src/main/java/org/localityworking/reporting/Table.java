package org.localityworking.reporting;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.localityworking.core.ValidationException;
import org.localityworking.core.internal.Checks;

/**
 * A table with a caption and header cells; the first column names each row. Its cells are typed ({@link Cell}),
 * so each format presents numbers, money and dates in its own way.
 *
 * @param caption what the table shows
 * @param headers the column headers
 * @param rows    the rows, each as wide as the headers
 */
@API(status = STABLE, since = "1.0")
public record Table(String caption, List<String> headers, List<List<Cell>> rows) implements Block {
    /** Checks the caption, that there is a column and that every row is as wide as the headers. */
    public Table {
        Checks.name("Table.caption", caption);
        headers = Checks.list("Table.headers", headers);
        if (headers.isEmpty()) {
            throw new ValidationException("Table.headers", "[]", "a table needs at least one column");
        }
        Checks.present("Table.rows", rows);
        List<List<Cell>> copy = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<Cell> row = rows.get(i);
            boolean whole = row != null; // each cell looked at once: a list of 1,000 assets has 6,000
            for (int j = 0; whole && j < row.size(); j++) {
                whole = row.get(j) != null;
            }
            // the row's field is named only when it is wrong (no text made for each row), by Checks.list's rule
            row = whole ? List.copyOf(row) : Checks.list("Table.rows[" + i + "]", row);
            if (row.size() != headers.size()) {
                throw new ValidationException("Table.rows[" + i + "]", row.toString(),
                        "must have " + headers.size() + " cells, one per header");
            }
            copy.add(row);
        }
        rows = List.copyOf(copy);
    }

    /**
     * {@return the table}
     *
     * @param rows the rows, each value made a cell by {@link Cell#of} (text, whole numbers, decimals, money, dates
     *             or cells)
     */
    public static Table of(String caption, List<String> headers, List<? extends List<?>> rows) {
        List<List<Cell>> cells = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<?> row = rows.get(i);
            if (row == null) {
                throw new ValidationException("Table.rows[" + i + "]", null, "is required");
            }
            Cell[] typed = new Cell[row.size()];
            for (int j = 0; j < typed.length; j++) {
                Object value = row.get(j);
                if (value == null) {
                    throw new ValidationException("Table.rows[" + i + "]", null, "is required");
                }
                typed[j] = Cell.of(value);
            }
            cells.add(List.of(typed)); // immutable already: the constructor keeps it without copying
        }
        return new Table(caption, headers, cells);
    }

    @Override
    public <R> R accept(Block.Visitor<R> visitor) {
        return visitor.table(this);
    }
}
