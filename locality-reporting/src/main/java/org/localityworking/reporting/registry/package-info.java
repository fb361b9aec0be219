/** The registries of report definitions and output formats, found through {@code ServiceLoader}. */
package org.localityworking.reporting.registry;
