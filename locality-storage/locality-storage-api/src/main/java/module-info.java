/**
 * Storage: the store API that embedding code calls ({@code org.localityworking.storage}), the storage
 * provider SPI ({@code ..spi}) and the registry that discovers providers ({@code ..registry}).
 */
module org.localityworking.storage {
    requires transitive org.localityworking.core;
    requires org.slf4j;

    exports org.localityworking.storage;
    exports org.localityworking.storage.spi;
    exports org.localityworking.storage.registry;
    exports org.localityworking.storage.support;

    uses org.localityworking.storage.spi.StorageBackendProvider;
}
