package org.localityworking.core.plugin;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A plug-in problem, whatever the SPI: no plug-in has the id asked for, two plug-ins claim one id or one
 * job, a plug-in cannot be loaded (its own dependency is missing, it targets another SPI version), or an
 * explicit choice names a class that is not a plug-in of that kind. The message names the kind of plug-in,
 * the id or class, and what was found instead.
 *
 * <p>Thrown by {@link PluginRegistry} for storage providers, report definitions, output formats and data
 * exporters alike, so a report lookup never throws a storage exception.
 */
@API(status = STABLE, since = "1.0")
public class PluginException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, naming the plug-in kind and id or class
     */
    public PluginException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, naming the plug-in kind and id or class
     * @param cause   the underlying error
     */
    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
