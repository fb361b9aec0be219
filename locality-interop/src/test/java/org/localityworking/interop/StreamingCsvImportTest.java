package org.localityworking.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.localityworking.core.ValidationException;
import org.localityworking.interop.registry.ImporterRegistry;
import org.localityworking.interop.spi.ImportSource;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Query;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.StorageException;

/**
 * The CSV importers stream and write in batches: a file checked whole, then written {@code batchSize} changed rows
 * to a unit of work; a batch refused part way stops the import saying which lines were written, and the same import
 * run again finishes it. Trafford's frame (council, wards, localities) comes from the example data (seed 000 and
 * 001's localities and wards).
 */
class StreamingCsvImportTest {
    private static final String HEADER = "id,locality,name,description,category\n";

    private static String locality(LocalityStore store) {
        return store.query(StandardKinds.LOCALITY, Query.all()).get(0).value().id();
    }

    private static byte[] assets(String locality, int from, int to) {
        StringBuilder b = new StringBuilder(HEADER);
        for (int i = from; i < to; i++) {
            b.append(String.format(java.util.Locale.ROOT, "asset-%05d,%s,Asset %d,A place to meet,physical%n", i, locality, i));
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static ImportResult importAssets(LocalityStore store, byte[] csv, String batchSize) throws IOException {
        return ImporterRegistry.discover().byId("assets").importInto(store,
                ImportRequest.builder().option("batchSize", batchSize).build(), ImportSource.of("assets.csv", csv));
    }

    @Test
    void aFileLargerThanOneBatchIsWrittenInBatchesAndCountedOnce() throws IOException {
        try (LocalityStore store = RoundTripTest.frame("trafford")) {
            AtomicInteger units = new AtomicInteger();
            LocalityStore counting = FailingStore.failingOn(store, Integer.MAX_VALUE, units);
            ImportResult result = importAssets(counting, assets(locality(store), 0, 25), "10");
            assertEquals(new ImportResult(25, 0, 0, false, List.of()), result);
            assertEquals(3, units.get(), "25 new rows in batches of 10: three units of work");
            assertEquals(25, store.all(StandardKinds.ASSET).size());
            ImportResult again = importAssets(counting, assets(locality(store), 0, 25), "10");
            assertEquals(new ImportResult(0, 0, 25, false, List.of()), again);
            assertEquals(3, units.get(), "a file already in the store writes nothing");
        }
    }

    @Test
    void aBatchRefusedPartWaySaysWhatWasWrittenAndARunAgainFinishes() throws IOException {
        try (LocalityStore store = RoundTripTest.frame("trafford")) {
            byte[] csv = assets(locality(store), 0, 25);
            ImportInterruptedException e = assertThrows(ImportInterruptedException.class,
                    () -> importAssets(FailingStore.failingOn(store, 2, new AtomicInteger()), csv, "10"));
            // rows are on lines 2 to 26: the first batch is lines 2-11, the second (refused) starts on line 12
            assertEquals(11, e.lastLineWritten());
            assertEquals(10, e.written().created());
            assertTrue(e.getMessage().contains("stopped at line 12") && e.getMessage().contains("records up to line 11")
                    && e.getMessage().contains("the disk is full") && e.getMessage().contains("Run the same import again"),
                    e.getMessage());
            assertEquals(10, store.all(StandardKinds.ASSET).size(), "the first batch stays; nothing of the second is written");
            assertEquals("asset-00009", store.all(StandardKinds.ASSET).stream().map(v -> v.value().id()).max(String::compareTo)
                    .orElseThrow());

            ImportResult finished = importAssets(store, csv, "10");
            assertEquals(new ImportResult(15, 0, 10, false, List.of()), finished);
            assertEquals(25, store.all(StandardKinds.ASSET).size());
        }
    }

    /**
     * The second read looks up only the rows whose ids the store held at the first: a row new then is saved as new,
     * so a record another writer stored under its id in between is refused as a conflict, never written over.
     */
    @Test
    void aRecordAnotherWriterStoresBetweenTheReadsIsNotWrittenOver() throws IOException {
        try (LocalityStore store = RoundTripTest.frame("trafford")) {
            String locality = locality(store);
            byte[] csv = assets(locality, 0, 25);
            AtomicInteger opens = new AtomicInteger();
            ImportSource source = new ImportSource() {
                @Override
                public String name() {
                    return "assets.csv";
                }

                @Override
                public java.io.InputStream open() {
                    if (opens.incrementAndGet() == 3) { // the encoding, then the rows checked; before the write
                        store.create(StandardKinds.ASSET, new org.localityworking.core.model.Asset("asset-00012", locality,
                                java.util.Optional.empty(), "Stored by someone else", "Not from the file",
                                org.localityworking.core.model.AssetCategory.PHYSICAL,
                                org.localityworking.core.model.Tangibility.TANGIBLE, java.util.Optional.empty(), false,
                                org.localityworking.core.model.TransferStatus.NOT_APPLICABLE, java.util.Optional.empty(),
                                java.util.Optional.empty()));
                    }
                    return new java.io.ByteArrayInputStream(csv);
                }
            };
            ImportInterruptedException e = assertThrows(ImportInterruptedException.class, () -> ImporterRegistry.discover()
                    .byId("assets").importInto(store, ImportRequest.builder().option("batchSize", "10").build(), source));
            assertEquals(11, e.lastLineWritten(), e.getMessage());
            assertTrue(e.getCause() instanceof org.localityworking.storage.ConcurrencyConflictException, String.valueOf(e.getCause()));
            assertEquals("Stored by someone else", store.get(StandardKinds.ASSET, "asset-00012").orElseThrow().value().name());
            assertEquals(11, store.all(StandardKinds.ASSET).size(), "the first batch and the other writer's record");
        }
    }

    @Test
    void aFirstBatchRefusedWritesNothingAndIsTheStoresOwnException() throws IOException {
        try (LocalityStore store = RoundTripTest.frame("trafford")) {
            StorageException e = assertThrows(StorageException.class,
                    () -> importAssets(FailingStore.failingOn(store, 1, new AtomicInteger()), assets(locality(store), 0, 25), "10"));
            assertSame(StorageException.class, e.getClass());
            assertEquals(0, store.all(StandardKinds.ASSET).size());
        }
    }

    @Test
    void batchSizeAllIsOneUnitOfWork() throws IOException {
        try (LocalityStore store = RoundTripTest.frame("trafford")) {
            AtomicInteger units = new AtomicInteger();
            importAssets(FailingStore.failingOn(store, Integer.MAX_VALUE, units), assets(locality(store), 0, 25), "all");
            assertEquals(1, units.get());
        }
    }

    @Test
    void aBadRowAnywhereWritesNothingEvenWhenTheFileSpansBatches() throws IOException {
        try (LocalityStore store = RoundTripTest.frame("trafford")) {
            String csv = new String(assets(locality(store), 0, 25), StandardCharsets.UTF_8)
                    + "asset-99999,no-such-locality,Late,A bad row at the end,physical\n"
                    + "asset-00003," + locality(store) + ",Again,The same id as line 5,physical\n";
            ImportException e = assertThrows(ImportException.class,
                    () -> importAssets(store, csv.getBytes(StandardCharsets.UTF_8), "10"));
            assertEquals(0, store.all(StandardKinds.ASSET).size());
            assertEquals(List.of(27L, 28L), e.errors().stream().map(ImportException.RowError::line).toList());
            assertEquals("must name a locality already in the store", e.errors().get(0).rule());
            assertEquals("appears twice in the file (first on line 5)", e.errors().get(1).rule());
        }
    }

    @Test
    void aDryRunCountsWithoutWriting() throws IOException {
        try (LocalityStore store = RoundTripTest.frame("trafford")) {
            importAssets(store, assets(locality(store), 0, 5), "10");
            ImportResult dry = ImporterRegistry.discover().byId("assets").importInto(store,
                    ImportRequest.builder().dryRun(true).option("batchSize", "2").build(),
                    ImportSource.of("assets.csv", assets(locality(store), 0, 12)));
            assertEquals(new ImportResult(7, 0, 5, true, List.of()), dry);
            assertEquals(5, store.all(StandardKinds.ASSET).size());
        }
    }

    @Test
    void aBatchSizeThatIsNotANumberIsRefusedByName() {
        try (LocalityStore store = RoundTripTest.frame("trafford")) {
            for (String bad : List.of("0", "-3", "ten", "")) {
                ValidationException e = assertThrows(ValidationException.class,
                        () -> importAssets(store, assets(locality(store), 0, 2), bad));
                assertEquals("ImportRequest.options.batchSize", e.field());
                assertEquals(bad, e.value());
            }
            assertEquals(0, store.all(StandardKinds.ASSET).size());
        }
    }

    @Test
    void organisationsAndPeopleStreamInBatchesToo() throws IOException {
        try (LocalityStore store = RoundTripTest.frame("trafford")) {
            StringBuilder orgs = new StringBuilder("id,name\n");
            StringBuilder people = new StringBuilder("id,name\n");
            for (int i = 0; i < 7; i++) {
                orgs.append("org-").append(i).append(",Group ").append(i).append('\n');
                people.append("person-").append(i).append(",Resident ").append(i).append('\n');
            }
            AtomicInteger units = new AtomicInteger();
            LocalityStore counting = FailingStore.failingOn(store, Integer.MAX_VALUE, units);
            for (String[] run : List.of(new String[] {"organisations", orgs.toString()},
                    new String[] {"people", people.toString()})) {
                ImportResult r = ImporterRegistry.discover().byId(run[0]).importInto(counting,
                        ImportRequest.builder().option("batchSize", "3").build(),
                        ImportSource.of(run[0] + ".csv", run[1].getBytes(StandardCharsets.UTF_8)));
                assertEquals(7, r.created());
            }
            assertEquals(6, units.get(), "7 rows in batches of 3, twice");
            assertEquals(7, store.all(StandardKinds.ORGANISATION).size());
            assertEquals(7, store.all(StandardKinds.PERSON).size());
        }
    }
}
