package org.localityworking.examples.cli;

import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.registry.Stores;
import picocli.CommandLine.Option;

/** The {@code --store} option every command takes. */
final class StoreOptions {
    @Option(names = "--store", defaultValue = Stores.DEFAULT_LOCATION, paramLabel = "LOCATION",
            description = "Where the data lives: memory:, sqlite:PATH or postgresql://HOST:PORT/DB (default: ${DEFAULT-VALUE})")
    String location;

    LocalityStore open() {
        return Stores.open(location);
    }
}
