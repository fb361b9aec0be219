/**
 * The JDBC storage provider: {@code sqlite:PATH} (an embedded file) and {@code postgresql://...}
 * (and the {@code jdbc:} URLs of both). Nothing is exported; the provider is found through
 * {@code ServiceLoader}.
 */
module org.localityworking.storage.jdbc {
    requires org.localityworking.storage;
    requires java.sql;
    requires org.slf4j;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.zaxxer.hikari;
    requires org.xerial.sqlitejdbc;

    provides org.localityworking.storage.spi.StorageBackendProvider
            with org.localityworking.storage.jdbc.JdbcStorageProvider;
}
