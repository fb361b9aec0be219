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
    /** SQLite files among the paths: removed only when they hold no record and no other connection uses them. */
    private static final ThreadLocal<java.util.Set<Path>> STORES = ThreadLocal.withInitial(java.util.HashSet::new);

    private Created() {
    }

    /** Starts a command's record, empty. */
    static void begin() {
        PATHS.get().clear();
        STORES.get().clear();
    }

    /**
     * Notes a new SQLite file (with its {@code -wal}, {@code -shm} and {@code -journal} companions) and its missing
     * folders. Another process may open the same new file meanwhile, so on failure the file is removed only when no
     * process has it open (read from {@code /proc}; without it, the file is kept) and it holds no record.
     *
     * @param file the SQLite file
     */
    static void willCreateStore(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            return;
        }
        willCreate(absolute, "-wal", "-shm", "-journal");
        STORES.get().add(absolute);
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
        java.util.Set<Path> keep = new java.util.HashSet<>();
        for (Path store : STORES.get()) {
            if (!unusedAndEmpty(store)) {
                // another process uses it, or holds records in it: the file, its companions and folders stay
                keep.add(store);
                for (String c : new String[] {"-wal", "-shm", "-journal"}) {
                    keep.add(store.resolveSibling(store.getFileName() + c));
                }
                for (Path parent = store.getParent(); parent != null; parent = parent.getParent()) {
                    keep.add(parent);
                }
            }
        }
        while (!paths.isEmpty()) {
            Path p = paths.pop();
            if (keep.contains(p)) {
                continue;
            }
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
        STORES.get().clear();
    }

    /**
     * @return whether any process (this one included: the command's own store is closed by now) has the file or its
     *         {@code -wal} or {@code -shm} open, read from {@code /proc}; where there is no {@code /proc} to read,
     *         true, so the file is kept
     */
    private static boolean openElsewhere(Path file) {
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc.resolve("self/fd"))) {
            return true;
        }
        java.util.Set<Path> names = new java.util.HashSet<>();
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path f = file.resolveSibling(file.getFileName() + suffix);
            names.add(f);
            try {
                names.add(f.toRealPath());
            } catch (IOException e) {
                // not there: compared by name
            }
        }
        try (var processes = Files.newDirectoryStream(proc, p -> p.getFileName().toString().matches("[0-9]+"))) {
            for (Path process : processes) {
                try (var fds = Files.newDirectoryStream(process.resolve("fd"))) {
                    for (Path fd : fds) {
                        try {
                            if (names.contains(Files.readSymbolicLink(fd))) {
                                return true;
                            }
                        } catch (IOException | UnsupportedOperationException e) {
                            // closed meanwhile, or not ours to read
                        }
                    }
                } catch (IOException e) {
                    // a process that ended, or one not ours to read
                }
            }
        } catch (IOException e) {
            return true;
        }
        return false;
    }

    /**
     * @return whether the SQLite file holds no record (only the library's own bookkeeping tables) and no other
     *         connection is using it: an exclusive lock, asked for without waiting, is granted only then
     */
    private static boolean unusedAndEmpty(Path file) {
        if (!Files.exists(file)) {
            return true;
        }
        if (openElsewhere(file)) {
            return false;
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 0");
            s.execute("BEGIN EXCLUSIVE");
            try {
                List<String> tables = new ArrayList<>();
                try (java.sql.ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                for (String table : tables) {
                    if (table.equals("locality_schema") || table.equals("custom_kind") || !table.matches("[a-z_]+")) {
                        continue;
                    }
                    try (java.sql.ResultSet rs = s.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
                        if (rs.next() && rs.getLong(1) > 0) {
                            return false;
                        }
                    }
                }
                return true;
            } finally {
                s.execute("ROLLBACK");
            }
        } catch (java.sql.SQLException e) {
            return false; // busy (another connection) or unreadable: keep it
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
