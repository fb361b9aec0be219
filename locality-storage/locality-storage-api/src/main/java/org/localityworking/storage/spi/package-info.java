/**
 * The storage provider SPI: implement {@link org.localityworking.storage.spi.StorageProvider}, register it in
 * {@code META-INF/services/org.localityworking.storage.spi.StorageProvider} and with
 * {@code provides org.localityworking.storage.spi.StorageProvider with ...} in your {@code module-info}, and
 * run the storage compatibility kit ({@code locality-storage-tck}) against it. The contract is written out
 * in that kit's {@code CONTRACT.md}.
 */
package org.localityworking.storage.spi;
