package org.localityworking.examples.cli;

import java.nio.file.Path;
import org.localityworking.core.ValidationException;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.NoStoreException;
import org.localityworking.storage.registry.StorageProviderRegistry;
import org.localityworking.storage.registry.Stores;
import org.localityworking.storage.spi.OpenMode;
import picocli.CommandLine.Option;

/** The {@code --store} option every command takes, with the CLI's documented default. */
final class StoreOptions {
    /** Where the CLI keeps its data when no {@code --store} is given. The library itself has no default. */
    static final String DEFAULT_LOCATION = "sqlite:./locality-data/locality.db";

    @Option(names = "--store", defaultValue = DEFAULT_LOCATION, paramLabel = "LOCATION",
            description = "Where the data lives: memory:, sqlite:PATH or postgresql://HOST:PORT/DB (default: ${DEFAULT-VALUE})")
    String location;

    @Option(names = "--provider", paramLabel = "ID",
            description = "The storage provider to open the store with, by its id (for example sqlite, or a plug-in's"
                    + " own), when more than one accepts the location")
    String provider;

    /** {@return a builder for the store: the location, and the provider when one was chosen by id} */
    private Stores.Builder builder() {
        Stores.Builder builder = Stores.builder().location(location);
        if (provider != null) {
            var registry = StorageProviderRegistry.discover();
            builder.provider(registry.find(provider).orElseThrow(() -> new ValidationException("--provider", provider,
                    "must be the id of a storage provider: " + String.join(", ", registry.ids().stream().sorted().toList()))));
        }
        return builder;
    }

    /**
     * {@return the store, created where needed: for commands that write}. A new SQLite file (and its folders) is
     * noted in {@link Created}, so a command that then fails leaves no empty database behind.
     */
    LocalityStore open() {
        sqliteFile().ifPresent(Created::willCreateStore);
        return builder().open();
    }

    /** {@return the SQLite file the location names, if it names one} */
    java.util.Optional<Path> sqliteFile() {
        String prefix = location.startsWith("jdbc:sqlite:") ? "jdbc:sqlite:" : location.startsWith("sqlite:") ? "sqlite:" : "";
        if (prefix.isEmpty()) {
            return java.util.Optional.empty();
        }
        String file = location.substring(prefix.length());
        int query = file.indexOf('?');
        String name = query < 0 ? file : file.substring(0, query);
        try {
            return name.isBlank() || name.startsWith(":") || name.startsWith("file:") ? java.util.Optional.empty()
                    : java.util.Optional.of(Path.of(name));
        } catch (java.nio.file.InvalidPathException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * Opens a store that must already exist: for commands that work on data already there (report, export,
     * subject-access, erase), so a mistyped location is an error rather
     * than a new, empty store. The provider refuses ({@link OpenMode#MUST_EXIST}, storage SPI 2.2), whichever it is.
     *
     * @return the store
     * @throws ValidationException when there is no store at the location; nothing was created
     */
    LocalityStore openExisting() {
        try {
            return builder().openMode(OpenMode.MUST_EXIST).open();
        } catch (NoStoreException e) {
            throw new ValidationException("--store", e.location(), "names no store (" + e.missing() + "); this command"
                    + " works on data already there, so nothing was created: load data first with 'demo', 'setup' or"
                    + " 'import', or correct the location");
        }
    }
}
