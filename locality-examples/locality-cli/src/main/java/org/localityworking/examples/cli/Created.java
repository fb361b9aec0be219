package org.localityworking.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What the running command created on disk (a new SQLite file and its folders, an export's folder or file),
 * removed again when the command fails, so a refused command leaves nothing behind. {@link LocalityCli#execute}
 * begins and ends each command's record; commands note paths before they create them.
 */
final class Created {
    private static final ThreadLocal<Deque<Path>> PATHS = ThreadLocal.withInitial(ArrayDeque::new);

    private Created() {
    }

    /** Starts a command's record, empty. */
    static void begin() {
        PATHS.get().clear();
    }

    /**
     * Notes a file or folder about to be created, with each of its missing parent folders, when it does not exist
     * yet (what exists already is never removed).
     *
     * @param path      the file or folder
     * @param companions names of files made beside it ({@code -wal} and {@code -shm} beside an SQLite file)
     */
    static void willCreate(Path path, String... companions) {
        Path absolute = path.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            return;
        }
        List<Path> missing = new ArrayList<>();
        for (Path p = absolute.getParent(); p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(0, p);
        }
        Deque<Path> paths = PATHS.get();
        missing.forEach(paths::push);
        paths.push(absolute);
        for (String c : companions) {
            paths.push(absolute.resolveSibling(absolute.getFileName() + c));
        }
    }

    /** The command failed: removes what it created, newest first (a folder only once it is empty of others' files). */
    static void undo() {
        Deque<Path> paths = PATHS.get();
        while (!paths.isEmpty()) {
            Path p = paths.pop();
            try {
                if (Files.isDirectory(p)) {
                    deleteTree(p);
                } else {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                // left as it is: the command's own error is what the user needs to see
            }
        }
    }

    /** The command succeeded: keeps what it created. */
    static void keep() {
        PATHS.get().clear();
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
