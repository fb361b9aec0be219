package org.localityworking.storage.memory;

import java.nio.file.Path;
import java.util.Map;
import org.localityworking.storage.tck.StorageCompatibilityKit;
import org.localityworking.storage.tck.StoreUnderTest;

/** The kit against a provider that commits half a unit of work; run by {@link BrokenProvidersTest}, not directly. */
class CommitsHalfAUnitKitRun extends StorageCompatibilityKit {
    @Override
    protected StoreUnderTest storeUnderTest(Path workDir) {
        return new StoreUnderTest(BrokenProviders.provider(BrokenProviders.Fault.COMMITS_HALF_A_UNIT), "memory:", Map.of(), false);
    }
}
