package org.localityworking.core.plugin;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A plug-in that discovery found but could not use, or an id that two plug-ins claim.
 *
 * @param plugin  the plug-in's class name, or what is known of it when its class could not be named
 * @param kind    what went wrong
 * @param message the whole explanation, naming the plug-in and the cause
 */
@API(status = STABLE, since = "1.0")
public record PluginProblem(String plugin, Kind kind, String message) {
    /** What went wrong with a plug-in. */
    public enum Kind {
        /** A class the plug-in needs (its own dependency) is on neither the class path nor the module path. */
        MISSING_DEPENDENCY,
        /** The plug-in could not be loaded or constructed for another reason. */
        LOAD_FAILED,
        /** The plug-in targets an SPI version this library does not implement. */
        WRONG_SPI_VERSION,
        /** Another plug-in of the same kind has the same id; lookups of that id fail, others work. */
        DUPLICATE_ID
    }

    /** Checks that every component is given. */
    public PluginProblem {
        Objects.requireNonNull(plugin, "PluginProblem.plugin is required");
        Objects.requireNonNull(kind, "PluginProblem.kind is required");
        Objects.requireNonNull(message, "PluginProblem.message is required");
    }
}
