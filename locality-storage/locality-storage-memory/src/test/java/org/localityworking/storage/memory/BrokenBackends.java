package org.localityworking.storage.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.localityworking.core.ValidationException;
import org.localityworking.storage.Dimension;
import org.localityworking.storage.Kind;
import org.localityworking.storage.Query;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.StorageException;
import org.localityworking.storage.Versioned;
import org.localityworking.storage.codec.RecordCodec;
import org.localityworking.storage.spi.BackendReader;
import org.localityworking.storage.spi.Commit;
import org.localityworking.storage.spi.PendingWrite;
import org.localityworking.storage.spi.ProviderInfo;
import org.localityworking.storage.spi.StorageBackend;
import org.localityworking.storage.spi.StorageBackendProvider;

/**
 * A small backend written as a third party would write one (a map per kind, one read-write lock), with one
 * deliberate defect at a time, to show that the kit catches whole classes of defects. {@link Fault#NONE} is
 * the healthy one.
 */
@SuppressWarnings({"JavaUtilDate", "ReferenceEquality", "ThreadPriorityCheck"}) // faults injected on purpose
final class BrokenBackends {
    private BrokenBackends() {
    }

    /** The defect a backend injects. */
    enum Fault {
        /** None: the healthy backend the broken ones are variants of. */
        NONE,
        /** Tells the library's check that each written record is at the version the write expects. */
        LOSES_UPDATES,
        /** Applies the first half of a batch before checking it, so a refused unit leaves half behind. */
        COMMITS_HALF_A_UNIT,
        /** Never calls the library's check: refused units are written anyway. */
        SKIPS_VERIFY,
        /** Answers queries from a secondary index that is filled on insert and never updated or cleared. */
        STALE_INDEX,
        /** Reports version 1 for every query result. */
        WRONG_VERSIONS_IN_QUERIES,
        /** Answers queries for the first council it was given only: another council's records never come back. */
        ONE_COUNCIL_ONLY,
        /** Returns a locality's records also under any locality id that is a prefix of it, and drops exact matches of short ids. */
        PREFIX_KEYS,
        /** Reads by id without the lock while a commit applies its writes one by one. */
        FRACTURED_READS,
        /** Returns each query result twice. */
        DUPLICATE_RESULTS,
        /** Ignores deletes. */
        IGNORES_DELETES,
        /** Declares itself persistent but keeps nothing when closed. */
        FORGETS_ON_REOPEN,
        /** Declares its commits durable but writes its file only on close, so a killed process loses them all. */
        WRITES_ON_CLOSE_ONLY,
        /** Keeps a file (written on close) but declares itself non-persistent, so the reopen cases would be skipped. */
        FILES_BUT_CLAIMS_MEMORY,
        /**
         * What SQLite's own rollback did to a careless backend: after 1,000 writes its transaction ends, the rest
         * of the unit is written record by record, and the commit then fails ("no transaction is active").
         */
        WRITES_ON_AFTER_ITS_TRANSACTION_ENDED,
        /** Writes 1,000 records of a large unit, then refuses it saying nothing was written. */
        REFUSES_AFTER_WRITING_PART,
        /** Declares MULTI_PROCESS, but each process has its own memory. */
        CLAIMS_MULTI_PROCESS,
        /** Declares SNAPSHOT_QUERIES, but a query reads record by record while a commit applies its writes. */
        CLAIMS_SNAPSHOT_QUERIES,
        /** Keys its tables by the id in lower case, so ids that differ only in case are one record. */
        FOLDS_CASE,
        /** Matches date ranges through java.util.Date at midnight UTC read in the default time zone. */
        SHIFTS_DATES,
        /** A commit never returns. */
        HANGS,
        /** Declares durable commits, but cannot open outside the test's own JVM: the crash trial's child fails. */
        FAILS_IN_A_CHILD_PROCESS,
        /** Persistent through a journal it only appends to, so an erased value stays in the file's earlier lines. */
        APPENDS_EVERY_VERSION,
        /** Persistent, but keeps no register of the council's own kinds it holds (and skips them on reopen). */
        FORGETS_ITS_KINDS,
        /** Persistent, but creates its file on open even when the store was to be opened only if it exists. */
        IGNORES_OPEN_MODE,
        /** Answers versions for many ids from the first 500 only, as a query that forgot its later chunks would. */
        VERSIONS_OF_THE_FIRST_500,
        /** Declares KEYED_INSERTS, but a creation of an id it holds overwrites the stored record. */
        CLAIMS_KEYED_INSERTS
    }

