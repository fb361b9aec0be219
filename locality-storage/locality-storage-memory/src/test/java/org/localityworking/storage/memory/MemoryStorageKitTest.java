package org.localityworking.storage.memory;

import java.nio.file.Path;
import java.util.Map;
import org.localityworking.storage.tck.StorageCompatibilityKit;
import org.localityworking.storage.tck.StoreUnderTest;

/** The in-memory provider passes the whole storage compatibility kit. */
class MemoryStorageKitTest extends StorageCompatibilityKit {
    @Override
    protected StoreUnderTest storeUnderTest(Path workDir) {
        return StoreUnderTest.of(new MemoryStorageProvider(), "memory:kit", Map.of());
    }
}
