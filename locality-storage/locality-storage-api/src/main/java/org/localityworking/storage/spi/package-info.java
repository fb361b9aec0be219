/**
 * The storage backend SPI (version 2.0): implement {@link org.localityworking.storage.spi.StorageBackendProvider}
 * and {@link org.localityworking.storage.spi.StorageBackend}, register the provider in
 * {@code META-INF/services/org.localityworking.storage.spi.StorageBackendProvider} and with
 * {@code provides org.localityworking.storage.spi.StorageBackendProvider with ...} in your
 * {@code module-info}, and run the storage compatibility kit ({@code locality-storage-tck}) against it. The
 * library puts its own {@link org.localityworking.storage.LocalityStore} on top of every backend. The
 * contract is written out in that kit's {@code CONTRACT.md}.
 */
package org.localityworking.storage.spi;
