package org.localityworking.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.localityworking.core.ValidationException;
import org.localityworking.interop.registry.ImporterRegistry;
import org.localityworking.interop.spi.ImportSource;
import org.localityworking.reporting.Audience;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;

/**
 * The Open Referral import streams: its services and places are read in partitions (the {@code partitionSize}
 * option) and written in batches. Both example councils' directories (the example data: Trafford's seeds 000 to
 * 003, Herefordshire's 004) read in partitions of five, or written three records to a unit of work, give the same
 * store as read and written whole; a batch refused part way says how many records were written and a run again
 * finishes; a record id given to two services in different partitions is refused, naming both lines.
 */
class StreamingOpenReferralImportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static byte[] directory(String council) {
        try (LocalityStore source = RoundTripTest.full(council)) {
            return RoundTripTest.export(source, "openreferral", council, Audience.PUBLIC).get("openreferral.json");
        }
    }

    private static ImportResult load(LocalityStore store, String council, byte[] file, Map<String, String> options,
                                     boolean dryRun) throws IOException {
        return ImporterRegistry.discover().byId("openreferral").importInto(store, ImportRequest.builder()
                .councilId(council).options(options).dryRun(dryRun).build(), ImportSource.of("openreferral.json", file));
    }

    private static Map<String, byte[]> reexport(LocalityStore store, String council) {
        return RoundTripTest.export(store, "openreferral", council, Audience.PUBLIC);
    }

    private static int records(LocalityStore store) {
        return store.kinds().stream().mapToInt(k -> store.all(k).size()).sum();
    }

    @ParameterizedTest
    @ValueSource(strings = {"trafford", "herefordshire"})
    void inPartitionsOfFiveAndBatchesOfThreeTheStoreIsTheSameAsWhole(String council) throws IOException {
        byte[] file = directory(council);
        try (LocalityStore whole = RoundTripTest.frame(council); LocalityStore parts = RoundTripTest.frame(council);
             LocalityStore batched = RoundTripTest.frame(council)) {
            ImportResult one = load(whole, council, file, Map.of("batchSize", "all"), false);
            assertTrue(one.created() > 10, one.toString());
            assertEquals(one, load(parts, council, file, Map.of("partitionSize", "5"), false));
            AtomicInteger units = new AtomicInteger();
            assertEquals(one, load(FailingStore.failingOn(batched, Integer.MAX_VALUE, units), council, file,
                    Map.of("batchSize", "3"), false));
            assertEquals((one.created() + 2) / 3, units.get(), one.created() + " records in units of three");
            Map<String, byte[]> expected = reexport(whole, council);
            RoundTripTest.assertSameFiles(expected, reexport(parts, council), council + " in partitions of five");
            RoundTripTest.assertSameFiles(expected, reexport(batched, council), council + " in batches of three");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"trafford", "herefordshire"})
    void aBatchRefusedPartWaySaysHowManyWereWrittenAndARunAgainFinishes(String council) throws IOException {
        byte[] file = directory(council);
        try (LocalityStore whole = RoundTripTest.frame(council); LocalityStore store = RoundTripTest.frame(council)) {
            ImportResult one = load(whole, council, file, Map.of(), false);
            ImportInterruptedException e = assertThrows(ImportInterruptedException.class, () -> load(
                    FailingStore.failingOn(store, 3, new AtomicInteger()), council, file,
                    Map.of("batchSize", "3", "partitionSize", "4"), false));
            assertEquals(6, e.written().created(), e.getMessage());
            assertEquals(0, e.lastLineWritten(), "not written in file order: no line to name");
            assertTrue(e.getMessage().contains("stopped part way. Written and kept: 6 created")
                    && e.getMessage().contains("Run the same import again"), e.getMessage());
            ImportResult rest = load(store, council, file, Map.of("batchSize", "3", "partitionSize", "4"), false);
            assertEquals(one.created() - 6, rest.created(), rest.toString());
            assertEquals(6, rest.unchanged(), rest.toString());
            RoundTripTest.assertSameFiles(reexport(whole, council), reexport(store, council), "finished by a run again");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"trafford", "herefordshire"})
    void aDryRunCountsWhatTheImportDoesAndWritesNothing(String council) throws IOException {
        byte[] file = directory(council);
        try (LocalityStore store = RoundTripTest.frame(council)) {
            int before = records(store);
            ImportResult dry = load(store, council, file, Map.of("partitionSize", "3"), true);
            assertEquals(before, records(store));
            ImportResult done = load(store, council, file, Map.of("partitionSize", "3"), false);
            assertEquals(new ImportResult(done.created(), done.updated(), done.unchanged(), true, done.notKept()), dry);
            assertEquals(before + done.created(), records(store));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "1000"})
    void aRecordIdGivenToTwoServicesIsRefusedWhateverThePartitions(String partitionSize) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(directory("trafford"));
        List<JsonNode> serviceIds = new ArrayList<>();
        for (JsonNode a : root.path("attribute")) {
            // the record-id attributes are the ones with a value: the record's id in the store
            if (a.path("value").isTextual() && a.path("link_type").asText().equals("service")) {
                serviceIds.add(a);
            }
        }
        assertTrue(serviceIds.size() > 2, "Trafford's directory has several services: " + serviceIds.size());
        String first = serviceIds.get(0).path("value").asText();
        ((ObjectNode) serviceIds.get(serviceIds.size() - 1)).put("value", first);
        byte[] file = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        try (LocalityStore store = RoundTripTest.frame("trafford")) {
            int before = records(store);
            ImportException e = assertThrows(ImportException.class, () -> load(store, "trafford", file,
                    Map.of("partitionSize", partitionSize), false));
            assertEquals(1, e.errors().size(), e.getMessage());
            assertTrue(e.getMessage().contains("(id): \"" + first + "\" appears twice in the file (first on line "),
                    e.getMessage());
            assertEquals(before, records(store));
            assertEquals(0, store.all(StandardKinds.ASSET).size());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "many", "-3"})
    void aPartitionSizeThatIsNotAPositiveWholeNumberIsRefused(String size) {
        try (LocalityStore store = RoundTripTest.frame("trafford")) {
            ValidationException e = assertThrows(ValidationException.class, () -> load(store, "trafford",
                    directory("trafford"), Map.of("partitionSize", size), false));
            assertEquals("ImportRequest.options.partitionSize", e.field());
            assertEquals(size, e.value());
        }
    }
}
