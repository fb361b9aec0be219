package org.localityworking.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.localityworking.core.ValidationException;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.registry.Stores;
import picocli.CommandLine.Option;

/** The {@code --store} option every command takes, with the CLI's documented default. */
final class StoreOptions {
    /** Where the CLI keeps its data when no {@code --store} is given. The library itself has no default. */
    static final String DEFAULT_LOCATION = "sqlite:./locality-data/locality.db";

    @Option(names = "--store", defaultValue = DEFAULT_LOCATION, paramLabel = "LOCATION",
            description = "Where the data lives: memory:, sqlite:PATH or postgresql://HOST:PORT/DB (default: ${DEFAULT-VALUE})")
    String location;

    /**
     * {@return the store, created where needed: for commands that write}. A new SQLite file (and its folders) is
     * noted in {@link Created}, so a command that then fails leaves no empty database behind.
     */
    LocalityStore open() {
        sqliteFile().ifPresent(Created::willCreateStore);
        return Stores.open(location);
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
     * Opens a store that must already exist: for commands that only read, so a mistyped SQLite path is an
     * error rather than a new, empty database.
     *
     * @return the store
     * @throws ValidationException when the location names an SQLite file that does not exist
     */
    LocalityStore openExisting() {
        java.util.Optional<Path> sqlite = sqliteFile();
        if (sqlite.isPresent()) {
            Path path = sqlite.get();
            if (!Files.isRegularFile(path)) {
                throw new ValidationException("--store", location, "must name an existing SQLite file ("
                        + path.toAbsolutePath().normalize() + " does not exist); this command only reads, so load"
                        + " data first with 'demo' or 'import', or correct the path");
            }
        }
        return Stores.open(location);
    }
}
