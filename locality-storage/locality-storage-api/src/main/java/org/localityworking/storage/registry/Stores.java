package org.localityworking.storage.registry;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.localityworking.core.ValidationException;
import org.localityworking.core.plugin.PluginException;
import org.localityworking.core.plugin.PluginRegistry;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Kind;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.internal.BackendStore;
import org.localityworking.storage.spi.OpenMode;
import org.localityworking.storage.spi.StorageBackendProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point for opening a store. A store always has a location that the caller names: the library
 * never creates a database on its own.
 *
 * <pre>{@code
 * try (LocalityStore store = Stores.open("sqlite:./data/trafford.db")) { ... }
 * try (LocalityStore store = Stores.builder().location("memory:").open()) { ... }
 * }</pre>
 *
 * <p>The provider is chosen, in this order: the one given to {@link Builder#provider}; the class named by
 * the system property {@value #PROVIDER_PROPERTY}, selected by class name among the providers
 * {@link java.util.ServiceLoader} offers (so it works on the module path too); otherwise the one provider
 * that {@link StorageProviderRegistry#discover() discovery} finds for the location. The first two bypass
 * discovery's ambiguity rule.
 */
@API(status = STABLE, since = "1.0")
public final class Stores {
    /** The system property that names a provider class explicitly, bypassing discovery. */
    public static final String PROVIDER_PROPERTY = "localityworking.storage.provider";

    private static final Logger LOG = LoggerFactory.getLogger(Stores.class);
    private static final String LOCATION_RULE = "is required: name the store, for example memory: (in memory),"
            + " sqlite:./data/locality.db or postgresql://HOST:5432/DB?user=U&password=P";

    private Stores() {
    }

    /**
     * Opens the store at the location with the provider discovery finds for it.
     *
     * @param location the location, for example {@code memory:} or {@code sqlite:./data/trafford.db}
     * @return the open store
     * @throws ValidationException when the location is blank
     * @throws PluginException     when no provider, or several, accept the location
     */
    public static LocalityStore open(String location) {
        return builder().location(location).open();
    }

    /** {@return a builder with no location yet: {@link Builder#location} must be called before opening} */
    public static Builder builder() {
        return new Builder();
    }

    /** Chooses a location, a provider and options, then opens a store. */
    public static final class Builder {
        private String location;
        private StorageBackendProvider provider;
        private PluginRegistry<StorageBackendProvider> registry;
        private final Map<String, String> options = new LinkedHashMap<>();
        private final List<Kind<?>> custom = new ArrayList<>();
        private OpenMode mode = OpenMode.CREATE_IF_MISSING;

        private Builder() {
        }

        /**
         * {@return this builder} Without it the store is created where nothing is yet; with
         * {@link OpenMode#MUST_EXIST} (for work that only reads) opening fails with
         * {@link org.localityworking.storage.NoStoreException} where no store is, and creates nothing. A provider
         * built for storage SPI 2.0 or 2.1 cannot be asked: the library opens it as before and says so in its log.
         *
         * @param mode how to open
         */
        public Builder openMode(OpenMode mode) {
            if (mode == null) {
                throw new ValidationException("Stores.openMode", null, "is required: CREATE_IF_MISSING or MUST_EXIST");
            }
            this.mode = mode;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param location where the store lives, for example {@code memory:} or {@code sqlite:./data/locality.db}
         * @throws ValidationException when the location is blank
         */
        public Builder location(String location) {
            if (location == null || location.isBlank()) {
                throw new ValidationException("Stores.location", location, LOCATION_RULE);
            }
            this.location = location;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param provider the provider to open the location with, bypassing discovery
         */
        public Builder provider(StorageBackendProvider provider) {
            if (provider == null) {
                throw new ValidationException("Stores.provider", null, "is required");
            }
            this.provider = provider;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param registry the providers to choose from instead of discovering them
         */
        public Builder registry(PluginRegistry<StorageBackendProvider> registry) {
            if (registry == null) {
                throw new ValidationException("Stores.registry", null, "is required");
            }
            this.registry = registry;
            return this;
        }

        /**
         * {@return this builder, passing the option to the provider}
         *
         * @param key   the option, for example {@code poolSize}
         * @param value its value
         */
        public Builder option(String key, String value) {
            if (key == null || key.isBlank() || value == null) {
                throw new ValidationException("Stores.option", key + "=" + value, "needs a key and a value");
            }
            options.put(key, value);
            return this;
        }

        /**
         * Adds a council's own kind of record to the store, beside the {@linkplain org.localityworking.storage.StandardKinds standard
         * kinds}: the store keeps, queries, checks, exports (subject access) and erases its records like any
         * other. Give kinds that refer to one another in order, the referred-to kind first.
         *
         * @param kind a kind built with {@link Kind#builder}
         * @return this builder
         * @throws ValidationException when the kind is missing, or its name is already taken by a standard kind or
         *         by a kind given before
         */
        public Builder kind(Kind<?> kind) {
            if (kind == null) {
                throw new ValidationException("Stores.kind", null, "is required");
            }
            for (Kind<?> k : StandardKinds.all()) {
                if (k.name().equals(kind.name())) {
                    throw new ValidationException("Stores.kind", kind.name(), kind == k
                            ? "is a standard kind, which every store holds already"
                            : "is the name of a standard kind: give the council's own kind a name of its own");
                }
            }
            for (Kind<?> k : custom) {
                if (k.name().equals(kind.name())) {
                    throw new ValidationException("Stores.kind", kind.name(), "was given twice: each kind's name must be unique in a store");
                }
            }
            custom.add(kind);
            return this;
        }

        /**
         * Adds several of a council's own kinds; see {@link #kind(Kind)}.
         *
         * @param kinds the kinds, in order
         * @return this builder
         */
        public Builder kinds(List<Kind<?>> kinds) {
            if (kinds == null) {
                throw new ValidationException("Stores.kinds", null, "is required");
            }
            kinds.forEach(this::kind);
            return this;
        }

        /**
         * Opens the store.
         *
         * @return the open store
         * @throws ValidationException when no location was given, or the location or an option is malformed
         * @throws PluginException     when no provider (or several) accepts the location, or the explicit
         *                             choice names no provider
         * @throws org.localityworking.storage.StorageException when the store cannot be opened
         */
        public LocalityStore open() {
            if (location == null) {
                throw new ValidationException("Stores.location", "(none given)", LOCATION_RULE);
            }
            List<Kind<?>> kinds = storeKinds();
            StorageBackendProvider chosen = choose();
            String id = chosen.info().id();
            LOG.info("Opening store {} with provider {} ({}){}", shown(location), id, chosen.getClass().getName(),
                    custom.isEmpty() ? "" : " and the council's own kinds " + custom);
            if (mode == OpenMode.MUST_EXIST && !OpenMode.takenBy(chosen.info().spiVersion())) {
                LOG.warn("The storage provider {} was built for storage SPI {}, before a store could be opened only if it"
                        + " exists: it may create one at {}", id, chosen.info().spiVersion(), shown(location));
            }
            org.localityworking.storage.spi.StorageBackend backend;
            try {
                backend = chosen.open(location, Map.copyOf(options), Set.copyOf(kinds), mode);
            } catch (LinkageError e) {
                // a plug-in whose own dependency is missing fails only when it first uses it: say which, in one line
                throw new PluginException("The storage provider " + id + " (" + chosen.getClass().getName()
                        + ") could not open the store: " + PluginRegistry.missingClass(e).map(c -> "it needs the class " + c
                        + ", which is on neither the class path nor the module path. Add the jar that holds it beside the"
                        + " provider's jar").orElse("it was built against something other than what is on the class"
                        + " path (" + e + ")"), e);
            }
            return new BackendStore(backend, location, id, kinds,
                    chosen.info().has(org.localityworking.storage.spi.ProviderInfo.Capability.EXACT_QUERIES),
                    chosen.info().has(org.localityworking.storage.spi.ProviderInfo.Capability.KEYED_INSERTS));
        }

        /** {@return the location as a log may show it: without a query (options, a password) or a user's details} */
        static String shown(String location) {
            String s = location.contains("?") ? location.substring(0, location.indexOf('?')) + "?..." : location;
            int scheme = s.indexOf("//");
            int at = s.indexOf('@');
            return scheme >= 0 && at > scheme ? s.substring(0, scheme + 2) + "..." + s.substring(at) : s;
        }

        /** The standard kinds, then the custom ones; each reference must point at a kind before it. */
        private List<Kind<?>> storeKinds() {
            List<Kind<?>> kinds = new ArrayList<>(StandardKinds.all());
            Map<Kind<?>, Integer> position = new HashMap<>();
            kinds.addAll(custom);
            for (int i = 0; i < kinds.size(); i++) {
                position.put(kinds.get(i), i);
            }
            for (Kind<?> k : custom) {
                for (Kind<?> target : k.referencedKinds()) {
                    Integer at = position.get(target);
                    if (at == null) {
                        throw new ValidationException("Stores.kind", k.name(), "refers to the kind " + target.name()
                                + ", which the store would not hold: add that kind too, before " + k.name());
                    }
                    if (target != k && at > position.get(k)) {
                        throw new ValidationException("Stores.kind", k.name(), "refers to the kind " + target.name()
                                + ", given after it: give the referred-to kind first");
                    }
                }
            }
            return List.copyOf(kinds);
        }

        private StorageBackendProvider choose() {
            if (provider != null) {
                return provider;
            }
            Optional<String> explicit = Optional.ofNullable(System.getProperty(PROVIDER_PROPERTY))
                    .filter(s -> !s.isBlank());
            if (explicit.isPresent()) {
                StorageBackendProvider p;
                try {
                    p = StorageProviderRegistry.byClassName(StorageProviderRegistry.defaultLoader(), explicit.get());
                } catch (PluginException e) {
                    throw new PluginException("-D" + PROVIDER_PROPERTY + "=" + explicit.get() + ": "
                            + e.getMessage(), e);
                }
                LOG.info("Storage provider chosen by -D{}={}: {}", PROVIDER_PROPERTY, explicit.get(), p.info().id());
                if (!p.accepts(location)) {
                    throw new PluginException("The storage provider " + explicit.get() + " chosen by -D"
                            + PROVIDER_PROPERTY + " does not accept the location '" + location + "'; it accepts "
                            + String.join(", ", p.info().locationExamples()));
                }
                return p;
            }
            return StorageProviderRegistry.forLocation(
                    registry != null ? registry : StorageProviderRegistry.discover(), location);
        }
    }
}
