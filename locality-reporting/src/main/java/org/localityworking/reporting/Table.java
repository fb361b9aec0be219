package org.localityworking.reporting;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.localityworking.core.ValidationException;
import org.localityworking.core.internal.Checks;

/**
 * A table with a caption and header cells; the first column names each row.
 *
 * @param caption what the table shows
 * @param headers the column headers
 * @param rows    the rows, each as wide as the headers
 */
@API(status = STABLE, since = "1.0")
public record Table(String caption, List<String> headers, List<List<String>> rows) implements Block {
    public Table {
        Checks.name("Table.caption", caption);
        headers = Checks.list("Table.headers", headers);
        if (headers.isEmpty()) {
            throw new ValidationException("Table.headers", "[]", "a table needs at least one column");
        }
        List<List<String>> copy = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = Checks.list("Table.rows[" + i + "]", rows.get(i));
            if (row.size() != headers.size()) {
                throw new ValidationException("Table.rows[" + i + "]", row.toString(),
                        "must have " + headers.size() + " cells, one per header");
            }
            copy.add(row);
        }
        rows = List.copyOf(copy);
    }
}
