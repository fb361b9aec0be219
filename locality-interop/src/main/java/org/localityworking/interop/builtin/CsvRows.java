package org.localityworking.interop.builtin;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import org.localityworking.interop.spi.ImportSource;
import org.localityworking.interop.ImportException;
import org.localityworking.reporting.CsvColumns;

/**
 * Reads a CSV file with a header row (RFC 4180, through Jackson), keeping each row's line number. UTF-8 with or
 * without a byte order mark (as Excel's "CSV UTF-8" saves it), CRLF or LF line ends. Cells are never trimmed or
 * changed, except that a cell the library neutralised for spreadsheets is restored ({@link CsvColumns#restore}).
 */
final class CsvRows {
    private static final CsvMapper MAPPER = CsvMapper.builder().build();

    /**
     * A row: its line in the file and its values by column.
     *
     * @param line   the line the row starts on (the header is line 1)
     * @param values the values by column name, blank cells as ""
     */
    record Row(long line, Map<String, String> values) {
        /** {@return the cell as it was before the library neutralised it for spreadsheets; "" when blank or absent} */
        String get(String column) {
            return CsvColumns.restore(values.getOrDefault(column, ""));
        }

        /** {@return whether the file has the column at all (a blank cell in it still counts)} */
        boolean has(String column) {
            return values.containsKey(column);
        }
    }

    /** As the {@code allowed} columns: any column at all (a standard's file whose unknown columns are reported, not refused). */
    static final Set<String> ANY_COLUMN = java.util.Collections.unmodifiableSet(new java.util.HashSet<>());

    private CsvRows() {
    }

    /** A file the CSV parser could not read, as one line: where, and what is wrong, in words. */
    private static ImportException malformed(String file, com.fasterxml.jackson.core.JsonProcessingException e,
                                             long rowStart) {
        String message = e.getOriginalMessage();
        var where = e.getLocation();
        long line = where == null || where.getLineNr() < 1 ? rowStart : where.getLineNr();
        String column = where == null || where.getColumnNr() < 1 ? "-" : Integer.toString(where.getColumnNr());
        if (message.contains("Empty header line")) {
            return ImportException.at(file, 1, "-", "", "the file is empty: it needs a header row naming its columns");
        }
        if (message.contains("Missing closing quote")) {
            return ImportException.at(file, rowStart, "-", "", "has a quote that is never closed: the quoted value"
                    + " that starts in this row runs to the end of the file");
        }
        if (message.contains("Too many entries")) {
            return ImportException.at(file, line, column, "", "has more values than the header has columns");
        }
        return ImportException.at(file, line, column, "", "cannot be read as CSV: " + ImportException.shown(message));
    }

    /**
     * Streams the source's rows, one at a time, once its whole file is known to be UTF-8: memory does not grow
     * with the file.
     *
     * @param required the columns the header must have
     * @param allowed  every column the header may have
     * @param progress called with the count of rows read, every 10,000 rows
     * @param each     given each row in file order; returns false to stop reading
     * @return the count of rows read
     * @throws ImportException when the header lacks a column or has an unknown one, or the CSV is malformed
     */
    static long forEach(ImportSource source, Set<String> required, Set<String> allowed, LongConsumer progress,
                        Predicate<Row> each) throws IOException {
        try (Reader reader = InputFile.reader(source)) {
            return forEach(reader, source.name(), required, allowed, progress, each);
        }
    }

    private static long forEach(Reader reader, String file, Set<String> required, Set<String> allowed,
                                LongConsumer progress, Predicate<Row> each) throws IOException {
        long count = 0;
        long rowStart = 1;
        try (MappingIterator<Map<String, String>> it = MAPPER.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(reader)) {
            List<ImportException.RowError> errors = new ArrayList<>();
            CsvSchema schema = (CsvSchema) it.getParserSchema();
            List<String> header = new ArrayList<>();
            schema.forEach(c -> header.add(c.getName()));
            for (String r : required) {
                if (!header.contains(r)) {
                    errors.add(new ImportException.RowError(1, r, "", "is a required column; the header has " + header));
                }
            }
            Set<String> seen = new java.util.HashSet<>();
            for (String h : header) {
                if (!seen.add(h)) {
                    errors.add(new ImportException.RowError(1, h, h, "appears twice in the header: each column may be"
                            + " given once, or one value would silently replace the other"));
                }
            }
            for (String h : header) {
                if (allowed != ANY_COLUMN && !allowed.contains(h)) {
                    errors.add(new ImportException.RowError(1, h, h, "is not a known column; known columns: " + allowed));
                }
            }
            if (!errors.isEmpty()) {
                throw new ImportException(file, errors);
            }
            while (true) {
                long line = it.getCurrentLocation().getLineNr();
                rowStart = Math.max(2, line);
                if (!it.hasNextValue()) {
                    break;
                }
                Map<String, String> values = new LinkedHashMap<>(it.nextValue());
                count++;
                boolean more = each.test(new Row(Math.max(2, line), values));
                if (count % 10_000 == 0) {
                    progress.accept(count);
                }
                if (!more) {
                    break;
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw malformed(file, e, rowStart);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException j) {
                throw malformed(file, j, rowStart);
            }
            throw e;
        }
        return count;
    }
}