    /** Set in the test's JVM only, so a child JVM of the kit can tell it is one. */
    static final String IN_THE_TEST_JVM = "localityworking.broken.inTheTestJvm";

    /** What the child of {@link Fault#FAILS_IN_A_CHILD_PROCESS} says, so a test can look for it in the kit's failure. */
    static final String CHILD_ERROR = "the broken backend cannot open in this process (its own error, for the kit to show)";

    /**
     * The provider of broken backends: {@code broken:FAULT:PATH} opens a backend with that fault (its file,
     * for the faults that keep one, at PATH); what it declares follows {@link BrokenKitRun#fault}.
     * Registered in the test class path's {@code META-INF/services}, so the kit's discovery cases find it
     * through the production registry, and its crash trial can start it in a child JVM.
     */
    public static final class Provider implements StorageBackendProvider {
        private final Fault fault = BrokenKitRun.fault;

        /** As ServiceLoader requires. */
        public Provider() {
        }

        @Override
        public ProviderInfo info() {
            Set<ProviderInfo.Capability> declared = switch (fault) {
                case FORGETS_ON_REOPEN -> Set.of(ProviderInfo.Capability.PERSISTENT);
                case CLAIMS_MULTI_PROCESS -> Set.of(ProviderInfo.Capability.MULTI_PROCESS);
                case CLAIMS_SNAPSHOT_QUERIES -> Set.of(ProviderInfo.Capability.SNAPSHOT_QUERIES);
                case CLAIMS_KEYED_INSERTS -> Set.of(ProviderInfo.Capability.KEYED_INSERTS);
                case WRITES_ON_CLOSE_ONLY, FAILS_IN_A_CHILD_PROCESS -> Set.of(ProviderInfo.Capability.PERSISTENT,
                        ProviderInfo.Capability.DURABLE_AT_COMMIT);
                case APPENDS_EVERY_VERSION, FORGETS_ITS_KINDS, IGNORES_OPEN_MODE ->
                        Set.of(ProviderInfo.Capability.PERSISTENT);
                default -> Set.of();
            };
            return new ProviderInfo("broken", SPI_VERSION, declared, List.of("broken:NONE:/tmp/x"));
        }

        @Override
        public boolean accepts(String location) {
            return location != null && location.startsWith("broken:");
        }

        @Override
        public StorageBackend open(String location, Map<String, String> options, Set<Kind<?>> kinds,
                                   org.localityworking.storage.spi.OpenMode mode) {
            if (accepts(location) && mode == org.localityworking.storage.spi.OpenMode.MUST_EXIST) {
                String[] parts = location.split(":", 3);
                Fault f = Fault.valueOf(parts[1]);
                if (f != Fault.IGNORES_OPEN_MODE && !java.nio.file.Files.exists(java.nio.file.Path.of(parts[2]))) {
                    throw new org.localityworking.storage.NoStoreException(location, "its file does not exist");
                }
            }
            return open(location, options, kinds);
        }

        @Override
        public StorageBackend open(String location, Map<String, String> options, Set<Kind<?>> kinds) {
            if (!accepts(location)) {
                throw new ValidationException("location", location, "must be broken:NAME");
            }
            if (!options.isEmpty()) {
                String key = options.keySet().iterator().next();
                throw new ValidationException("options." + key, options.get(key), "the broken provider takes no options");
            }
            String[] parts = location.split(":", 3);
            return new Backend(Fault.valueOf(parts[1]), java.nio.file.Path.of(parts[2]), kinds);
        }
    }

    private static final class Backend implements StorageBackend {
        private final Fault fault;
        private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
        private final Map<Kind<?>, Map<String, Versioned<?>>> rows = new ConcurrentHashMap<>();
        private final Map<Kind<?>, Map<String, Versioned<?>>> index = new ConcurrentHashMap<>();
        private final java.nio.file.Path file;
        private String firstCouncil;

