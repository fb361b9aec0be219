/** The built-in exporters and importers (not exported: found through {@code ServiceLoader}). */
package org.localityworking.interop.builtin;
