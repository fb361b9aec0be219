package org.localityworking.storage.memory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.localityworking.storage.ErasureReport;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Query;
import org.localityworking.storage.UnitOfWork;
import org.localityworking.storage.Versioned;
import org.localityworking.storage.registry.StorageProviderRegistry;
import org.localityworking.storage.spi.StorageProvider;

/**
 * Deliberately broken providers, each wrapping the memory store with one fault, to show that the kit
 * catches it: lost updates, half-committed units of work, ignored erasure.
 */
final class BrokenProviders {
    private BrokenProviders() {
    }

    /** The fault a broken provider injects. */
    enum Fault {
        /** Saves ignore the expected version: read-modify-write races overwrite each other silently. */
        LOSES_UPDATES,
        /** Each write of a unit is committed at once, so a failure half way leaves half the unit. */
        COMMITS_HALF_A_UNIT,
        /** Erasure reports success and changes nothing. */
        IGNORES_ERASURE
    }

    /** A provider that opens memory stores with the fault. */
    static StorageProvider provider(Fault fault) {
        StorageProvider memory = StorageProviderRegistry.of(new MemoryStorageProvider());
        return new StorageProvider() {
            @Override
            public String id() {
                return memory.id();
            }

            @Override
            public int spiVersion() {
                return memory.spiVersion();
            }

            @Override
            public boolean accepts(String location) {
                return memory.accepts(location);
            }

            @Override
            public List<String> locationExamples() {
                return memory.locationExamples();
            }

            @Override
            public LocalityStore open(String location, Map<String, String> options) {
                return new FaultyStore(memory.open(location, options), fault);
            }
        };
    }

    private record FaultyStore(LocalityStore delegate, Fault fault) implements LocalityStore {
        @Override
        public <R> R inTransaction(Function<UnitOfWork, R> work) {
            return switch (fault) {
                case COMMITS_HALF_A_UNIT -> work.apply(new AutoCommitUnit(delegate));
                case LOSES_UPDATES -> delegate.inTransaction(u -> work.apply(new IgnoreVersionUnit(delegate, u)));
                case IGNORES_ERASURE -> delegate.inTransaction(work);
            };
        }

        @Override
        public <T> Optional<Versioned<T>> get(Kind<T> kind, String id) {
            return delegate.get(kind, id);
        }

        @Override
        public <T> List<Versioned<T>> query(Kind<T> kind, Query query) {
            return delegate.query(kind, query);
        }

        @Override
        public ErasureReport erasePerson(String personId) {
            if (fault == Fault.IGNORES_ERASURE) {
                return new ErasureReport(personId, List.of(), List.of());
            }
            return LocalityStore.super.erasePerson(personId);
        }

        @Override
        public String location() {
            return delegate.location();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }

    /** Writes straight through to the store, one committed write at a time. */
    private record AutoCommitUnit(LocalityStore store) implements UnitOfWork {
        @Override
        public <T> Versioned<T> save(Kind<T> kind, T value, long expectedVersion) {
            return store.save(kind, value, expectedVersion);
        }

        @Override
        public <T> void delete(Kind<T> kind, String id, long expectedVersion) {
            store.delete(kind, id, expectedVersion);
        }

        @Override
        public <T> Optional<Versioned<T>> get(Kind<T> kind, String id) {
            return store.get(kind, id);
        }
    }

    /** Replaces the caller's expected version with whatever is stored a moment before writing. */
    private record IgnoreVersionUnit(LocalityStore store, UnitOfWork unit) implements UnitOfWork {
        @Override
        public <T> Versioned<T> save(Kind<T> kind, T value, long expectedVersion) {
            Thread.yield();
            long current = store.get(kind, kind.id(value)).map(Versioned::version).orElse(0L);
            return store.save(kind, value, current);
        }

        @Override
        public <T> void delete(Kind<T> kind, String id, long expectedVersion) {
            unit.delete(kind, id, expectedVersion);
        }

        @Override
        public <T> Optional<Versioned<T>> get(Kind<T> kind, String id) {
            return unit.get(kind, id);
        }
    }
}