        Backend(Fault fault, java.nio.file.Path file, Set<Kind<?>> kinds) {
            if (fault == Fault.FAILS_IN_A_CHILD_PROCESS && System.getProperty(IN_THE_TEST_JVM) == null) {
                throw new StorageException(CHILD_ERROR);
            }
            this.fault = fault;
            this.file = file;
            if (keepsFile() && java.nio.file.Files.exists(file)) {
                load(kinds);
            } else if (fault == Fault.IGNORES_OPEN_MODE) {
                save(); // an empty store's file, created on open whatever the mode
            }
        }

        private boolean keepsFile() {
            return fault == Fault.WRITES_ON_CLOSE_ONLY || fault == Fault.FILES_BUT_CLAIMS_MEMORY
                    || fault == Fault.FAILS_IN_A_CHILD_PROCESS || fault == Fault.APPENDS_EVERY_VERSION
                    || fault == Fault.FORGETS_ITS_KINDS || fault == Fault.IGNORES_OPEN_MODE;
        }

        /** One line a record: kind, version, and the codec's bytes in Base64. */
        private void load(Set<Kind<?>> kinds) {
            try {
                for (String line : java.nio.file.Files.readAllLines(file)) {
                    String[] f = line.split("\t");
                    Optional<Kind<?>> kind = kinds.stream().filter(k -> k.name().equals(f[0])).findFirst();
                    if (kind.isEmpty()) {
                        continue; // a kind this store was not opened with: skipped, and forgotten
                    }
                    if (f[1].equals("-")) {
                        rows(kind.get()).remove(f[2]);
                        continue;
                    }
                    loadOne(kind.get(), Long.parseLong(f[1]), f[2].startsWith("json:")
                            ? f[2].substring(5).getBytes(java.nio.charset.StandardCharsets.UTF_8)
                            : java.util.Base64.getDecoder().decode(f[2]));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private <T> void loadOne(Kind<T> kind, long version, byte[] bytes) {
            T value = RecordCodec.standard().decode(kind, bytes);
            Versioned<T> row = new Versioned<>(value, version);
            rows(kind).put(kind.id(value), row);
            index.computeIfAbsent(kind, k -> new ConcurrentHashMap<>()).put(kind.id(value), row);
        }

        private void save() {
            List<String> lines = new ArrayList<>();
            rows.forEach((kind, table) -> table.values().forEach(v -> lines.add(line(kind, v))));
            try {
                java.nio.file.Files.createDirectories(file.getParent());
                java.nio.file.Files.write(file, lines);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** The journal of {@link Fault#APPENDS_EVERY_VERSION}: each write a line, appended, never rewritten. */
        private void append(List<PendingWrite<?>> writes) {
            List<String> lines = new ArrayList<>();
            for (PendingWrite<?> w : writes) {
                // the codec's JSON as it is (compact, one line), as a careless journal keeps it
                lines.add(w.isDelete() ? w.kind().name() + "\t-\t" + w.id() : w.kind().name() + "\t" + w.newVersion()
                        + "\tjson:" + json(w));
            }
            try {
                java.nio.file.Files.createDirectories(file.getParent());
                java.nio.file.Files.write(file, lines, java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @SuppressWarnings("unchecked")
        private static <T> String json(PendingWrite<T> w) {
            return new String(RecordCodec.standard().encode(w.kind(), w.value().orElseThrow()),
                    java.nio.charset.StandardCharsets.UTF_8);
        }

        /** The council kinds in the file (all but {@link Fault#FORGETS_ITS_KINDS} keep this register). */
        @Override
        public Map<String, Long> heldKinds() {
            if (!keepsFile() || fault == Fault.FORGETS_ITS_KINDS || !java.nio.file.Files.exists(file)) {
                return Map.of();
            }
            Set<String> standard = new java.util.HashSet<>();
            StandardKinds.all().forEach(k -> standard.add(k.name()));
            Map<String, Set<String>> ids = new HashMap<>();
            try {
                for (String line : java.nio.file.Files.readAllLines(file)) {
                    String[] f = line.split("\t");
                    if (!standard.contains(f[0])) {
                        ids.computeIfAbsent(f[0], k -> new java.util.HashSet<>()).add(f[1] + f[2]);
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Map<String, Long> held = new HashMap<>();
            ids.forEach((k, v) -> held.put(k, (long) v.size()));
            return held;
        }

        private static <T> String line(Kind<T> kind, Versioned<?> v) {
            return kind.name() + "\t" + v.version() + "\t" + java.util.Base64.getEncoder().encodeToString(
                    RecordCodec.standard().encode(kind, kind.type().cast(v.value())));
        }

        private Map<String, Versioned<?>> rows(Kind<?> kind) {
            return rows.computeIfAbsent(kind, k -> new ConcurrentHashMap<>());
        }

        private String key(String id) {
            return fault == Fault.FOLDS_CASE ? id.toLowerCase(java.util.Locale.ROOT) : id;
        }

        /** The day as a careless backend reads it back: midnight UTC as a java.util.Date, in the default zone. */
        private static java.time.LocalDate shifted(java.time.LocalDate day) {
            java.util.Date date = new java.util.Date(day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli());
            return date.toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate();
        }

        @SuppressWarnings("unchecked")
        private static <T> Optional<Versioned<T>> typed(Versioned<?> v) {
            return Optional.ofNullable((Versioned<T>) v);
        }

        private final BackendReader committed = new BackendReader() {
            @Override
            public <T> Optional<Versioned<T>> read(Kind<T> kind, String id) {
                return typed(rows(kind).get(key(id)));
            }
        };

        @Override
        public <T> Optional<Versioned<T>> read(Kind<T> kind, String id) {
            if (fault == Fault.FRACTURED_READS) {
                return committed.read(kind, id);
            }
            lock.readLock().lock();
            try {
                return committed.read(kind, id);
            } finally {
                lock.readLock().unlock();
            }
        }

        @Override
        public java.util.Map<String, Long> versions(Kind<?> kind, java.util.Collection<String> ids) {
            List<String> asked = new ArrayList<>(ids);
            return StorageBackend.super.versions(kind, fault == Fault.VERSIONS_OF_THE_FIRST_500 && asked.size() > 500
                    ? asked.subList(0, 500) : asked);
        }

        @Override
        public <T> List<Versioned<T>> candidates(Kind<T> kind, Query<? super T> query) {
            if (fault == Fault.CLAIMS_SNAPSHOT_QUERIES) {
                List<Versioned<T>> out = new ArrayList<>();
                for (Versioned<?> v : rows(kind).values()) {
                    out.add(new Versioned<>(kind.type().cast(v.value()), v.version()));
                    if (out.size() % 100 == 0) {
                        pause();
                    }
                }
                return out;
            }
            lock.readLock().lock();
            try {
                List<Versioned<T>> out = new ArrayList<>();
                Map<String, Versioned<?>> source = fault == Fault.STALE_INDEX
                        ? index.getOrDefault(kind, Map.of()) : rows(kind);
                for (Versioned<?> v : source.values()) {
                    T value = kind.type().cast(v.value());
                    if (fault == Fault.ONE_COUNCIL_ONLY && firstCouncil != null
                            && kind.dimensions().contains(Dimension.COUNCIL)
                            && !kind.keys(value, Dimension.COUNCIL).contains(firstCouncil)) {
                        continue;
                    }
                    if (fault == Fault.PREFIX_KEYS && query.localityId().isPresent()) {
                        String wanted = query.localityId().get();
                        Set<String> keys = kind.keys(value, Dimension.LOCALITY);
                        boolean longer = keys.stream().anyMatch(k -> k.startsWith(wanted) && !k.equals(wanted));
                        if (!longer && wanted.length() <= 3) {
                            continue;
                        }
                    }
                    if (fault == Fault.SHIFTS_DATES && kind.date(value).isPresent()) {
                        java.time.LocalDate day = shifted(kind.date(value).get());
                        if (query.from().filter(day::isBefore).isPresent() || query.to().filter(day::isAfter).isPresent()) {
                            continue;
                        }
                    }
                    Versioned<T> row = new Versioned<>(value, fault == Fault.WRONG_VERSIONS_IN_QUERIES ? 1 : v.version());
                    out.add(row);
                    if (fault == Fault.DUPLICATE_RESULTS) {
                        out.add(row);
                    }
                }
                return out;
            } finally {
                lock.readLock().unlock();
            }
        }

        @Override
        public void commit(Commit commit) {
            lock.writeLock().lock();
            try {
                List<PendingWrite<?>> writes = commit.writes();
                switch (fault) {
                    case HANGS -> {
                        try {
                            Thread.sleep(java.time.Duration.ofHours(1).toMillis());
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        throw new StorageException("interrupted while hanging");
                    }
                    case WRITES_ON_AFTER_ITS_TRANSACTION_ENDED, REFUSES_AFTER_WRITING_PART -> {
                        commit.verify(committed);
                        for (int i = 0; i < writes.size(); i++) {
                            if (i == 1_000) {
                                if (fault == Fault.REFUSES_AFTER_WRITING_PART) {
                                    throw new StorageException("The store is busy. Nothing of this unit of work was written");
                                }
                            }
                            apply(writes.get(i));
                        }
                        if (writes.size() > 1_000) {
                            throw new StorageException("Could not commit a unit of work: cannot commit - no transaction"
                                    + " is active");
                        }
                        return;
                    }
                    case LOSES_UPDATES -> commit.verify(lyingAboutVersions(writes));
                    case SKIPS_VERIFY -> { }
                    case COMMITS_HALF_A_UNIT -> {
                        BackendReader before = snapshot(writes);
                        writes.subList(0, (writes.size() + 1) / 2).forEach(this::apply);
                        commit.verify(before);
                        writes.subList((writes.size() + 1) / 2, writes.size()).forEach(this::apply);
                        return;
                    }
                    default -> commit.verify(committed);
                }
                for (PendingWrite<?> w : writes) {
                    apply(w);
                    if (fault == Fault.CLAIMS_SNAPSHOT_QUERIES && writes.size() >= 100 && w == writes.get(writes.size() / 2)) {
                        pause();
                    }
                    if (fault == Fault.FRACTURED_READS || fault == Fault.CLAIMS_SNAPSHOT_QUERIES) {
                        Thread.yield();
                    }
                }
                if (fault == Fault.APPENDS_EVERY_VERSION) {
                    append(writes);
                } else if (fault == Fault.FORGETS_ITS_KINDS) {
                    save();
                }
            } finally {
                lock.writeLock().unlock();
            }
        }

        private static void pause() {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** The committed state as it was before the batch, for a check run after part of it was applied. */
        private BackendReader snapshot(List<PendingWrite<?>> writes) {
            Map<String, Optional<Versioned<?>>> before = new HashMap<>();
            writes.forEach(w -> before.put(w.kind().name() + '\u0000' + w.id(),
                    Optional.ofNullable(rows(w.kind()).get(key(w.id())))));
            return new BackendReader() {
                @Override
                public <T> Optional<Versioned<T>> read(Kind<T> kind, String id) {
                    Optional<Versioned<?>> old = before.get(kind.name() + '\u0000' + id);
                    return old != null ? typed(old.orElse(null)) : committed.read(kind, id);
                }
            };
        }

        private BackendReader lyingAboutVersions(List<PendingWrite<?>> writes) {
            Map<String, Long> expected = new HashMap<>();
            writes.forEach(w -> expected.put(w.kind().name() + '\u0000' + w.id(), w.expectedVersion()));
            return new BackendReader() {
                @Override
                public <T> Optional<Versioned<T>> read(Kind<T> kind, String id) {
                    Long claimed = expected.get(kind.name() + '\u0000' + id);
                    Optional<Versioned<T>> real = committed.read(kind, id);
                    if (claimed == null) {
                        return real;
                    }
                    return claimed == 0 ? Optional.empty()
                            : real.map(v -> new Versioned<>(v.value(), claimed));
                }
            };
        }

        private <T> void apply(PendingWrite<T> w) {
            Map<String, Versioned<?>> table = rows(w.kind());
            if (w.isDelete()) {
                if (fault != Fault.IGNORES_DELETES) {
                    table.remove(key(w.id()));
                }
                return;
            }
            T value = w.value().orElseThrow();
            Versioned<T> row = new Versioned<>(value, w.newVersion());
            if (firstCouncil == null && w.kind() == StandardKinds.COUNCIL) {
                firstCouncil = w.id();
            }
            if (!table.containsKey(key(w.id()))) {
                index.computeIfAbsent(w.kind(), k -> new ConcurrentHashMap<>()).put(key(w.id()), row);
            }
            table.put(key(w.id()), row);
        }

        @Override
        public void close() {
            if (keepsFile() && fault != Fault.APPENDS_EVERY_VERSION) {
                save();
            }
            rows.clear();
        }
    }
}
