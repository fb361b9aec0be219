package org.localityworking.examples.jsonstorage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.localityworking.storage.Kind;
import org.localityworking.storage.Query;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.StorageException;
import org.localityworking.storage.Versioned;
import org.localityworking.storage.codec.RecordCodec;
import org.localityworking.storage.spi.BackendReader;
import org.localityworking.storage.spi.Commit;
import org.localityworking.storage.spi.PendingWrite;
import org.localityworking.storage.spi.StorageBackend;

/**
 * The example backend: every record in memory (a sorted map per kind) and on disk (one JSON file per kind,
 * replaced atomically on commit). The library does everything else (units of work, version checks, write
 * rules, query matching and ordering, subject access, erasure); what a backend must do is marked in the
 * comments.
 */
final class JsonFilesBackend implements StorageBackend {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RecordCodec CODEC = RecordCodec.standard();

    private final String location;
    private final Path dir;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<Kind<?>, java.util.NavigableMap<String, Versioned<?>>> data = new HashMap<>();

    /** Reads committed data with no lock: the library's check, inside a commit, under the write lock. */
    private final BackendReader committed = new BackendReader() {
        @Override
        public <T> Optional<Versioned<T>> read(Kind<T> kind, String id) {
            return Optional.ofNullable(rows(kind).get(id)).map(v -> typed(kind, v));
        }
    };

    JsonFilesBackend(String location, Path dir, Set<Kind<?>> kinds) {
        this.location = location;
        this.dir = dir;
        try {
            Files.createDirectories(dir);
            for (Kind<?> kind : kinds) {
                data.put(kind, load(kind));
            }
        } catch (IOException e) {
            throw new StorageException("Could not open " + location + ": " + e.getMessage(), e);
        }
    }

    private <T> java.util.NavigableMap<String, Versioned<?>> load(Kind<T> kind) throws IOException {
        TreeMap<String, Versioned<?>> rows = new TreeMap<>();
        Path file = dir.resolve(kind.name() + ".json");
        if (Files.exists(file)) {
            JsonNode stored = JSON.readTree(file.toFile());
            int format = stored.path("recordFormat").asInt(RecordCodec.FORMAT_VERSION);
            for (JsonNode row : stored.path("rows")) {
                T value = CODEC.decode(kind, JSON.writeValueAsBytes(row.get("record")), format);
                rows.put(kind.id(value), new Versioned<>(value, row.get("version").asLong()));
            }
        }
        return rows;
    }

    private java.util.NavigableMap<String, Versioned<?>> rows(Kind<?> kind) {
        java.util.NavigableMap<String, Versioned<?>> rows = data.get(kind);
        if (rows == null) {
            throw new StorageException(location + " was not opened with the kind " + kind.name());
        }
        return rows;
    }

    private static <T> Versioned<T> typed(Kind<T> kind, Versioned<?> v) {
        return new Versioned<>(kind.type().cast(v.value()), v.version());
    }

    // 1. Read one record by id, with its version.
    @Override
    public <T> Optional<Versioned<T>> read(Kind<T> kind, String id) {
        lock.readLock().lock();
        try {
            return committed.read(kind, id);
        } finally {
            lock.readLock().unlock();
        }
    }

    // 2. Candidates for a query: a superset is allowed, so this backend returns every record of the kind and
    //    lets the library keep the matches. A bigger backend would use its indexes here.
    @Override
    public <T> List<Versioned<T>> candidates(Kind<T> kind, Query<? super T> query) {
        lock.readLock().lock();
        try {
            return rows(kind).values().stream().map(v -> typed(kind, v)).toList();
        } finally {
            lock.readLock().unlock();
        }
    }

    // 3. Commit atomically: under the write lock, let the library verify the batch against committed data,
    //    then apply it to copies, write the changed kinds' files, and swap the copies in.
    @Override
    public void commit(Commit commit) {
        lock.writeLock().lock();
        try {
            commit.verify(committed);
            Map<Kind<?>, TreeMap<String, Versioned<?>>> changed = new HashMap<>();
            for (PendingWrite<?> w : commit.writes()) {
                TreeMap<String, Versioned<?>> rows = changed.computeIfAbsent(w.kind(), k -> new TreeMap<>(rows(k)));
                if (w.isDelete()) {
                    rows.remove(w.id());
                } else {
                    rows.put(w.id(), new Versioned<>(w.value().orElseThrow(), w.newVersion()));
                }
            }
            for (Map.Entry<Kind<?>, TreeMap<String, Versioned<?>>> e : changed.entrySet()) {
                write(e.getKey(), e.getValue());
            }
            data.putAll(changed);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private <T> void write(Kind<T> kind, java.util.NavigableMap<String, Versioned<?>> rows) {
        Path file = dir.resolve(kind.name() + ".json");
        Path tmp = dir.resolve(kind.name() + ".json.tmp");
        try {
            // The library's codec turns each record into bytes; this backend never learns the records' fields.
            ObjectNode stored = JSON.createObjectNode().put("recordFormat", RecordCodec.FORMAT_VERSION);
            ArrayNode array = stored.putArray("rows");
            for (Versioned<?> v : rows.values()) {
                array.addObject().put("version", v.version())
                        .set("record", JSON.readTree(CODEC.encode(kind, kind.type().cast(v.value()))));
            }
            JSON.writeValue(tmp.toFile(), stored);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StorageException("Could not write " + file + ": " + e.getMessage(), e);
        }
    }

    // 5. (SPI 2.1) Which council kinds this folder holds records of: every kind file that is not a standard kind,
    //    whether or not this store was opened with it, so the library can refuse subject access and erasure on a
    //    store opened without one. An erasure needs nothing more here: each commit rewrites a kind's file whole
    //    (through a new file moved into place), so no old copy of an erased value stays in the folder.
    @Override
    public Map<String, Long> heldKinds() {
        Set<String> standard = new java.util.HashSet<>();
        StandardKinds.all().forEach(k -> standard.add(k.name()));
        Map<String, Long> held = new TreeMap<>();
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                String name = file.getFileName().toString().replaceAll("\\.json$", "");
                if (!standard.contains(name)) {
                    held.put(name, (long) JSON.readTree(file.toFile()).path("rows").size());
                }
            }
        } catch (IOException e) {
            throw new StorageException("Could not list the kinds held in " + location + ": " + e.getMessage(), e);
        }
        return held;
    }

    // 4. Close: nothing to release here; the files stay.
    @Override
    public void close() {
    }
}
