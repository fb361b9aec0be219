package org.localityworking.examples.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

/** Reads a CSV file with a header row (RFC 4180, through Jackson), keeping each row's line number. */
final class CsvRows {
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES).build();

    /**
     * A row: its line in the file and its values by column.
     *
     * @param line   the line the row starts on (the header is line 1)
     * @param values the values by column name, blank cells as ""
     */
    record Row(long line, Map<String, String> values) {
        String get(String column) {
            return values.getOrDefault(column, "").strip();
        }
    }

    private CsvRows() {
    }

    /**
     * @param required the columns the header must have
     * @param allowed  every column the header may have
     * @param progress called with the count of rows read, every 10,000 rows
     * @throws ImportException when the header lacks a column or has an unknown one
     */
    static List<Row> read(Reader reader, String file, Set<String> required, Set<String> allowed, LongConsumer progress)
            throws IOException {
        List<Row> rows = new ArrayList<>();
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
            for (String h : header) {
                if (!allowed.contains(h)) {
                    errors.add(new ImportException.RowError(1, h, h, "is not a known column; known columns: " + allowed));
                }
            }
            if (!errors.isEmpty()) {
                throw new ImportException(file, errors);
            }
            while (true) {
                long line = it.getCurrentLocation().getLineNr();
                if (!it.hasNextValue()) {
                    break;
                }
                Map<String, String> values = new LinkedHashMap<>(it.nextValue());
                rows.add(new Row(Math.max(2, line), values));
                if (rows.size() % 10_000 == 0) {
                    progress.accept(rows.size());
                }
            }
        }
        return rows;
    }
}
