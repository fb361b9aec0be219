package org.localityworking.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.localityworking.core.model.GrantScheme;
import org.localityworking.core.model.Money;
import org.localityworking.core.model.RecipientKind;
import org.localityworking.interop.registry.ImporterRegistry;
import org.localityworking.interop.spi.ImportSource;
import org.localityworking.reporting.Audience;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;

/**
 * The 360Giving import streams and writes in batches like the CSV and snapshot imports: Trafford's grants (the
 * example data, seed 000's Locality Fund and M16 Environmental Action grants) imported three records to a unit of
 * work give the same store as one unit; a batch refused part way says what was written and a run again finishes
 * it; a scheme made from the file has the file's largest grant as its cap even when its first grant lands in an
 * earlier batch than its largest; a person the file pays twice is created once; an id given twice, far apart, is
 * refused.
 */
class StreamingGivingImportTest {
    private static final String GRANT = "  {\"id\": \"360G-trafford-%s\", \"title\": \"T\", \"description\": \"D\","
            + " \"currency\": \"%s\", \"amountAwarded\": %d, \"awardDate\": \"2015-06-01\",\n   %s,\n"
            + "   \"fundingOrganization\": [{\"id\": \"GB-LAE-TRF\", \"name\": \"Trafford\"}],\n"
            + "   \"grantProgramme\": [{\"code\": \"gp-new\", \"title\": \"A new programme\"}],\n"
            + "   \"beneficiaryLocation\": [{\"name\": \"W\", \"geoCode\": \"E05000829\", \"geoCodeType\": \"WD\"}]}";

    private static String grant(String id, String currency, int amount, String recipient) {
        return String.format(Locale.ROOT, GRANT, id, currency, amount, recipient);
    }

    private static String individual(String id) {
        return "\"recipientIndividual\": {\"id\": \"360G-trafford-IND-" + id + "\", \"name\": \"Individual Recipient\"}";
    }

    private static String organisation(String id, String name) {
        return "\"recipientOrganization\": [{\"id\": \"360G-trafford-ORG-" + id + "\", \"name\": \"" + name + "\"}]";
    }

