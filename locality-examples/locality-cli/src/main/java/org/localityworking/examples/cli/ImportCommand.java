package org.localityworking.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.localityworking.core.plugin.PluginRegistry;
import org.localityworking.interop.ImportRequest;
import org.localityworking.interop.ImportResult;
import org.localityworking.interop.registry.ImporterRegistry;
import org.localityworking.interop.spi.DataImporter;
import org.localityworking.interop.spi.ImportSource;
import org.localityworking.storage.LocalityStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Imports a file through one of the importers {@code locality-interop} provides (or a plug-in's). Nothing is
 * written if any row is bad.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        header = "Imports data into the store; when any row is bad, nothing is written.",
        description = {"Imports data into the store; when any row is bad, nothing is written.",
            "  assets FILE.csv         id, locality, ward, name, description, category, tangibility, owner, sensitive,"
                + " transfer, latitude, longitude, acv_... (the csv export's assets.csv)",
            "  people FILE.csv         id, name, email, phone, address, ward, roles (ROLE@locality#organisation;...)",
            "  organisations FILE.csv  id, name, sector, kind, locality (the csv export's organisations.csv)",
            "  snapshot FILE.json      a snapshot written by: export --format snapshot",
            "  360giving FILE.json     a 360Giving JSON package (--council ID --option prefix=360G-...)",
            "  openreferral FILE.json  Open Referral UK JSON (--council ID)"})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "WHAT", description = "assets, people, organisations, snapshot, 360giving,"
            + " openreferral, or a plug-in importer's id")
    String what;

    @Parameters(index = "1", paramLabel = "FILE", description = "The file to import")
    Path file;

    @Option(names = "--council", paramLabel = "ID", description = "The council the data belongs to (360giving and"
            + " openreferral)")
    String council;

    @Option(names = "--locality", paramLabel = "ID", description = "openreferral: the locality of every service and"
            + " place the file (and the wardBoundaries and wardLookup options) does not place, as for a file that is all one place"
            + " (the same as --option locality=ID)")
    String locality;

    @Option(names = "--option", paramLabel = "KEY=VALUE", description = "An importer option; the CSV imports take"
            + " batchSize=N (changed rows per unit of work for a large file, default 10000) or batchSize=all;"
            + " openreferral takes wardBoundaries=FILE.geojson, wardLookup=FILE.csv, locality=ID, category=CATEGORY,"
            + " categories=TERM:CATEGORY,...; 360giving takes prefix=360G-... and funderId=ORG-ID")
    Map<String, String> options;

    @Option(names = "--replace", description = "snapshot only: overwrite records changed in the"
            + " store since the snapshot was written (without it, such an import is refused and writes nothing)")
    boolean replace;

    @Option(names = "--dry-run", description = "check the file and say what the import would"
            + " create, change and leave as it is, writing nothing")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PluginRegistry<DataImporter> importers = ImporterRegistry.discover();
        DataImporter importer = importers.find(what).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "Unknown import '" + what + "'. Known: " + String.join(", ", importers.ids())));
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Map<String, String> given = new java.util.LinkedHashMap<>(options == null ? Map.of() : options);
        if (locality != null) {
            String before = given.putIfAbsent("locality", locality);
            if (before != null && !before.equals(locality)) {
                throw new ParameterException(spec.commandLine(), "--locality " + locality + " and --option locality="
                        + before + " name different localities: give one");
            }
        }
        ImportRequest.Builder request = ImportRequest.builder().dryRun(dryRun).replace(replace)
                .options(given)
                .progress(rows -> o.printf("  read %,d rows%n", rows).flush());
        if (council != null) {
            request.councilId(council);
        }
        try (LocalityStore s = store.open()) {
            ImportResult result = importer.importInto(s, request.build(), ImportSource.file(file));
            o.println(result.describe(Set.of("assets", "people", "organisations").contains(what) ? what : "records", name,
                    s.location()));
        }
        return 0;
    }
}
