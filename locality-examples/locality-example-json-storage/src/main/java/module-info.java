/** An example storage plug-in: each kind of record in a JSON file under a folder ({@code jsonfiles:DIR}). */
module org.localityworking.examples.jsonstorage {
    requires org.localityworking.storage;
    requires com.fasterxml.jackson.databind;

    provides org.localityworking.storage.spi.StorageBackendProvider
            with org.localityworking.examples.jsonstorage.JsonFilesStorageProvider;
}
