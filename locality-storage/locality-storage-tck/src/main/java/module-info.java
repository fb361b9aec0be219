/**
 * The storage compatibility kit: subclass
 * {@link org.localityworking.storage.tck.StorageCompatibilityKit} in your provider's tests.
 */
module org.localityworking.storage.tck {
    requires static transitive org.apiguardian.api;
    requires transitive org.localityworking.storage;
    requires transitive org.junit.jupiter.api;
    requires org.junit.jupiter.params;

    exports org.localityworking.storage.tck;
    opens org.localityworking.storage.tck to org.junit.platform.commons;
}
