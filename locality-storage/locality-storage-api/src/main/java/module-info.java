/**
 * Storage: the store API that embedding code calls ({@code org.localityworking.storage}), implemented once by
 * the library over any backend ({@code ..internal}, not exported); the storage backend SPI ({@code ..spi});
 * the registry that discovers providers ({@code ..registry}); and the record codec backends may use
 * ({@code ..codec}).
 */
module org.localityworking.storage {
    requires static transitive org.apiguardian.api;
    requires transitive org.localityworking.core;
    requires org.slf4j;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;

    exports org.localityworking.storage;
    exports org.localityworking.storage.spi;
    exports org.localityworking.storage.registry;
    exports org.localityworking.storage.support;
    exports org.localityworking.storage.codec;

    uses org.localityworking.storage.spi.StorageBackendProvider;
}
