package org.localityworking.storage.registry;

import java.lang.reflect.InvocationTargetException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.localityworking.core.ValidationException;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StorageException;
import org.localityworking.storage.spi.StorageProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point for opening a store.
 *
 * <pre>{@code
 * try (LocalityStore store = Stores.open("sqlite:./data/trafford.db")) { ... }
 * try (LocalityStore store = Stores.builder().location("memory:").open()) { ... }
 * }</pre>
 *
 * <p>The provider is chosen, in this order: the one given to {@link Builder#provider}; the class named by
 * the system property {@value #PROVIDER_PROPERTY}; otherwise the one provider that
 * {@link StorageProviderRegistry#discover() discovery} finds for the location. The first two bypass discovery.
 */
public final class Stores {
    /** The system property that names a provider class explicitly, bypassing discovery. */
    public static final String PROVIDER_PROPERTY = "localityworking.storage.provider";
    /** Where the store lives when embedding code gives no location: an SQLite file under the working directory. */
    public static final String DEFAULT_LOCATION = "sqlite:./locality-data/locality.db";

    private static final Logger LOG = LoggerFactory.getLogger(Stores.class);

    private Stores() {
    }

    /** Opens the store at the location with the provider discovery finds for it. */
    public static LocalityStore open(String location) {
        return builder().location(location).open();
    }

    /** @return a builder, with {@link #DEFAULT_LOCATION} until told otherwise */
    public static Builder builder() {
        return new Builder();
    }

    /** Chooses a provider and options, then opens a store. */
    public static final class Builder {
        private String location = DEFAULT_LOCATION;
        private StorageProvider provider;
        private StorageProviderRegistry registry;
        private final Map<String, String> options = new LinkedHashMap<>();

        private Builder() {
        }

        /** @return this builder, opening the location */
        public Builder location(String location) {
            if (location == null || location.isBlank()) {
                throw new ValidationException("Stores.location", location, "must be a location such as memory: or "
                        + DEFAULT_LOCATION);
            }
            this.location = location;
            return this;
        }

        /** @return this builder, using this provider without discovery */
        public Builder provider(StorageProvider provider) {
            if (provider == null) {
                throw new ValidationException("Stores.provider", null, "is required");
            }
            this.provider = provider;
            return this;
        }

        /** @return this builder, discovering providers in this registry instead of the default one */
        public Builder registry(StorageProviderRegistry registry) {
            if (registry == null) {
                throw new ValidationException("Stores.registry", null, "is required");
            }
            this.registry = registry;
            return this;
        }

        /** @return this builder, passing the option to the provider */
        public Builder option(String key, String value) {
            if (key == null || key.isBlank() || value == null) {
                throw new ValidationException("Stores.option", key + "=" + value, "needs a key and a value");
            }
            options.put(key, value);
            return this;
        }

        /** @return the open store */
        public LocalityStore open() {
            StorageProvider chosen = choose();
            LOG.info("Opening store {} with provider {} ({})", location, chosen.id(), chosen.getClass().getName());
            return chosen.open(location, Map.copyOf(options));
        }

        private StorageProvider choose() {
            if (provider != null) {
                return provider;
            }
            Optional<String> explicit = Optional.ofNullable(System.getProperty(PROVIDER_PROPERTY)).filter(s -> !s.isBlank());
            if (explicit.isPresent()) {
                StorageProvider p = instantiate(explicit.get());
                LOG.info("Storage provider chosen by -D{}={}: {}", PROVIDER_PROPERTY, explicit.get(), p.id());
                if (!p.accepts(location)) {
                    throw new StorageException("The storage provider " + explicit.get() + " chosen by -D"
                            + PROVIDER_PROPERTY + " does not accept the location '" + location + "'; it accepts "
                            + p.locationExamples());
                }
                return p;
            }
            return (registry != null ? registry : StorageProviderRegistry.discover()).forLocation(location);
        }

        private static StorageProvider instantiate(String className) {
            try {
                ClassLoader loader = Thread.currentThread().getContextClassLoader();
                Class<?> type = Class.forName(className, true, loader != null ? loader : Stores.class.getClassLoader());
                if (!StorageProvider.class.isAssignableFrom(type)) {
                    throw new StorageException("-D" + PROVIDER_PROPERTY + "=" + className
                            + " does not name a StorageProvider");
                }
                StorageProvider p = (StorageProvider) type.getConstructor().newInstance();
                if (p.spiVersion() != StorageProvider.SPI_VERSION) {
                    throw new StorageException(className + " targets storage SPI version " + p.spiVersion()
                            + " but this library implements version " + StorageProvider.SPI_VERSION);
                }
                return p;
            } catch (ClassNotFoundException e) {
                throw new StorageException("-D" + PROVIDER_PROPERTY + "=" + className
                        + " names a class that is not on the class path", e);
            } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                     | InvocationTargetException e) {
                throw new StorageException("-D" + PROVIDER_PROPERTY + "=" + className
                        + " could not be constructed with a public no-argument constructor", e);
            }
        }
    }
}
