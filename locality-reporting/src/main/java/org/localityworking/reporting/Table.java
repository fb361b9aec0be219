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
        List<List<Cell>> copy = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Cell> row = Checks.list("Table.rows[" + i + "]", rows.get(i));
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
        List<List<Cell>> cells = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<?> row = Checks.present("Table.rows[" + i + "]", rows.get(i));
            List<Cell> typed = new ArrayList<>(row.size());
            for (Object value : row) {
                typed.add(Cell.of(Checks.present("Table.rows[" + i + "]", value)));
            }
            cells.add(typed);
        }
        return new Table(caption, headers, cells);
    }

    @Override
    public <R> R accept(Block.Visitor<R> visitor) {
        return visitor.table(this);
    }
}
