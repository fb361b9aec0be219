package org.localityworking.core.plugin;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * What a {@link PluginRegistry} needs to know about one SPI: its service interface, what a plug-in of it is
 * called in messages, how to read a plug-in's id and the SPI version it targets, the version this library
 * implements, and a hint on how to add one.
 *
 * @param service        the service interface, for example {@code ReportDefinition.class}
 * @param noun           what one plug-in is called in messages, for example {@code "report definition"}
 * @param id             reads a plug-in's id
 * @param spiVersion     reads the SPI version a plug-in targets
 * @param currentVersion the SPI version this library implements; a plug-in targeting another is skipped
 * @param hint           one sentence on how to add a plug-in of this kind, shown when none is found
 * @param <T>            the service type
 */
public record PluginType<T>(Class<T> service, String noun, Function<? super T, String> id,
                            ToIntFunction<? super T> spiVersion, int currentVersion, String hint) {
    /** Checks that every component is given and the noun is a plain lower-case phrase. */
    public PluginType {
        Objects.requireNonNull(service, "PluginType.service is required");
        Objects.requireNonNull(noun, "PluginType.noun is required");
        Objects.requireNonNull(id, "PluginType.id is required");
        Objects.requireNonNull(spiVersion, "PluginType.spiVersion is required");
        Objects.requireNonNull(hint, "PluginType.hint is required");
        if (noun.isBlank()) {
            throw new IllegalArgumentException("PluginType.noun must not be blank");
        }
    }

    /**
     * @param service the service interface
     * @param <T>     the service type
     * @return a builder for the SPI of this service; every other value must be set before {@link Builder#build()}
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
        private ToIntFunction<? super T> spiVersion;
        private int currentVersion;
        private String hint;

        private Builder(Class<T> service) {
            this.service = service;
        }

        /**
         * @param noun what one plug-in is called in messages, for example {@code "report definition"}
         * @return this builder
         */
        public Builder<T> noun(String noun) {
            this.noun = noun;
            return this;
        }

        /**
         * @param id reads a plug-in's id
         * @return this builder
         */
        public Builder<T> id(Function<? super T, String> id) {
            this.id = id;
            return this;
        }

        /**
         * @param spiVersion     reads the SPI version a plug-in targets
         * @param currentVersion the SPI version this library implements
         * @return this builder
         */
        public Builder<T> spiVersion(ToIntFunction<? super T> spiVersion, int currentVersion) {
            this.spiVersion = spiVersion;
            this.currentVersion = currentVersion;
            return this;
        }

        /**
         * @param hint one sentence on how to add a plug-in of this kind, shown when none is found
         * @return this builder
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

    /** {@return the id of the plug-in} */
    String idOf(T plugin) {
        return id.apply(plugin);
    }

    /** {@return the noun in the plural, for messages} */
    String nouns() {
        return noun + "s";
    }
}
