package org.localityworking.core.plugin;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * What a {@link PluginRegistry} needs to know about one SPI: its service interface, what a plug-in of it is
 * called in messages, how to read a plug-in's id and the SPI version it targets, the version this library
 * implements, and a hint on how to add one.
 *
 * <p>SPI versions are {@code major.minor} ({@code "2"} reads as {@code "2.0"}): a plug-in loads when it targets
 * the library's major version and a minor version no higher than the library's, so a plug-in built for 2.0
 * loads in a library that implements 2.1, and one built for 2.1 or 3.0 does not load in 2.0.
 *
 * @param service        the service interface, for example {@code ReportDefinition.class}
 * @param noun           what one plug-in is called in messages, for example {@code "report definition"}
 * @param id             reads a plug-in's id
 * @param spiVersion     reads the SPI version a plug-in targets, {@code major.minor}
 * @param currentVersion the SPI version this library implements, {@code major.minor}; a plug-in targeting an
 *                       incompatible one is skipped
 * @param hint           one sentence on how to add a plug-in of this kind, shown when none is found
 * @param <T>            the service type
 */
@API(status = STABLE, since = "1.0")
public record PluginType<T>(Class<T> service, String noun, Function<? super T, String> id,
                            Function<? super T, String> spiVersion, String currentVersion, String hint) {
    /** Checks that every component is given and the noun is a plain lower-case phrase. */
    public PluginType {
        Objects.requireNonNull(service, "PluginType.service is required");
        Objects.requireNonNull(noun, "PluginType.noun is required");
        Objects.requireNonNull(id, "PluginType.id is required");
        Objects.requireNonNull(spiVersion, "PluginType.spiVersion is required");
        Objects.requireNonNull(hint, "PluginType.hint is required");
        Objects.requireNonNull(currentVersion, "PluginType.currentVersion is required");
        if (parse(currentVersion).isEmpty()) {
            throw new IllegalArgumentException("PluginType.currentVersion must be major.minor, such as 2.0: " + currentVersion);
        }
        if (noun.isBlank()) {
            throw new IllegalArgumentException("PluginType.noun must not be blank");
        }
    }

    /**
     * {@return a builder for the SPI of this service; every other value must be set before {@link Builder#build()}}
     *
     * @param service the service interface
     * @param <T>     the service type
     */
    public static <T> Builder<T> builder(Class<T> service) {
        return new Builder<>(Objects.requireNonNull(service, "PluginType.service is required"));
    }

    /**
     * Builds a {@link PluginType} with named setters.
     *
     * @param <T> the service type
     */
    public static final class Builder<T> {
        private final Class<T> service;
        private String noun;
        private Function<? super T, String> id;
        private Function<? super T, String> spiVersion;
        private String currentVersion;
        private String hint;

        private Builder(Class<T> service) {
            this.service = service;
        }

        /**
         * {@return this builder}
         *
         * @param noun what one plug-in is called in messages, for example {@code "report definition"}
         */
        public Builder<T> noun(String noun) {
            this.noun = noun;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param id reads a plug-in's id
         */
        public Builder<T> id(Function<? super T, String> id) {
            this.id = id;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param spiVersion     reads the SPI version a plug-in targets, {@code major.minor}
         * @param currentVersion the SPI version this library implements, {@code major.minor}
         */
        public Builder<T> spiVersion(Function<? super T, String> spiVersion, String currentVersion) {
            this.spiVersion = spiVersion;
            this.currentVersion = currentVersion;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param hint one sentence on how to add a plug-in of this kind, shown when none is found
         */
        public Builder<T> hint(String hint) {
            this.hint = hint;
            return this;
        }

        /** {@return the plug-in type} */
        public PluginType<T> build() {
            return new PluginType<>(service, noun, id, spiVersion, currentVersion, hint);
        }
    }

    /**
     * Whether a plug-in targeting a version loads in this library.
     *
     * @param pluginVersion the version the plug-in targets
     * @return true when it has the library's major version and a minor version no higher than the library's
     */
    public boolean accepts(String pluginVersion) {
        int[] library = parse(currentVersion).orElseThrow();
        return parse(pluginVersion).map(v -> v[0] == library[0] && v[1] <= library[1]).orElse(false);
    }

    private static java.util.Optional<int[]> parse(String version) {
        if (version == null || !version.matches("\\d{1,4}(\\.\\d{1,4})?")) {
            return java.util.Optional.empty();
        }
        String[] parts = version.split("\\.");
        return java.util.Optional.of(new int[] {Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0});
    }

    /** {@return the id of the plug-in} */
    String idOf(T plugin) {
        return id.apply(plugin);
    }

    /** {@return the noun in the plural, for messages} */
    String nouns() {
        return noun + "s";
    }
}
