/**
 * The reporting SPIs: {@link org.localityworking.reporting.spi.ReportDefinition} builds a report model
 * from a store; {@link org.localityworking.reporting.spi.OutputFormat} renders a model to a stream. A
 * custom report or format is a jar on the class path (or module path) that registers its classes in
 * {@code META-INF/services} and with {@code provides} in its {@code module-info}.
 */
package org.localityworking.reporting.spi;
