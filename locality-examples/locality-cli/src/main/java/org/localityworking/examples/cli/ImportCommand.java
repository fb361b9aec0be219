package org.localityworking.examples.cli;

import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.localityworking.storage.LocalityStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Imports an asset map or a people list from CSV, or a snapshot from JSON. Nothing is written if any row is bad. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports data into the store; when any row is bad, nothing is written.",
            "  assets FILE.csv    columns: " + "id, locality, ward, name, description, category, tangibility, owner,"
                + " sensitive, transfer, latitude, longitude",
            "  people FILE.csv    columns: id, name, email, phone, address, ward, roles (ROLE@locality;...)",
            "  snapshot FILE.json a snapshot written by the export command"})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "WHAT", description = "assets, people or snapshot")
    What what;

    @Parameters(index = "1", paramLabel = "FILE", description = "The file to import")
    Path file;

    @picocli.CommandLine.Option(names = "--replace", description = "snapshot only: overwrite records changed in the"
            + " store since the snapshot was written (without it, such an import is refused and writes nothing)")
    boolean replace;

    @picocli.CommandLine.Option(names = "--dry-run", description = "check the file and say what the import would"
            + " create, change and leave as it is, writing nothing")
    boolean dryRun;

    enum What { assets, people, snapshot }

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        InputFile.require(file);
        try (LocalityStore s = store.open(); Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            ImportResult result = switch (what) {
                case snapshot -> Snapshot.importInto(s, RecordJson.MAPPER.readTree(reader), name, replace, dryRun);
                case assets -> AssetCsv.importInto(s, reader, name, rows -> o.printf("  read %,d rows%n", rows).flush(),
                        dryRun);
                case people -> PeopleCsv.importInto(s, reader, name, rows -> o.printf("  read %,d rows%n", rows).flush(),
                        dryRun);
            };
            o.println(result.describe(what == What.snapshot ? "records" : what.name(), name, s.location()));
        }
        return 0;
    }
}
