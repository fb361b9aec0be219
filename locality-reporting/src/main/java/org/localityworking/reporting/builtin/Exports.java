package org.localityworking.reporting.builtin;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.localityworking.core.model.Asset;
import org.localityworking.reporting.Audience;
import org.localityworking.reporting.CsvColumns;
import org.localityworking.reporting.ExportRequest;
import org.localityworking.reporting.ReportRequest;
import org.localityworking.reporting.spi.ExportTarget;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;

/** What the exporters share: the scope of an export, and JSON and CSV writing. */
final class Exports {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();

    private Exports() {
    }

    /** @return the scope of an export, as the reports see it, for the export's audience */
    static Scope scope(LocalityStore store, ExportRequest request) {
        return Scope.of(store, new ReportRequest(request.councilId(), request.localityId(), request.audience(),
                LocalDate.now(), java.util.Optional.empty(), java.util.Optional.empty(), Instant.now()));
    }

    /** @return the assets an export may carry: never individuals' gifts or sensitive assets when PUBLIC */
    static List<Asset> assets(Scope scope) {
        return scope.inLocalities(Kind.ASSET).stream().filter(a -> Privacy.showAsset(scope, a)).toList();
    }

    static void json(ExportTarget target, String name, JsonNode node) throws IOException {
        try (OutputStream out = target.file(name)) {
            JSON.writeValue(out, node);
        }
    }

    /**
     * Writes an RFC 4180 CSV with a header, in every audience with every cell neutralised
     * ({@link CsvColumns#neutralise}: a text cell a spreadsheet could run gets a leading apostrophe; numbers stay
     * numbers), so the importer restores exactly what was written.
     */
    static void csv(ExportTarget target, String name, List<String> header, List<List<String>> rows)
            throws IOException {
        try (OutputStream out = target.file(name);
             SequenceWriter w = CSV.writerFor(String[].class).with(CsvSchema.emptySchema().withLineSeparator("\r\n"))
                     .writeValues(out)) {
            w.write(header.toArray(String[]::new));
            for (List<String> row : rows) {
                w.write(row.stream().map(CsvColumns::neutralise).toArray(String[]::new));
            }
        }
    }

    static boolean isPublic(ExportRequest r) {
        return r.audience() == Audience.PUBLIC;
    }
}
