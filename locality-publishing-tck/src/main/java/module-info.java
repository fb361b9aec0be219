/**
 * The publishing kit: subclass {@link org.localityworking.publishing.tck.PublishingCompatibilityKit} in the tests
 * of a report, output format or exporter plug-in.
 */
module org.localityworking.publishing.tck {
    requires static transitive org.apiguardian.api;
    requires transitive org.localityworking.interop;
    requires transitive org.junit.jupiter.api;
    requires org.localityworking.storage.memory;

    exports org.localityworking.publishing.tck;
    opens org.localityworking.publishing.tck to org.junit.platform.commons;
}
