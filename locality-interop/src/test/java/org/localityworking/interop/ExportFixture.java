package org.localityworking.interop;

import org.localityworking.interop.run.Exporting;

import org.localityworking.reporting.Audience;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.localityworking.core.plugin.PluginRegistry;
import org.localityworking.reporting.fixture.Fixture;
import org.localityworking.interop.registry.ExporterRegistry;
import org.localityworking.interop.spi.DataExporter;
import org.localityworking.storage.LocalityStore;

/** Runs an exporter into memory and validates its JSON against the project's schemas. */
final class ExportFixture {
    static final PluginRegistry<DataExporter> EXPORTERS = ExporterRegistry.discover();
    static final ObjectMapper JSON = new ObjectMapper();
    static final Map<String, String> TRAFFORD_OPTIONS = Map.of("prefix", "360G-trafford", "funderId", "GB-LAE-TRF",
            "serviceUrl", "https://directory.example/assets/{id}");

    private ExportFixture() {
    }

    /** {@return the files written, by name, as text} */
    static Map<String, String> export(LocalityStore store, String exporter, String council, Optional<String> locality,
                                      Audience audience) {
        Map<String, ByteArrayOutputStream> files = new LinkedHashMap<>();
        try {
            Exporting.export(store, EXPORTERS.byId(exporter), new ExportRequest(council, locality, audience, TRAFFORD_OPTIONS, Fixture.GENERATED),
                    name -> files.computeIfAbsent(name, k -> new ByteArrayOutputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        files.forEach((k, v) -> out.put(k, v.toString(StandardCharsets.UTF_8)));
        return out;
    }

    static Set<ValidationMessage> validate(String schema, String json) {
        try (InputStream in = ExportFixture.class.getResourceAsStream("/schemas/" + schema)) {
            JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
            JsonNode node = JSON.readTree(json);
            return s.validate(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> exporterIds() {
        return EXPORTERS.all().stream().map(e -> e.id()).toList();
    }

    /** {@return the CSV's rows (the header first), each as its cells, parsed as RFC 4180} */
    static List<List<String>> parseCsv(String csv) {
        try (com.fasterxml.jackson.databind.MappingIterator<List<String>> it = new com.fasterxml.jackson.dataformat.csv
                .CsvMapper().enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
                .readerForListOf(String.class).readValues(csv)) {
            return it.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
