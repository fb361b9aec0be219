package org.localityworking.examples.jsonstorage;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Query;
import org.localityworking.storage.StorageException;
import org.localityworking.storage.UnitOfWork;
import org.localityworking.storage.Versioned;
import org.localityworking.storage.spi.PendingWrite;
import org.localityworking.storage.spi.RecordLookup;
import org.localityworking.storage.spi.WriteRules;
import org.localityworking.storage.support.BufferedUnitOfWork;

/**
 * The example store: every record in memory (a sorted map per kind) and on disk (one JSON file per kind,
 * replaced atomically on commit). What a provider must do, step by step, is marked in the comments.
 */
final class JsonFilesStore implements LocalityStore {
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new Jdk8Module())
            .addModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE).build();

    private final String location;
    private final Path dir;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<Kind<?>, TreeMap<String, Versioned<?>>> data = new HashMap<>();
    private volatile boolean closed;

    JsonFilesStore(String location, Path dir) {
        this.location = location;
        this.dir = dir;
        try {
            Files.createDirectories(dir);
            for (Kind<?> kind : Kind.all()) {
                data.put(kind, load(kind));
            }
        } catch (IOException e) {
            throw new StorageException("Could not open " + location + ": " + e.getMessage(), e);
        }
    }

    private <T> TreeMap<String, Versioned<?>> load(Kind<T> kind) throws IOException {
        TreeMap<String, Versioned<?>> rows = new TreeMap<>();
        Path file = dir.resolve(kind.name() + ".json");
        if (Files.exists(file)) {
            for (JsonNode row : JSON.readTree(file.toFile())) {
                T value = JSON.treeToValue(row.get("record"), kind.type());
                rows.put(kind.id(value), new Versioned<>(value, row.get("version").asLong()));
            }
        }
        return rows;
    }

    private void requireOpen() {
        if (closed) {
            throw new StorageException("The store " + location + " is closed");
        }
    }

    @Override
    public <R> R inTransaction(Function<UnitOfWork, R> work) {
        requireOpen();
        // 1. Buffer the unit's writes; nothing touches the store until the work returns, then commit them.
        return BufferedUnitOfWork.run(this, work, this::commit);
    }

    private void commit(List<PendingWrite<?>> writes) {
        if (writes.isEmpty()) {
            return;
        }
        lock.writeLock().lock();
        try {
            requireOpen();
            // 2. Check every version first: a conflict refuses the whole unit.
            BufferedUnitOfWork.requireVersions(writes, (kind, id) -> {
                Versioned<?> current = data.get(kind).get(id);
                return current == null ? 0 : current.version();
            });
            // 3. Run the library's write rules against the unit's writes over committed data.
            WriteRules.check(writes, BufferedUnitOfWork.overCommitted(writes, new RecordLookup() {
                @Override
                public <T> Optional<T> find(Kind<T> kind, String id) {
                    return Optional.ofNullable(data.get(kind).get(id)).map(v -> kind.type().cast(v.value()));
                }
            }));
            // 4. Apply to copies, write the changed kinds' files, then swap the copies in: all or nothing in memory.
            Map<Kind<?>, TreeMap<String, Versioned<?>>> changed = new HashMap<>();
            for (PendingWrite<?> w : writes) {
                TreeMap<String, Versioned<?>> rows = changed.computeIfAbsent(w.kind(), k -> new TreeMap<>(data.get(k)));
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

    private void write(Kind<?> kind, TreeMap<String, Versioned<?>> rows) {
        ArrayNode array = JSON.createArrayNode();
        rows.values().forEach(v -> array.addObject().put("version", v.version()).set("record", JSON.valueToTree(v.value())));
        Path file = dir.resolve(kind.name() + ".json");
        Path tmp = dir.resolve(kind.name() + ".json.tmp");
        try {
            JSON.writeValue(tmp.toFile(), array);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StorageException("Could not write " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public <T> Optional<Versioned<T>> get(Kind<T> kind, String id) {
        requireOpen();
        lock.readLock().lock();
        try {
            return Optional.ofNullable(data.get(kind).get(id)).map(v -> typed(kind, v));
        } finally {
            lock.readLock().unlock();
        }
    }

    private static <T> Versioned<T> typed(Kind<T> kind, Versioned<?> v) {
        return new Versioned<>(kind.type().cast(v.value()), v.version());
    }

    @Override
    public <T> List<Versioned<T>> query(Kind<T> kind, Query query) {
        requireOpen();
        // 5. Refuse a query on a dimension the kind lacks; then match every part of it (here by scanning).
        query.requireSupportedBy(kind);
        lock.readLock().lock();
        try {
            List<Versioned<T>> result = new ArrayList<>();
            for (Versioned<?> v : data.get(kind).values()) {
                Versioned<T> t = typed(kind, v);
                if (query.matches(kind, t.value())) {
                    result.add(t);
                }
            }
            return result;
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public void close() {
        closed = true;
    }
}
