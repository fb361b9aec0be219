package org.localityworking.examples.jsonstorage;

import java.nio.file.Path;
import java.util.Map;
import org.localityworking.storage.tck.StorageCompatibilityKit;
import org.localityworking.storage.tck.StoreUnderTest;

/** The example JSON-files provider passes the whole storage compatibility kit, reopen tests included. */
class JsonFilesStorageKitTest extends StorageCompatibilityKit {
    @Override
    protected StoreUnderTest storeUnderTest(Path workDir) {
        return StoreUnderTest.of(new JsonFilesStorageProvider(), "jsonfiles:" + workDir.resolve("store"), Map.of());
    }
}
