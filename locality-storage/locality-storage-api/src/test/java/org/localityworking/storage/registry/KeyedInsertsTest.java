package org.localityworking.storage.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.localityworking.core.model.Organisation;
import org.localityworking.core.model.OrganisationKind;
import org.localityworking.core.model.Sector;
import org.localityworking.storage.ConcurrencyConflictException;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Query;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.Versioned;
import org.localityworking.storage.spi.BackendReader;
import org.localityworking.storage.spi.Commit;
import org.localityworking.storage.spi.PendingWrite;
import org.localityworking.storage.spi.ProviderInfo;
import org.localityworking.storage.spi.StorageBackend;
import org.localityworking.storage.spi.StorageBackendProvider;

/**
 * What {@link ProviderInfo.Capability#KEYED_INSERTS} changes in the library's check of a commit: the ids whose stored
 * versions it reads are those the unit updates or deletes, not those it creates; without the capability, every id.
 */
class KeyedInsertsTest {
    /** A map-backed backend that records every id the commit's check asks the version of. */
    static final class Recording implements StorageBackend {
        final Map<String, Versioned<?>> rows = new ConcurrentHashMap<>();
        final Set<String> asked = new TreeSet<>();
        private final boolean keyed;

        Recording(boolean keyed) {
            this.keyed = keyed;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> Optional<Versioned<T>> read(Kind<T> kind, String id) {
            return Optional.ofNullable((Versioned<T>) rows.get(id));
        }

        @Override
        public <T> List<Versioned<T>> candidates(Kind<T> kind, Query<? super T> query) {
            return List.of();
        }

        @Override
        public synchronized void commit(Commit commit) {
            commit.verify(new BackendReader() {
                @Override
                public <T> Optional<Versioned<T>> read(Kind<T> kind, String id) {
                    asked.add(id);
                    return Recording.this.read(kind, id);
                }

                @Override
                public Map<String, Long> versions(Kind<?> kind, Collection<String> ids) {
                    asked.addAll(ids);
                    return BackendReader.super.versions(kind, ids);
                }
            });
            for (PendingWrite<?> w : commit.writes()) {
                if (keyed && w.expectedVersion() == 0 && rows.containsKey(w.id())) {
                    throw new ConcurrencyConflictException(w.kind().name(), w.id(), 0, rows.get(w.id()).version());
                }
            }
            for (PendingWrite<?> w : commit.writes()) {
                rows.put(w.id(), new Versioned<>(w.value().orElseThrow(), w.newVersion()));
            }
        }

        @Override
        public void close() {
        }
    }

    private static final class Provider implements StorageBackendProvider {
        final Recording backend;
        private final boolean keyed;

        Provider(boolean keyed) {
            this.keyed = keyed;
            this.backend = new Recording(keyed);
        }

        @Override
        public ProviderInfo info() {
            return new ProviderInfo("recording", SPI_VERSION,
                    keyed ? Set.of(ProviderInfo.Capability.KEYED_INSERTS) : Set.of(), List.of("recording:x"));
        }

        @Override
        public boolean accepts(String location) {
            return location.startsWith("recording:");
        }

        @Override
        public StorageBackend open(String location, Map<String, String> options, Set<Kind<?>> kinds) {
            return backend;
        }
    }

    private static Organisation org(String id) {
        return new Organisation(id, "Group " + id, Sector.VCSE, OrganisationKind.COMMUNITY_GROUP, Optional.empty());
    }

    /** Creates three and updates one in one unit; {@return the ids whose versions the check asked} */
    private static Set<String> askedFor(boolean keyed) {
        Provider provider = new Provider(keyed);
        try (LocalityStore store = Stores.builder().provider(provider).location("recording:x").open()) {
            store.create(StandardKinds.ORGANISATION, org("org-old"));
            provider.backend.asked.clear();
            List<String> created = new ArrayList<>(List.of("org-a", "org-b", "org-c"));
            store.runInTransaction(u -> {
                created.forEach(id -> u.save(StandardKinds.ORGANISATION, org(id), 0));
                u.save(StandardKinds.ORGANISATION, org("org-old"), 1);
            });
            Set<String> unit = Set.copyOf(provider.backend.asked);
            provider.backend.asked.clear();
            store.create(StandardKinds.ORGANISATION, org("org-d"));
            assertEquals(keyed ? Set.of() : Set.of("org-d"), provider.backend.asked, "a unit of one creation");
            // the conflict still comes, from the library's check or from the backend's key
            ConcurrencyConflictException e = assertThrows(ConcurrencyConflictException.class,
                    () -> store.create(StandardKinds.ORGANISATION, org("org-a")));
            assertEquals(List.of("org-a", 0L, 1L), List.of(e.id(), e.expectedVersion(), e.actualVersion()));
            return unit;
        }
    }

    @Test
    void theCheckReadsTheVersionsOnlyOfWhatAUnitUpdatesWhenTheBackendKeysItsInserts() {
        assertEquals(Set.of("org-old"), askedFor(true));
    }

    @Test
    void withoutTheCapabilityTheCheckReadsEveryVersion() {
        assertEquals(Set.of("org-a", "org-b", "org-c", "org-old"), askedFor(false));
    }
}
