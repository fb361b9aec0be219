/**
 * The in-memory storage provider ({@code memory:}): thread-safe, indexed, the reference implementation
 * of the storage backend SPI (version 2). Nothing is exported; the provider is found through {@code ServiceLoader}.
 */
module org.localityworking.storage.memory {
    requires org.localityworking.storage;
    requires org.slf4j;

    provides org.localityworking.storage.spi.StorageBackendProvider
            with org.localityworking.storage.memory.MemoryStorageProvider;
}
