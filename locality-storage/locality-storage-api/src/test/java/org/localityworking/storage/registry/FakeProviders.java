package org.localityworking.storage.registry;

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
import org.localityworking.storage.spi.StorageProvider;

/** Providers for the registry's tests; their stores only report where they were opened. */
final class FakeProviders {
    private FakeProviders() {
    }

    abstract static class Fake implements StorageProvider {
        private final String id;
        private final String scheme;

        Fake(String id, String scheme) {
            this.id = id;
            this.scheme = scheme;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public int spiVersion() {
            return SPI_VERSION;
        }

        @Override
        public boolean accepts(String location) {
            return location.startsWith(scheme + ":");
        }

        @Override
        public List<String> locationExamples() {
            return List.of(scheme + ":example");
        }

        @Override
        public LocalityStore open(String location, Map<String, String> options) {
            return new LocationOnlyStore(location + " via " + id);
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

    public static final class Future extends Fake {
        public Future() {
            super("future", "future");
        }

        @Override
        public int spiVersion() {
            return 2;
        }
    }

    public static final class Broken extends Fake {
        public Broken() {
            super("broken", "broken");
            throw new IllegalStateException("cannot start: no licence file");
        }
    }

    /** A store that knows only its location. */
    record LocationOnlyStore(String location) implements LocalityStore {
        @Override
        public <R> R inTransaction(Function<UnitOfWork, R> work) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> Optional<Versioned<T>> get(Kind<T> kind, String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> List<Versioned<T>> query(Kind<T> kind, Query query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ErasureReport erasePerson(String personId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
        }
    }
}
