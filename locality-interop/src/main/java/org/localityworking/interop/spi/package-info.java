/** The interchange SPIs: {@link org.localityworking.interop.spi.DataExporter} and where it writes. */
package org.localityworking.interop.spi;
