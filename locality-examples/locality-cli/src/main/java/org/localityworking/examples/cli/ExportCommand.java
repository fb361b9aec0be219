package org.localityworking.examples.cli;

import org.localityworking.interop.run.Exporting;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.localityworking.core.plugin.PluginRegistry;
import org.localityworking.reporting.Audience;
import org.localityworking.interop.ExportRequest;
import org.localityworking.interop.registry.ExporterRegistry;
import org.localityworking.interop.spi.DataExporter;
import org.localityworking.interop.spi.ExportTarget;
import org.localityworking.storage.LocalityStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** A JSON snapshot of a whole council's data, or an export in a public standard. */
@Command(name = "export", mixinStandardHelpOptions = true,
        header = "Exports a council's data, as a snapshot or in a public standard.",
        description = {"Exports a council's data.",
            "  --format snapshot      a JSON snapshot of everything (import it with: import snapshot FILE); --out is a file",
            "  --format 360giving     grants as a 360Giving JSON package and summary CSV (--option prefix=360G-... --option funderId=GB-LAE-...)",
            "  --format openreferral  organisations, services and places as Open Referral UK (HSDS 3.0) JSON and a tabular package",
            "  --format geojson       located assets as GeoJSON (RFC 7946)",
            "  --format hexjson       the asset map's ward layout as HexJSON (a hex per ward, each locality's together)",
            "  --format csv           the asset map (and, INTERNAL, the people list) in the import columns",
            "For every format but snapshot, --out is a folder."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--council", required = true, paramLabel = "ID", description = "The council, for example trafford")
    String council;

    @Option(names = "--format", defaultValue = "snapshot", paramLabel = "FORMAT",
            description = "snapshot, 360giving, openreferral, geojson, hexjson, csv, or an exporter plug-in's id"
                    + " (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--locality", paramLabel = "ID", description = "One locality (default: the whole council)")
    String locality;

    @Option(names = "--audience", description = "PUBLIC or INTERNAL, for the csv format (default: PUBLIC); the standards"
            + " are always public; a snapshot is always INTERNAL")
    Audience audience;

    @Option(names = "--option", paramLabel = "KEY=VALUE", description = "An exporter option, for example prefix=360G-trafford")
    Map<String, String> options;

    @Option(names = "--as-of", paramLabel = "WHEN", description = "When the data is stated as of: a date (2016-03-01)"
            + " or an instant (2016-03-01T09:00:00Z); default now. 360Giving's dateModified and the snapshot's exportedAt;"
            + " the same data exported with the same --as-of is the same bytes")
    String asOf;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "The snapshot file, or the folder to write")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PluginRegistry<DataExporter> exporters = ExporterRegistry.discover();
        DataExporter exporter = exporters.find(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "Unknown format '" + format + "'. Known formats: " + String.join(", ", exporters.ids())));
        try (LocalityStore s = store.openExisting()) {
            Known.councilAndLocality(s, council, Optional.ofNullable(locality));
            Audience chosen = audience != null ? audience : format.equals("snapshot") ? Audience.INTERNAL : Audience.PUBLIC;
            ExportRequest request = new ExportRequest(council, Optional.ofNullable(locality), chosen,
                    options == null ? Map.of() : options, asOf == null ? java.time.Instant.now() : instant(asOf));
            if (format.equals("snapshot") && !Files.isDirectory(out)) {
                // a snapshot is one file: --out names it, and its manifest goes beside it as FILE.manifest.json
                Path manifest = out.resolveSibling(out.getFileName() + ".manifest.json");
                notTheStore(out);
                notTheStore(manifest);
                Created.willCreate(out);
                Created.willCreate(manifest);
                Path parent = out.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Exporting.export(s, exporter, request, name -> Files.newOutputStream(name.equals("manifest.json") ? manifest : out));
                JsonNode records = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toFile()).path("records");
                int n = 0;
                for (JsonNode kind : (Iterable<JsonNode>) records::elements) {
                    n += kind.size();
                }
                o.println("Exported " + n + " records of " + council + " to " + out.toAbsolutePath().normalize());
                leftOut(o, manifest);
                return 0;
            }
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new org.localityworking.core.ValidationException("--out", out.toString(), "is a file, but the "
                        + format + " export writes a folder of files: name a folder (it is created if missing)");
            }
            notTheStore(out);
            Created.willCreate(out);
            Files.createDirectories(out);
            ExportTarget folder = ExportTarget.folder(out);
            List<String> files = Exporting.export(s, exporter, request, name -> {
                notTheStore(out.resolve(name));
                return folder.file(name);
            });
            o.println("Exported " + council + " as " + format + " to " + out.toAbsolutePath().normalize() + ": "
                    + String.join(", ", files));
            if (files.contains("manifest.json")) {
                leftOut(o, out.resolve("manifest.json"));
            }
        }
        return 0;
    }

    /**
     * Refuses to write onto the store the export reads: its SQLite file, or the files SQLite keeps beside it.
     *
     * @throws org.localityworking.core.ValidationException naming the path and the store
     */
    private void notTheStore(Path target) {
        Optional<Path> file = store.sqliteFile();
        if (file.isEmpty()) {
            return;
        }
        Path written = target.toAbsolutePath().normalize();
        Path db = file.get().toAbsolutePath().normalize();
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            Path storeFile = db.resolveSibling(db.getFileName() + suffix);
            boolean same = written.equals(storeFile);
            try {
                same |= Files.exists(written) && Files.exists(storeFile) && Files.isSameFile(written, storeFile);
            } catch (java.io.IOException e) {
                // compared by name above
            }
            if (same) {
                throw new org.localityworking.core.ValidationException("--out", target.toString(), "is the store this"
                        + " export reads (" + storeFile + "): writing there would destroy it. Nothing was written; name"
                        + " another file");
            }
        }
    }

    /** Prints the manifest's line of what the export left out and why. */
    private static void leftOut(PrintWriter o, Path manifest) throws java.io.IOException {
        JsonNode leftOut = new com.fasterxml.jackson.databind.ObjectMapper().readTree(manifest.toFile()).path("leftOut");
        List<String> lines = new java.util.ArrayList<>();
        leftOut.forEach(l -> lines.add(l.path("count").asLong() + " " + l.path("what").asText() + " ("
                + l.path("why").asText() + ")"));
        o.println("Left out: " + (lines.isEmpty() ? "nothing" : String.join("; ", lines)));
    }

    private java.time.Instant instant(String text) {
        try {
            return java.time.Instant.parse(text);
        } catch (java.time.format.DateTimeParseException notAnInstant) {
            try {
                return Known.date(text).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--as-of '" + text + "' must be a date (2016-03-01 or"
                        + " 1/3/2016, day first) or an instant (2016-03-01T09:00:00Z)");
            }
        }
    }
}
