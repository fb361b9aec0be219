/** Storage: the store API and the storage provider SPI (not yet built; see the README). */
module org.localityworking.storage {
    requires transitive org.localityworking.core;
}
