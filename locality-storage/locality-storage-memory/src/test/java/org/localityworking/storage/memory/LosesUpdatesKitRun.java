package org.localityworking.storage.memory;

import java.nio.file.Path;
import java.util.Map;
import org.localityworking.storage.tck.StorageCompatibilityKit;
import org.localityworking.storage.tck.StoreUnderTest;

/** The kit against a provider that loses updates; run by {@link BrokenProvidersTest}, not directly. */
class LosesUpdatesKitRun extends StorageCompatibilityKit {
    @Override
    protected StoreUnderTest storeUnderTest(Path workDir) {
        return new StoreUnderTest(BrokenProviders.provider(BrokenProviders.Fault.LOSES_UPDATES), "memory:", Map.of(), false);
    }
}
