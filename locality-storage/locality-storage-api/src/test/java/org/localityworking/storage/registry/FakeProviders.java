package org.localityworking.storage.registry;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.localityworking.storage.Kind;
import org.localityworking.storage.Query;
import org.localityworking.storage.Versioned;
import org.localityworking.storage.spi.Commit;
import org.localityworking.storage.spi.ProviderInfo;
import org.localityworking.storage.spi.StorageBackend;
import org.localityworking.storage.spi.StorageBackendProvider;

/** Providers for the registry's tests; their backends hold nothing. */
final class FakeProviders {
    private FakeProviders() {
    }

    abstract static class Fake implements StorageBackendProvider {
        private final String id;
        private final String scheme;
        private final String spiVersion;

        Fake(String id, String scheme) {
            this(id, scheme, SPI_VERSION);
        }

        Fake(String id, String scheme, String spiVersion) {
            this.id = id;
            this.scheme = scheme;
            this.spiVersion = spiVersion;
        }

        @Override
        public ProviderInfo info() {
            return new ProviderInfo(id, spiVersion, Set.of(), List.of(scheme + ":example"));
        }

        @Override
        public boolean accepts(String location) {
            return location.startsWith(scheme + ":");
        }

        @Override
        public StorageBackend open(String location, Map<String, String> options, Set<Kind<?>> kinds) {
            return new EmptyBackend();
        }
    }

    public static final class Alpha extends Fake {
        public Alpha() {
            super("alpha", "alpha");
        }
    }

    public static final class AlphaToo extends Fake {
        public AlphaToo() {
            super("alpha-too", "alpha");
        }
    }

    public static final class Beta extends Fake {
        public Beta() {
            super("beta", "beta");
        }
    }

    public static final class BetaClone extends Fake {
        public BetaClone() {
            super("beta", "beta-clone");
        }
    }

    /** Built for a newer major version of the SPI. */
    public static final class Future extends Fake {
        public Future() {
            super("future", "future", "3.0");
        }
    }

    /** Built for a newer minor version: a 2.3 library must not load it. */
    public static final class NewerMinor extends Fake {
        public NewerMinor() {
            super("newer-minor", "newer", "2.4");
        }
    }

    /** Built for storage SPI 2.0, before 2.1 added heldKinds and afterErasure (with defaults). */
    public static final class OlderMinor extends Fake {
        public OlderMinor() {
            super("older-minor", "older", "2.0");
        }
    }

    public static final class Broken extends Fake {
        public Broken() {
            super("broken", "broken");
            throw new IllegalStateException("cannot start: no licence file");
        }
    }

    /** A backend that holds nothing. */
    static final class EmptyBackend implements StorageBackend {
        @Override
        public <T> Optional<Versioned<T>> read(Kind<T> kind, String id) {
            return Optional.empty();
        }

        @Override
        public <T> List<Versioned<T>> candidates(Kind<T> kind, Query<? super T> query) {
            return List.of();
        }

        @Override
        public void commit(Commit commit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
        }
    }
}
