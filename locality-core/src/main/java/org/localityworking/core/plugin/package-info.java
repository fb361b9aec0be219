/**
 * Plug-in discovery shared by every SPI of the library: {@link org.localityworking.core.plugin.PluginRegistry}
 * (lookups by id, by test, or by explicit class name), {@link org.localityworking.core.plugin.PluginType}
 * (what the registry knows of one SPI), {@link org.localityworking.core.plugin.PluginProblem} (what was
 * skipped and why) and {@link org.localityworking.core.plugin.PluginException} (the one exception for
 * plug-in problems).
 */
package org.localityworking.core.plugin;
