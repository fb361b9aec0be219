/**
 * Where report definitions, output formats and data exporters are found: {@code ReportRegistry},
 * {@code FormatRegistry} and {@code ExporterRegistry} each discover their plug-ins through
 * {@code ServiceLoader} (from a class loader or a {@code ModuleLayer}) into the library's one
 * {@link org.localityworking.core.plugin.PluginRegistry}.
 */
package org.localityworking.reporting.registry;
