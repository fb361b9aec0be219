package org.localityworking.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.localityworking.interop.registry.ImporterRegistry;
import org.localityworking.interop.spi.ImportSource;
import org.localityworking.reporting.Audience;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.registry.Stores;

/**
 * The snapshot import streams and writes in batches like the CSV imports: Trafford's snapshot (the example data,
 * seeds 000 to 003) imported ten records to a unit of work gives the same store as one unit, a batch refused part
 * way says what was written, and running it again finishes it.
 */
class StreamingSnapshotImportTest {
    private static byte[] snapshot() {
        try (LocalityStore source = RoundTripTest.full("trafford")) {
            return RoundTripTest.export(source, "snapshot", "trafford", Audience.INTERNAL).get("snapshot.json");
        }
    }

    private static ImportResult load(LocalityStore store, byte[] snapshot, String batchSize) throws IOException {
        return ImporterRegistry.discover().byId("snapshot").importInto(store,
                ImportRequest.builder().option("batchSize", batchSize).build(), ImportSource.of("snapshot.json", snapshot));
    }

    private static byte[] reexport(LocalityStore store) {
        return RoundTripTest.export(store, "snapshot", "trafford", Audience.INTERNAL).get("snapshot.json");
    }

    @Test
    void inBatchesOfTenTheStoreIsTheSameAsInOneUnit() throws IOException {
        byte[] snapshot = snapshot();
        try (LocalityStore whole = Stores.open("memory:"); LocalityStore batched = Stores.open("memory:")) {
            ImportResult one = load(whole, snapshot, "all");
            AtomicInteger units = new AtomicInteger();
            ImportResult many = load(FailingStore.failingOn(batched, Integer.MAX_VALUE, units), snapshot, "10");
            assertEquals(one, many);
            assertEquals((one.created() + 9) / 10, units.get(), one.created() + " records in units of ten");
            assertTrue(units.get() > 2, "the example snapshot spans several batches: " + units.get());
            assertArrayEquals(reexport(whole), reexport(batched));
        }
    }

    @Test
    void aBatchRefusedPartWaySaysWhatWasWrittenAndARunAgainFinishes() throws IOException {
        byte[] snapshot = snapshot();
        try (LocalityStore whole = Stores.open("memory:"); LocalityStore store = Stores.open("memory:")) {
            ImportResult one = load(whole, snapshot, "all");
            ImportInterruptedException e = assertThrows(ImportInterruptedException.class,
                    () -> load(FailingStore.failingOn(store, 3, new AtomicInteger()), snapshot, "10"));
            assertEquals(20, e.written().created(), e.getMessage());
            assertTrue(e.getMessage().contains("the disk is full") && e.getMessage().contains("Run the same import again"),
                    e.getMessage());
            ImportResult rest = load(store, snapshot, "10");
            assertEquals(one.created() - 20, rest.created());
            assertEquals(20, rest.unchanged());
            assertArrayEquals(reexport(whole), reexport(store));
        }
    }

    @Test
    void aDryRunOfABatchedSnapshotWritesNothing() throws IOException {
        byte[] snapshot = snapshot();
        try (LocalityStore store = Stores.open("memory:")) {
            ImportResult dry = ImporterRegistry.discover().byId("snapshot").importInto(store,
                    ImportRequest.builder().dryRun(true).option("batchSize", "10").build(),
                    ImportSource.of("snapshot.json", snapshot));
            assertTrue(dry.dryRun() && dry.created() > 20);
            assertEquals(0, store.kinds().stream().mapToInt(k -> store.all(k).size()).sum());
        }
    }
}
