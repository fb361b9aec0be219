package org.localityworking.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.localityworking.storage.LocalityStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** A JSON snapshot of a whole council's data. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes a JSON snapshot of a whole council's data (import it with: import snapshot FILE).")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--council", required = true, paramLabel = "ID", description = "The council, for example trafford")
    String council;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The snapshot file to write")
    Path out;

    @Override
    public Integer call() throws Exception {
        try (LocalityStore s = store.open()) {
            var snapshot = Snapshot.export(s, council);
            RecordJson.MAPPER.writeValue(out.toFile(), snapshot);
            int n = 0;
            for (var kind : (Iterable<com.fasterxml.jackson.databind.JsonNode>) snapshot.path("records")::elements) {
                n += kind.size();
            }
            spec.commandLine().getOut().println("Exported " + n + " records of " + council + " to "
                    + out.toAbsolutePath().normalize());
        }
        return 0;
    }
}
