package org.localityworking.storage.memory;

import java.nio.file.Path;
import java.util.Map;
import org.localityworking.storage.tck.StorageCompatibilityKit;
import org.localityworking.storage.tck.StoreUnderTest;

/** The kit against the broken backend chosen in {@link #fault}; run by {@link BrokenBackendsTest}, not directly. */
class BrokenKitRun extends StorageCompatibilityKit {
    /** The fault of the next run; set by {@link BrokenBackendsTest} before it runs this class. */
    static volatile BrokenBackends.Fault fault = BrokenBackends.Fault.NONE;

    @Override
    protected StoreUnderTest storeUnderTest(Path workDir) {
        return StoreUnderTest.of(new BrokenBackends.Provider(), "broken:" + fault + ":" + workDir.resolve("store"), Map.of());
    }
}