    private static byte[] file(String... grants) {
        return ("{\"grants\": [\n" + String.join(",\n", grants) + "\n]}\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] package_() {
        try (LocalityStore source = RoundTripTest.full("trafford")) {
            return RoundTripTest.export(source, "360giving", "trafford", Audience.PUBLIC).get("grants.json");
        }
    }

    private static ImportResult load(LocalityStore store, byte[] grants, String batchSize, boolean dryRun)
            throws IOException {
        return ImporterRegistry.discover().byId("360giving").importInto(store, ImportRequest.builder()
                .councilId("trafford").options(RoundTripTest.options("trafford")).option("batchSize", batchSize)
                .dryRun(dryRun).build(), ImportSource.of("grants.json", grants));
    }

    private static Map<String, byte[]> reexport(LocalityStore store) {
        return RoundTripTest.export(store, "360giving", "trafford", Audience.PUBLIC);
    }

    private static int records(LocalityStore store) {
        return store.kinds().stream().mapToInt(k -> store.all(k).size()).sum();
    }

    @Test
    void inBatchesOfThreeTheStoreIsTheSameAsInOneUnit() throws IOException {
        byte[] grants = package_();
        try (LocalityStore whole = RoundTripTest.frame("trafford"); LocalityStore batched = RoundTripTest.frame("trafford")) {
            ImportResult one = load(whole, grants, "all", false);
            AtomicInteger units = new AtomicInteger();
            ImportResult many = load(FailingStore.failingOn(batched, Integer.MAX_VALUE, units), grants, "3", false);
            assertEquals(one, many);
            assertEquals((one.created() + 2) / 3, units.get(), one.created() + " records in units of three");
            assertTrue(units.get() > 2, "Trafford's grants span several batches: " + units.get());
            RoundTripTest.assertSameFiles(reexport(whole), reexport(batched), "batches of three");
        }
    }

    @Test
    void aBatchRefusedPartWaySaysWhatWasWrittenAndARunAgainFinishes() throws IOException {
        byte[] grants = package_();
        try (LocalityStore whole = RoundTripTest.frame("trafford"); LocalityStore store = RoundTripTest.frame("trafford")) {
            ImportResult one = load(whole, grants, "all", false);
            ImportInterruptedException e = assertThrows(ImportInterruptedException.class,
                    () -> load(FailingStore.failingOn(store, 3, new AtomicInteger()), grants, "3", false));
            assertEquals(6, e.written().created(), e.getMessage());
            assertTrue(e.getMessage().contains("the disk is full") && e.getMessage().contains("Run the same import again"),
                    e.getMessage());
            ImportResult rest = load(store, grants, "3", false);
            assertEquals(one.created() - 6, rest.created(), rest.toString());
            RoundTripTest.assertSameFiles(reexport(whole), reexport(store), "finished by a run again");
        }
    }

    @Test
    void aDryRunCountsWhatTheImportDoesAndWritesNothing() throws IOException {
        byte[] grants = package_();
        try (LocalityStore store = RoundTripTest.frame("trafford")) {
            int before = records(store);
            ImportResult dry = load(store, grants, "3", true);
            assertEquals(before, records(store));
            ImportResult done = load(store, grants, "3", false);
            assertTrue(dry.dryRun() && !done.dryRun());
            assertEquals(done.created(), dry.created());
            assertEquals(done.updated(), dry.updated());
            assertEquals(done.unchanged(), dry.unchanged());
            assertEquals(before + done.created(), records(store));
        }
    }

    @Test
    void aSchemeMadeFromTheFileHasItsLargestGrantAsCapAndAPersonPaidTwiceIsCreatedOnce() throws IOException {
        byte[] grants = file(grant("g-1", "GBP", 100, individual("7")), grant("g-2", "GBP", 250, organisation("friends",
                "Friends of the Park")), grant("g-3", "GBP", 40, individual("7")), grant("g-4", "GBP", 60,
                organisation("friends", "Friends of the Park (renamed)")));
        try (LocalityStore store = RoundTripTest.frame("trafford")) {
            int before = records(store);
            ImportResult result = load(store, grants, "1", false);
            // the scheme, the organisation, one person and four grants
            assertEquals(new ImportResult(7, 0, 0, false, java.util.List.of()), result);
            assertEquals(before + 7, records(store));
            GrantScheme scheme = store.get(StandardKinds.GRANT_SCHEME, "gp-new").orElseThrow().value();
            assertEquals(Money.pounds(250), scheme.capPerGrant());
            assertEquals(EnumSet.of(RecipientKind.INDIVIDUAL, RecipientKind.GROUP), scheme.eligible());
            assertEquals("Friends of the Park (renamed)", store.get(StandardKinds.ORGANISATION, "friends").orElseThrow().value().name());
            assertEquals(1, store.all(StandardKinds.PERSON).size());
            assertEquals(store.get(StandardKinds.GRANT, "g-1").orElseThrow().value().recipient(),
                    store.get(StandardKinds.GRANT, "g-3").orElseThrow().value().recipient());
            ImportResult again = load(store, grants, "1", false);
            assertEquals(again.total(), again.unchanged(), "a run again changes nothing: " + again);
        }
    }

    @Test
    void anIdGivenTwiceFarApartIsRefusedAndNothingIsWritten() throws IOException {
        String[] grants = new String[30];
        for (int i = 0; i < grants.length; i++) {
            grants[i] = grant("g-" + (i == 29 ? 2 : i), "GBP", 10 + i, organisation("o-" + i, "Group " + i));
        }
        try (LocalityStore store = RoundTripTest.frame("trafford")) {
            int before = records(store);
            ImportException e = assertThrows(ImportException.class, () -> load(store, file(grants), "5", false));
            assertEquals(1, e.errors().size(), e.getMessage());
            assertTrue(e.getMessage().contains("(grants[29].id): \"360G-trafford-g-2\" appears twice in the file (first as"
                    + " grants[2])"), e.getMessage());
            assertEquals(before, records(store));
        }
    }

    @Test
    void aGrantInAnotherCurrencyThanItsNewSchemeIsRefusedAfterTheWholeFileIsRead() throws IOException {
        byte[] grants = file(grant("g-1", "GBP", 100, individual("1")), grant("g-2", "EUR", 50, individual("2")));
        try (LocalityStore store = RoundTripTest.frame("trafford")) {
            int before = records(store);
            ImportException e = assertThrows(ImportException.class, () -> load(store, grants, "1", false));
            assertTrue(e.getMessage().contains("(grants[1] (Grant.amount)): \"EUR 50.00\" must be at most the scheme's"
                    + " cap of"), e.getMessage());
            assertEquals(before, records(store));
        }
    }
}
