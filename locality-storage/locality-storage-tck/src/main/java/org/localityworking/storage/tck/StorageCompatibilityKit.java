package org.localityworking.storage.tck;

import static org.apiguardian.api.API.Status.MAINTAINED;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.localityworking.core.ValidationException;
import org.localityworking.core.model.Asset;
import org.localityworking.core.model.AssetCategory;
import org.localityworking.core.model.ContactDetails;
import org.localityworking.core.model.EngagementEvent;
import org.localityworking.core.model.EventKind;
import org.localityworking.core.model.GeoPoint;
import org.localityworking.core.model.Grant;
import org.localityworking.core.model.Locality;
import org.localityworking.core.model.LocalityPartnership;
import org.localityworking.core.model.Money;
import org.localityworking.core.model.Organisation;
import org.localityworking.core.model.OrganisationKind;
import org.localityworking.core.model.PartyRef;
import org.localityworking.core.model.Person;
import org.localityworking.core.model.Role;
import org.localityworking.core.model.RoleAssignment;
import org.localityworking.core.model.ProjectStatus;
import org.localityworking.core.model.Sector;
import org.localityworking.core.model.Story;
import org.localityworking.core.model.Tangibility;
import org.localityworking.core.model.TransferStatus;
import org.localityworking.core.model.VotingEvent;
import org.localityworking.core.model.WardPart;
import org.localityworking.core.plugin.PluginRegistry;
import org.localityworking.storage.ConcurrencyConflictException;
import org.localityworking.storage.Dimension;
import org.localityworking.storage.ErasureReport;
import org.localityworking.storage.Keys;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.PersonalData;
import org.localityworking.storage.Query;
import org.localityworking.storage.NoStoreException;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.StorageException;
import org.localityworking.storage.UnitOfWork;
import org.localityworking.storage.Versioned;
import org.localityworking.storage.registry.StorageProviderRegistry;
import org.localityworking.storage.registry.Stores;
import org.localityworking.storage.spi.OpenMode;
import org.localityworking.storage.spi.ProviderInfo;
import org.localityworking.storage.spi.StorageBackendProvider;
import org.localityworking.storage.tck.SampleData.Sample;

/**
 * The storage compatibility kit. A provider's test subclasses it and implements the one factory method,
 * {@link #storeUnderTest(Path)}; the kit's {@link Nested} groups then check the whole contract
 * ({@code CONTRACT.md}): round trips of every kind, every query, units of work, versioning, concurrency,
 * bad input, edge values, personal-data rights, persistence and discovery.
 *
 * <pre>{@code
 * class MemoryStorageKitTest extends StorageCompatibilityKit {
 *     protected StoreUnderTest storeUnderTest(Path workDir) {
 *         return StoreUnderTest.of(new MemoryStorageProvider(), "memory:", Map.of());   // persistence from its ProviderInfo
 *     }
 * }
 * }</pre>
 */
@org.junit.jupiter.api.extension.ExtendWith(KitTimeLimit.class)
@API(status = MAINTAINED, since = "1.0")
public abstract class StorageCompatibilityKit {
    /** The size of the kit's largest unit of work: larger than any batch a backend is likely to send at once. */
    protected static final int LARGEST_UNIT = 5_000;

    /** Child JVMs in the multi-process case (for backends that declare {@code MULTI_PROCESS}). */
    protected static final int PROCESSES = 3;
    /** Units of work each child commits in the multi-process case. */
    protected static final int UNITS_PER_PROCESS = 3;
    /** Records in each of those units. */
    protected static final int RECORDS_PER_UNIT = 2_000;

    /** {@return event {@code n} of a large unit, its id {@code prefix + n}} */
    static EngagementEvent largeUnitEvent(String prefix, int n) {
        return EngagementEvent.builder().id(prefix + n).localityId(SampleData.OTAS).kind(EventKind.COMMUNITY_EVENT)
                .title("Event " + n + " of a large unit \u00e9\u4e2d\uD83C\uDF33 \"quoted\" 'and' \\ back")
                .heldOn(LocalDate.of(2016, 1, 1).plusDays(n % 700)).attendance(n).build();
    }

    /** {@return how many of the events {@code prefix + 0 .. prefix + (n - 1)} the store holds, read by id} */
    static int present(LocalityStore store, String prefix, int n) {
        int present = 0;
        for (int i = 0; i < n; i++) {
            if (store.get(StandardKinds.EVENT, prefix + i).isPresent()) {
                present++;
            }
        }
        return present;
    }

    /** How many times the crash trial kills a child process (for backends that declare durable commits). */
    protected static final int CRASH_TRIALS = 5;

    /** Threads in the concurrency tests. */
    protected static final int THREADS = 8;
    /** Successful updates each thread makes in the concurrency tests. */
    protected static final int UPDATES_PER_THREAD = 25;

    /** What is under test, for this test. */
    protected StoreUnderTest sut;
    /** The store opened for this test. */
    protected LocalityStore store;
    /** The empty directory given to {@link #storeUnderTest(Path)} for this test. */
    protected Path workDir;

    /**
     * The one factory method: the provider under test and a fresh location for one test's data.
     *
     * @param workDir an empty directory for this test, deleted afterwards
     */
    protected abstract StoreUnderTest storeUnderTest(Path workDir);

    @BeforeEach
    void openStore(@TempDir Path workDir) {
        this.workDir = workDir;
        sut = storeUnderTest(workDir);
        store = sut.open();
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    /** {@return the samples, as parameters for the round-trip tests} */
    static Stream<Sample<?>> samples() {
        return SampleData.all().stream();
    }

    private static <T> void assertRoundTrip(LocalityStore store, Sample<T> sample, long version) {
        Optional<Versioned<T>> read = store.get(sample.kind(), sample.id());
        assertTrue(read.isPresent(), sample + " was not found after saving");
        assertEquals(sample.value(), read.get().value(), sample + " changed on the way through the store");
        assertEquals(version, read.get().version(), sample + " version");
    }

    private static List<String> ids(List<? extends Versioned<?>> rows, Kind<?> kind) {
        List<String> ids = new ArrayList<>();
        for (Versioned<?> v : rows) {
            ids.add(idOf(kind, v.value()));
        }
        return ids;
    }

    private static <T> String idOf(Kind<T> kind, Object value) {
        return kind.id(kind.type().cast(value));
    }

    private static Asset asset(String id, String locality, String ward, AssetCategory category, TransferStatus status) {
        return new Asset(id, locality, Optional.of(ward), "Asset " + id, "Description of " + id, category,
                Tangibility.TANGIBLE, Optional.empty(), false, status, Optional.empty(), Optional.empty());
    }

    // ------------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("Round trip: every kind of aggregate comes back exactly as saved")
    class RoundTrip {
        @ParameterizedTest(name = "{0}")
        @MethodSource("org.localityworking.storage.tck.StorageCompatibilityKit#samples")
        void eachSampleRoundTrips(Sample<?> sample) {
            SampleData.saveAll(store);
            assertRoundTrip(store, sample, 1);
        }

        @Test
        void theSamplesCoverEveryKind() {
            Set<String> covered = new java.util.HashSet<>();
            SampleData.all().forEach(s -> covered.add(s.kind().name()));
            for (Kind<?> kind : store.kinds()) {
                assertTrue(covered.contains(kind.name()), "no sample of " + kind.name());
            }
        }

        @Test
        void everyKindListsAllOfItsRecords() {
            SampleData.saveAll(store);
            Map<Kind<?>, Integer> expected = new HashMap<>();
            SampleData.all().forEach(s -> expected.merge(s.kind(), 1, Integer::sum));
            for (Kind<?> kind : store.kinds()) {
                assertEquals(expected.get(kind).intValue(), store.all(kind).size(), kind.name());
            }
        }

        @Test
        void anUpdateReplacesTheRecordAndBumpsTheVersion() {
            SampleData.saveAll(store);
            Versioned<Asset> v1 = store.get(StandardKinds.ASSET, "a-back-gallery").orElseThrow();
            Asset renamed = new Asset(v1.value().id(), v1.value().localityId(), v1.value().wardId(), "The Back Gallery M16",
                    v1.value().description(), v1.value().category(), v1.value().tangibility(), v1.value().owner(),
                    v1.value().sensitive(), v1.value().transfer(), v1.value().acv(), v1.value().location());
            Versioned<Asset> v2 = store.save(StandardKinds.ASSET, renamed, v1.version());
            assertEquals(2, v2.version());
            assertEquals(renamed, store.get(StandardKinds.ASSET, "a-back-gallery").orElseThrow().value());
            assertEquals(2, store.get(StandardKinds.ASSET, "a-back-gallery").orElseThrow().version());
        }

        @Test
        void aDeletedRecordIsGone() {
            SampleData.saveAll(store);
            store.delete(StandardKinds.EVENT, "ev-otas-2015", 1);
            assertEquals(Optional.empty(), store.get(StandardKinds.EVENT, "ev-otas-2015"));
            assertEquals(List.of(), store.all(StandardKinds.EVENT));
        }

        @Test
        void aMissingRecordIsEmptyNotAnError() {
            assertEquals(Optional.empty(), store.get(StandardKinds.PERSON, "nobody"));
            assertEquals(List.of(), store.all(StandardKinds.PERSON));
        }

        @Test
        void theSameIdInTwoKindsIsTwoRecords() {
            SampleData.saveAll(store);
            store.create(StandardKinds.EVENT, new EngagementEvent("sale", SampleData.SALE, EventKind.WARD_ASSEMBLY,
                    "Sale Ward Assembly", LocalDate.of(2015, 3, 1), OptionalInt.empty()));
            assertEquals("Sale", store.get(StandardKinds.LOCALITY, "sale").orElseThrow().value().name());
            assertEquals("Sale Ward Assembly", store.get(StandardKinds.EVENT, "sale").orElseThrow().value().title());
        }
    }

    // ------------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("Queries: by locality, ward, category, status, date range, parent, council and person")
    class Queries {
        @BeforeEach
        void data() {
            SampleData.saveAll(store);
        }

        @Test
        void assetsByLocality() {
            assertEquals(List.of("a-amina-gardening", "a-back-gallery"),
                    ids(store.query(StandardKinds.ASSET, Query.all().locality(SampleData.OTAS)), StandardKinds.ASSET));
        }

        @Test
        void assetsByWard() {
            assertEquals(List.of("a-sale-moor-centre"),
                    ids(store.query(StandardKinds.ASSET, Query.all().ward(SampleData.SALE_MOOR)), StandardKinds.ASSET));
        }

        @Test
        void assetsByCategory() {
            assertEquals(List.of("a-back-gallery"),
                    ids(store.query(StandardKinds.ASSET, Query.all().where(Keys.ASSET_CATEGORY, AssetCategory.PHYSICAL)), StandardKinds.ASSET));
        }

        @Test
        void assetsByLocalityAndCategory() {
            assertEquals(List.of("a-amina-gardening"), ids(store.query(StandardKinds.ASSET,
                    Query.all().locality(SampleData.OTAS).where(Keys.ASSET_CATEGORY, AssetCategory.INDIVIDUALS)), StandardKinds.ASSET));
            assertEquals(List.of(), store.query(StandardKinds.ASSET,
                    Query.all().locality(SampleData.SALE).where(Keys.ASSET_CATEGORY, AssetCategory.INDIVIDUALS)));
        }

        @Test
        void assetsByTransferStatus() {
            assertEquals(List.of("a-sale-moor-centre"),
                    ids(store.query(StandardKinds.ASSET, Query.all().where(Keys.ASSET_TRANSFER, TransferStatus.PROPOSED)), StandardKinds.ASSET));
        }

        @Test
        void projectsByStatus() {
            assertEquals(1, store.query(StandardKinds.PROJECT, Query.all().where(Keys.PROJECT_STATUS, ProjectStatus.ACTIVE)).size());
            assertEquals(0, store.query(StandardKinds.PROJECT, Query.all().where(Keys.PROJECT_STATUS, ProjectStatus.COMPLETED)).size());
        }

        @Test
        void grantsByDateRangeIncludeBothEnds() {
            LocalDate first = SampleData.GROUP_GRANT.awardedOn();
            LocalDate last = SampleData.AMINA_GRANT.awardedOn();
            assertEquals(List.of("g-m16-001", "g-vsg-001"),
                    ids(store.query(StandardKinds.GRANT, Query.all().between(first, last)), StandardKinds.GRANT));
            assertEquals(List.of("g-vsg-001"),
                    ids(store.query(StandardKinds.GRANT, Query.all().between(first, last.minusDays(1))), StandardKinds.GRANT));
            assertEquals(List.of("g-m16-001"),
                    ids(store.query(StandardKinds.GRANT, Query.all().between(first.plusDays(1), last)), StandardKinds.GRANT));
        }

        @Test
        void grantsOfAScheme() {
            assertEquals(List.of("g-m16-001"),
                    ids(store.query(StandardKinds.GRANT, Query.all().parent("m16-small-grants")), StandardKinds.GRANT));
        }

        @Test
        void localitiesOfACouncilAndByWard() {
            assertEquals(List.of("old-trafford-stretford", "sale"),
                    ids(store.query(StandardKinds.LOCALITY, Query.all().council("trafford")), StandardKinds.LOCALITY));
            assertEquals(List.of("old-trafford-stretford"),
                    ids(store.query(StandardKinds.LOCALITY, Query.all().ward(SampleData.LONGFORD)), StandardKinds.LOCALITY));
        }

        @Test
        void recordsThatReferToAPerson() {
            assertEquals(List.of("lp-otas"), ids(store.query(StandardKinds.PARTNERSHIP, Query.all().person("p-amina")),
                    StandardKinds.PARTNERSHIP));
            assertEquals(List.of("g-m16-001"), ids(store.query(StandardKinds.GRANT, Query.all().person("p-amina")), StandardKinds.GRANT));
            assertEquals(List.of(), store.query(StandardKinds.GRANT, Query.all().person("p-joe")));
        }

        @Test
        void eventsByKindAndDate() {
            assertEquals(1, store.query(StandardKinds.EVENT, Query.all().where(Keys.EVENT_KIND, EventKind.STAKEHOLDER_WORKSHOP)
                    .between(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31))).size());
            assertEquals(0, store.query(StandardKinds.EVENT, Query.all().where(Keys.EVENT_KIND, EventKind.STAKEHOLDER_WORKSHOP)
                    .between(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31))).size());
        }

        @Test
        void resultsAreOrderedById() {
            store.runInTransaction(u -> {
                for (String id : List.of("z-9", "b-2", "m-5")) {
                    u.save(StandardKinds.ASSET, asset(id, SampleData.SALE, SampleData.SALE_MOOR, AssetCategory.ASSOCIATIONS,
                            TransferStatus.NOT_APPLICABLE), 0);
                }
            });
            assertEquals(List.of("a-sale-moor-centre", "b-2", "m-5", "z-9"),
                    ids(store.query(StandardKinds.ASSET, Query.all().locality(SampleData.SALE)), StandardKinds.ASSET));
        }

        @Test
        void anUpdateMovesTheRecordBetweenIndexEntries() {
            Versioned<Asset> v = store.get(StandardKinds.ASSET, "a-back-gallery").orElseThrow();
            Asset moved = asset("a-back-gallery", SampleData.SALE, SampleData.SALE_MOOR, AssetCategory.STORIES_CULTURE,
                    TransferStatus.TRANSFERRED);
            store.save(StandardKinds.ASSET, moved, v.version());
            assertEquals(List.of(), store.query(StandardKinds.ASSET, Query.all().where(Keys.ASSET_CATEGORY, AssetCategory.PHYSICAL)));
            assertEquals(List.of("a-back-gallery"), ids(store.query(StandardKinds.ASSET,
                    Query.all().locality(SampleData.SALE).where(Keys.ASSET_CATEGORY, AssetCategory.STORIES_CULTURE)), StandardKinds.ASSET));
            assertEquals(List.of("a-amina-gardening"),
                    ids(store.query(StandardKinds.ASSET, Query.all().locality(SampleData.OTAS)), StandardKinds.ASSET));
        }

        @Test
        void aDeletedRecordLeavesTheIndexes() {
            store.delete(StandardKinds.GRANT, "g-vsg-001", 1);
            assertEquals(List.of(), store.query(StandardKinds.GRANT, Query.all().parent("vsg-2015")));
            assertEquals(List.of("g-m16-001"), ids(store.query(StandardKinds.GRANT, Query.all().ward(SampleData.LONGFORD)),
                    StandardKinds.GRANT));
        }

        @Test
        void countMatchesTheQuery() {
            assertEquals(3, store.count(StandardKinds.ASSET, Query.all()));
            assertEquals(2, store.count(StandardKinds.ASSET, Query.all().locality(SampleData.OTAS)));
        }

        @Test
        void aQueryOnADimensionTheKindLacksIsRefused() {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> store.query(StandardKinds.WARD, Query.all().with(Dimension.STATUS, "ACTIVE")));
            assertEquals("Query.status", e.field());
            assertEquals("ACTIVE", e.value());
        }

        @Test
        void anUnknownKeyFindsNothing() {
            assertEquals(List.of(), store.query(StandardKinds.ASSET, Query.all().locality("atlantis")));
        }
    }

    // ------------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("Paging: limit and keyset pages (after an id) are cut by the library from every match in id order")
    class Paging {
        @BeforeEach
        void data() {
            SampleData.saveAll(store);
        }

        private <T> List<String> pagedThrough(Kind<T> kind, Query<? super T> query, int size) {
            List<String> seen = new ArrayList<>();
            Query<? super T> page = query.limit(size);
            for (int guard = 0; guard < 1_000; guard++) {
                List<String> ids = ids(store.query(kind, page), kind);
                assertTrue(ids.size() <= size, "a page of " + size + " held " + ids.size());
                assertEquals(ids.size(), store.count(kind, page), "count of a page is the page's size");
                seen.addAll(ids);
                if (ids.size() < size) {
                    return seen;
                }
                page = query.after(ids.get(ids.size() - 1)).limit(size);
            }
            throw new AssertionError("paging through " + kind.name() + " did not end");
        }

        @Test
        void pagesOfEverySizeTogetherAreTheWholeAnswerInIdOrder() {
            for (Kind<?> kind : List.of(StandardKinds.ASSET, StandardKinds.PERSON, StandardKinds.WARD, StandardKinds.GRANT, StandardKinds.EVENT)) {
                List<String> whole = ids(store.query(kind, Query.all()), kind);
                for (int size : new int[] {1, 2, 3, 1_000}) {
                    assertEquals(whole, pagedThrough(kind, Query.all(), size), kind.name() + " in pages of " + size);
                }
            }
        }

        @Test
        void aPageOfAQueryByDerivedCouncilIsAPageOfItsAnswer() {
            Query<Object> byCouncil = Query.all().council(SampleData.TRAFFORD.council().id());
            List<String> whole = ids(store.query(StandardKinds.ASSET, byCouncil), StandardKinds.ASSET);
            assertTrue(whole.size() >= 3, "the sample data has assets in Trafford: " + whole);
            assertEquals(whole, pagedThrough(StandardKinds.ASSET, byCouncil, 2));
            assertEquals(whole.subList(1, 2), ids(store.query(StandardKinds.ASSET, byCouncil.after(whole.get(0)).limit(1)),
                    StandardKinds.ASSET));
        }

        @Test
        void afterAnIdNoRecordHasStartsAtTheNextOne() {
            List<String> whole = ids(store.query(StandardKinds.ASSET, Query.all()), StandardKinds.ASSET);
            String between = whole.get(0) + "\u0000"; // sorts after the first id and before the second
            assertEquals(whole.subList(1, whole.size()), ids(store.query(StandardKinds.ASSET, Query.all().after(between)),
                    StandardKinds.ASSET));
            assertEquals(List.of(), store.query(StandardKinds.ASSET, Query.all().after("\uffff")));
        }

        @Test
        void aLimitBelowOneIsRefusedNamingTheField() {
            ValidationException e = assertThrows(ValidationException.class, () -> Query.all().limit(0));
            assertEquals("Query.limit", e.field());
        }
    }

    // ------------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("Units of work commit all or nothing")
    class UnitsOfWork {
        @Test
        void aUnitCommitsAllItsWrites() {
            SampleData.saveAll(store);
            for (Sample<?> s : SampleData.all()) {
                assertTrue(store.get(s.kind(), s.id()).isPresent(), s.toString());
            }
        }

        @Test
        void anExceptionInTheWorkLeavesNothing() {
            RuntimeException boom = new IllegalStateException("the work failed half way");
            RuntimeException thrown = assertThrows(RuntimeException.class, () -> store.runInTransaction(u -> {
                SampleData.saveAll(u);
                throw boom;
            }));
            assertSame(boom, thrown, "the work's own exception reaches the caller");
            for (Kind<?> kind : store.kinds()) {
                assertEquals(List.of(), store.all(kind), kind.name() + " was written by a failed unit of work");
            }
        }

        @Test
        void aConflictLeavesNothingOfTheUnit() {
            SampleData.saveAll(store);
            assertThrows(ConcurrencyConflictException.class, () -> store.runInTransaction(u -> {
                u.save(StandardKinds.ORGANISATION, new Organisation("new-org", "New group", Sector.VCSE,
                        OrganisationKind.COMMUNITY_GROUP, Optional.empty()), 0);
                u.save(StandardKinds.ORGANISATION, SampleData.RESIDENTS, 0); // exists already: conflict
            }));
            assertEquals(Optional.empty(), store.get(StandardKinds.ORGANISATION, "new-org"));
        }

        /**
         * A large unit creating hundreds of records, one of which exists (at version 2), first, in the middle or last:
         * the conflict names that record at its stored version and nothing of the unit lands. A backend that sends new
         * records in batches (the JDBC backend, 1,000 a batch) or several to a statement must still name that one.
         */
        @Test
        void aLargeUnitCreatingOneExistingRecordConflictsOnItAndLandsNothing() {
            SampleData.saveAll(store);
            Versioned<Organisation> stored = store.get(StandardKinds.ORGANISATION, SampleData.RESIDENTS.id()).orElseThrow();
            store.save(StandardKinds.ORGANISATION, new Organisation(SampleData.RESIDENTS.id(), "Renamed residents",
                    SampleData.RESIDENTS.sector(), SampleData.RESIDENTS.kind(), SampleData.RESIDENTS.localityId()),
                    stored.version());
            int before = store.all(StandardKinds.ORGANISATION).size();
            for (int at : new int[] {0, 260, 399}) {
                ConcurrencyConflictException e = assertThrows(ConcurrencyConflictException.class,
                        () -> store.runInTransaction(u -> {
                            for (int i = 0; i < 400; i++) {
                                u.save(StandardKinds.ORGANISATION, i == at ? SampleData.RESIDENTS
                                        : new Organisation(String.format(java.util.Locale.ROOT, "bulk-org-%03d", i),
                                                "Bulk group " + i, Sector.VCSE, OrganisationKind.COMMUNITY_GROUP,
                                                Optional.empty()), 0);
                            }
                        }), "the existing record at " + at);
                assertEquals(List.of("organisation", SampleData.RESIDENTS.id(), 0L, 2L),
                        List.of(e.kind(), e.id(), e.expectedVersion(), e.actualVersion()), "the existing record at " + at);
                assertEquals(before, store.all(StandardKinds.ORGANISATION).size(), "records landed; existing at " + at);
                assertEquals("Renamed residents", store.get(StandardKinds.ORGANISATION, SampleData.RESIDENTS.id())
                        .orElseThrow().value().name());
            }
        }

        @Test
        void aUnitReadsItsOwnWrites() {
            String seen = store.inTransaction(u -> {
                SampleData.saveAll(u);
                return u.get(StandardKinds.LOCALITY, SampleData.OTAS).orElseThrow().value().name();
            });
            assertEquals("Old Trafford & Stretford", seen);
        }

        /**
         * A record created and saved again in the same unit lands once, as its last save left it, at version 2 (the
         * unit's write of a new record at a version above 1; beside it one saved once, at version 1).
         */
        @Test
        void aRecordCreatedAndSavedAgainInOneUnitLandsAtItsLastVersion() {
            store.runInTransaction(u -> {
                Versioned<Organisation> first = u.save(StandardKinds.ORGANISATION, new Organisation("twice-org",
                        "First name", Sector.VCSE, OrganisationKind.COMMUNITY_GROUP, Optional.empty()), 0);
                u.save(StandardKinds.ORGANISATION, new Organisation("twice-org", "Second name", Sector.VCSE,
                        OrganisationKind.COMMUNITY_GROUP, Optional.empty()), first.version());
                u.save(StandardKinds.ORGANISATION, new Organisation("once-org", "Once", Sector.VCSE,
                        OrganisationKind.COMMUNITY_GROUP, Optional.empty()), 0);
            });
            Versioned<Organisation> twice = store.get(StandardKinds.ORGANISATION, "twice-org").orElseThrow();
            assertEquals(List.of("Second name", 2L), List.of(twice.value().name(), twice.version()));
            assertEquals(1L, store.get(StandardKinds.ORGANISATION, "once-org").orElseThrow().version());
            assertEquals(List.of("once-org", "twice-org"), store.query(StandardKinds.ORGANISATION, Query.all()).stream()
                    .map(v -> v.value().id()).toList());
        }

        @Test
        void writesAreInvisibleOutsideTheUnitUntilCommit() {
            Optional<?> outside = store.inTransaction(u -> {
                SampleData.saveAll(u);
                return store.get(StandardKinds.COUNCIL, "trafford");
            });
            assertEquals(Optional.empty(), outside);
            assertTrue(store.get(StandardKinds.COUNCIL, "trafford").isPresent());
        }

        /**
         * A unit larger than any batch a backend sends at once either lands whole (each record at version 1, all
         * found by a query) or is refused with nothing of it stored: a commit that goes on writing after its
         * transaction ended, or says "nothing was written" over rows it wrote, fails here.
         */
        @Test
        void aLargeUnitLandsWholeOrIsRefusedLeavingNothing() {
            SampleData.saveAll(store);
            try {
                store.runInTransaction(u -> {
                    for (int i = 0; i < LARGEST_UNIT; i++) {
                        u.save(StandardKinds.EVENT, largeUnitEvent("ev-large-", i), 0);
                    }
                });
            } catch (StorageException e) {
                assertEquals(0, present(store, "ev-large-", LARGEST_UNIT), "the commit was refused (" + e.getMessage()
                        + ") but records of the unit are in the store");
                return;
            }
            assertEquals(LARGEST_UNIT, present(store, "ev-large-", LARGEST_UNIT), "the commit returned but records of"
                    + " the unit are missing");
            assertEquals(LARGEST_UNIT, store.query(StandardKinds.EVENT, Query.all().locality(SampleData.OTAS)).stream()
                    .filter(v -> v.value().id().startsWith("ev-large-") && v.version() == 1).count());
            assertEquals(largeUnitEvent("ev-large-", LARGEST_UNIT - 1),
                    store.get(StandardKinds.EVENT, "ev-large-" + (LARGEST_UNIT - 1)).orElseThrow().value());
        }

        @Test
        void aDeleteAndACreateInOneUnitBothLand() {
            SampleData.saveAll(store);
            store.runInTransaction(u -> {
                u.delete(StandardKinds.EVENT, "ev-otas-2015", 1);
                u.save(StandardKinds.EVENT, new EngagementEvent("ev-sale-2015", SampleData.SALE, EventKind.WARD_ASSEMBLY,
                        "Sale Ward Assembly", LocalDate.of(2015, 5, 1), OptionalInt.of(40)), 0);
            });
            assertEquals(List.of("ev-sale-2015"), ids(store.all(StandardKinds.EVENT), StandardKinds.EVENT));
        }
    }

    // ------------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("Optimistic versioning: no update is lost silently")
    class Versioning {
        @BeforeEach
        void data() {
            SampleData.saveAll(store);
        }

        @Test
        void creatingAnExistingRecordConflicts() {
            ConcurrencyConflictException e = assertThrows(ConcurrencyConflictException.class,
                    () -> store.create(StandardKinds.PERSON, SampleData.JOE));
            assertEquals("person", e.kind());
            assertEquals("p-joe", e.id());
            assertEquals(0, e.expectedVersion());
            assertEquals(1, e.actualVersion());
        }

        @Test
        void aStaleUpdateConflictsAndLeavesTheNewerValue() {
            Versioned<Person> read = store.get(StandardKinds.PERSON, "p-joe").orElseThrow();
            Person first = withName(read.value(), "Joe Brennan (Cllr)");
            Person second = withName(read.value(), "J. Brennan");
            store.save(StandardKinds.PERSON, first, read.version());
            ConcurrencyConflictException e = assertThrows(ConcurrencyConflictException.class,
                    () -> store.save(StandardKinds.PERSON, second, read.version()));
            assertEquals(1, e.expectedVersion());
            assertEquals(2, e.actualVersion());
            assertEquals(first, store.get(StandardKinds.PERSON, "p-joe").orElseThrow().value());
        }

        /**
         * {@code LocalityStore.versions} names exactly the stored records among the ids asked, at their versions,
         * for more ids than one database query names (the JDBC backend asks 500 a {@code SELECT}); an importer takes
         * an id it leaves out for a new record.
         */
        @Test
        void versionsNameExactlyTheStoredRecordsAtTheirVersions() {
            Versioned<Person> read = store.get(StandardKinds.PERSON, "p-joe").orElseThrow();
            store.save(StandardKinds.PERSON, withName(read.value(), "Joe B"), read.version());
            java.util.Map<String, Long> expected = new java.util.HashMap<>();
            List<String> ids = new ArrayList<>();
            for (Versioned<Person> v : store.all(StandardKinds.PERSON)) {
                expected.put(v.value().id(), v.version());
            }
            for (int i = 0; i < 1_200; i++) {
                ids.add(String.format(java.util.Locale.ROOT, "p-absent-%04d", i));
                if (i == 600) { // the stored ones past the first 500 asked, where a second database query finds them
                    ids.addAll(expected.keySet());
                }
            }
            assertEquals(expected, store.versions(StandardKinds.PERSON, ids));
            assertEquals(2L, store.versions(StandardKinds.PERSON, List.of("p-joe", "nobody")).get("p-joe"));
            assertEquals(java.util.Map.of(), store.versions(StandardKinds.PERSON, List.of()));
        }

        @Test
        void aStaleDeleteConflicts() {
            Versioned<Person> read = store.get(StandardKinds.PERSON, "p-joe").orElseThrow();
            store.save(StandardKinds.PERSON, withName(read.value(), "Joe"), read.version());
            assertThrows(ConcurrencyConflictException.class, () -> store.delete(StandardKinds.PERSON, "p-joe", 1));
            assertTrue(store.get(StandardKinds.PERSON, "p-joe").isPresent());
        }

        @Test
        void deletingAMissingRecordConflicts() {
            ConcurrencyConflictException e = assertThrows(ConcurrencyConflictException.class,
                    () -> store.delete(StandardKinds.PERSON, "nobody", 1));
            assertEquals(0, e.actualVersion());
        }

        @Test
        void twoSavesOfOneRecordInOneUnitChainTheirVersions() {
            Versioned<Person> read = store.get(StandardKinds.PERSON, "p-joe").orElseThrow();
            Versioned<Person> last = store.inTransaction(u -> {
                Versioned<Person> once = u.save(StandardKinds.PERSON, withName(read.value(), "Joe 2"), read.version());
                return u.save(StandardKinds.PERSON, withName(read.value(), "Joe 3"), once.version());
            });
            assertEquals(3, last.version());
            Versioned<Person> stored = store.get(StandardKinds.PERSON, "p-joe").orElseThrow();
            assertEquals("Joe 3", stored.value().name());
            assertEquals(3, stored.version());
        }

        @Test
        void aLargeUnitWithOneStaleRecordConflictsOnThatRecordAndWritesNothing() {
            // more records than a backend may check in one question (the JDBC backend asks 500 ids at a time)
            List<Organisation> groups = java.util.stream.IntStream.range(0, 1_200)
                    .mapToObj(i -> new Organisation(String.format(java.util.Locale.ROOT, "o-bulk-%04d", i),
                            "Group " + i, Sector.VCSE,
                            OrganisationKind.OTHER, Optional.empty()))
                    .toList();
            store.runInTransaction(u -> groups.forEach(g -> u.save(StandardKinds.ORGANISATION, g, 0)));
            var stale = groups.get(777);
            store.save(StandardKinds.ORGANISATION, new Organisation(stale.id(), "Renamed",
                    stale.sector(), stale.kind(), stale.localityId()), 1);
            ConcurrencyConflictException e = assertThrows(ConcurrencyConflictException.class,
                    () -> store.runInTransaction(u -> groups.forEach(g -> u.save(StandardKinds.ORGANISATION,
                            new Organisation(g.id(), g.name() + " (2)", g.sector(),
                                    g.kind(), g.localityId()), 1))));
            assertEquals(stale.id(), e.id());
            assertEquals(1, e.expectedVersion());
            assertEquals(2, e.actualVersion());
            for (var g : groups) {
                Versioned<Organisation> v = store.get(StandardKinds.ORGANISATION, g.id()).orElseThrow();
                assertEquals(g.id().equals(stale.id()) ? 2 : 1, v.version(), g.id());
            }
            List<String> created = new ArrayList<>();
            for (int i = 1_200; i < 1_800; i++) {
                created.add(String.format(java.util.Locale.ROOT, "o-bulk-%04d", i));
            }
            ConcurrencyConflictException again = assertThrows(ConcurrencyConflictException.class,
                    () -> store.runInTransaction(u -> {
                        created.forEach(id -> u.save(StandardKinds.ORGANISATION, new Organisation(
                                id, "New", Sector.VCSE,
                                OrganisationKind.OTHER, Optional.empty()), 0));
                        u.save(StandardKinds.ORGANISATION, groups.get(5), 0); // stored already: creating it again conflicts
                    }));
            assertEquals(groups.get(5).id(), again.id());
            assertEquals(1, again.actualVersion());
            assertTrue(store.get(StandardKinds.ORGANISATION, "o-bulk-1500").isEmpty());
        }

        @Test
        void aNegativeExpectedVersionIsBadInput() {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> store.save(StandardKinds.PERSON, SampleData.JOE, -1));
            assertEquals("-1", e.value());
        }
    }

    private static Person withName(Person p, String name) {
        return new Person(p.id(), name, p.contact(), p.homeWardId(), p.roles());
    }

    // ------------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("Concurrency: 8 threads doing read-modify-write")
    class Concurrency {
        @BeforeEach
        void data() {
            SampleData.saveAll(store);
        }

        private Callable<int[]> incrementer(List<String> ids, int seed) {
            return () -> {
                int successes = 0;
                int conflicts = 0;
                int n = 0;
                while (successes < UPDATES_PER_THREAD) {
                    String id = ids.get((seed + n++) % ids.size());
                    Versioned<VotingEvent> read = store.get(StandardKinds.VOTING_EVENT, id).orElseThrow();
                    VotingEvent v = read.value();
                    VotingEvent plusOne = new VotingEvent(v.id(), v.councilId(), v.localityId(), v.name(), v.heldOn(),
                            v.voters() + 1, v.tallies());
                    try {
                        store.save(StandardKinds.VOTING_EVENT, plusOne, read.version());
                        successes++;
                    } catch (ConcurrencyConflictException e) {
                        conflicts++;
                    }
                }
                return new int[] {successes, conflicts};
            };
        }

        private int[] run(List<String> ids) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<int[]>> futures = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    Callable<int[]> work = incrementer(ids, t);
                    futures.add(pool.submit(() -> {
                        start.await();
                        return work.call();
                    }));
                }
                start.countDown();
                int[] total = new int[2];
                for (Future<int[]> f : futures) {
                    int[] r = f.get(5, TimeUnit.MINUTES);
                    total[0] += r[0];
                    total[1] += r[1];
                }
                return total;
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void everyUpdateToOneSharedRecordLandsOrConflicts() throws Exception {
            int before = store.get(StandardKinds.VOTING_EVENT, "ve-2015-sale").orElseThrow().value().voters();
            int[] result = run(List.of("ve-2015-sale"));
            Versioned<VotingEvent> after = store.get(StandardKinds.VOTING_EVENT, "ve-2015-sale").orElseThrow();
            assertEquals(THREADS * UPDATES_PER_THREAD, result[0]);
            assertEquals(before + result[0], after.value().voters(),
                    "the final count must account for every successful commit (" + result[1] + " conflicts)");
            assertEquals(1 + result[0], after.version());
        }

        @Test
        void everyUpdateToSeveralSharedRecordsLandsOrConflicts() throws Exception {
            List<String> ids = List.of("ve-a", "ve-b", "ve-c");
            store.runInTransaction(u -> {
                for (String id : ids) {
                    u.save(StandardKinds.VOTING_EVENT, new VotingEvent(id, "trafford", Optional.empty(), "Vote " + id,
                            LocalDate.of(2015, 7, 1), 0, List.of()), 0);
                }
            });
            int[] result = run(ids);
            int total = 0;
            long versions = 0;
            for (String id : ids) {
                Versioned<VotingEvent> v = store.get(StandardKinds.VOTING_EVENT, id).orElseThrow();
                total += v.value().voters();
                versions += v.version() - 1;
            }
            assertEquals(result[0], total, "updates lost");
            assertEquals(result[0], versions);
        }

        /**
         * One writer saves two records together, round after round; readers read one and then the other (by
         * id, and both in one query) and must never see the second older than the first: every unit of work
         * is visible whole or not at all, on later reads too.
         */
        @Test
        void noReaderEverSeesHalfAUnitOfWork() throws Exception {
            List<String> ids = List.of("ve-pair-a", "ve-pair-b");
            store.runInTransaction(u -> ids.forEach(id -> u.save(StandardKinds.VOTING_EVENT, VotingEvent.builder().id(id)
                    .councilId("trafford").name("Pair " + id).heldOn(LocalDate.of(2015, 7, 1)).voters(0).build(), 0)));
            int rounds = 3000;
            AtomicInteger halfSeen = new AtomicInteger();
            List<String> examples = java.util.Collections.synchronizedList(new ArrayList<>());
            java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<?>> readers = new ArrayList<>();
                for (int t = 0; t < THREADS - 1; t++) {
                    boolean byQuery = t % 2 == 1;
                    readers.add(pool.submit(() -> {
                        while (writing.get()) {
                            if (!byQuery) {
                                int first = store.get(StandardKinds.VOTING_EVENT, ids.get(0)).orElseThrow().value().voters();
                                int second = store.get(StandardKinds.VOTING_EVENT, ids.get(1)).orElseThrow().value().voters();
                                if (second < first) {
                                    halfSeen.incrementAndGet();
                                    examples.add("get: a at round " + first + ", then b at round " + second);
                                }
                                continue;
                            }
                            List<Versioned<VotingEvent>> both = store.query(StandardKinds.VOTING_EVENT,
                                    Query.all().council("trafford")).stream()
                                    .filter(v -> ids.contains(v.value().id())).toList();
                            if (both.size() == 2 && both.get(0).value().voters() != both.get(1).value().voters()) {
                                halfSeen.incrementAndGet();
                                examples.add("query: a at round " + both.get(0).value().voters() + ", b at round "
                                        + both.get(1).value().voters());
                            }
                        }
                        return null;
                    }));
                }
                Future<?> writer = pool.submit(() -> {
                    try {
                        for (int round = 1; round <= rounds; round++) {
                            int r = round;
                            store.runInTransaction(u -> {
                                for (String id : ids) {
                                    Versioned<VotingEvent> v = u.get(StandardKinds.VOTING_EVENT, id).orElseThrow();
                                    u.save(StandardKinds.VOTING_EVENT, v.value().withVoters(r), v.version());
                                }
                            });
                        }
                    } finally {
                        writing.set(false);
                    }
                    return null;
                });
                writer.get(5, TimeUnit.MINUTES);
                for (Future<?> f : readers) {
                    f.get(5, TimeUnit.MINUTES);
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(0, halfSeen.get(), "readers saw half a unit of work " + halfSeen.get() + " times, for example "
                    + examples.stream().limit(3).toList());
            assertEquals(rounds, store.get(StandardKinds.VOTING_EVENT, ids.get(1)).orElseThrow().value().voters());
        }

        /**
         * For backends that declare {@code SNAPSHOT_QUERIES}: a writer moves 300 records to the next round in one
         * unit, again and again, while readers query all of them; every query's records come from one commit
         * point, so all carry the same round.
         */
        @Test
        void aSnapshotQueryNeverMixesTwoCommits() throws Exception {
            assumeTrue(sut.provider().info().has(ProviderInfo.Capability.SNAPSHOT_QUERIES),
                    "the provider does not declare snapshot queries");
            int records = 300;
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < records; i++) {
                ids.add(String.format("ve-snap-%03d", i));
            }
            store.runInTransaction(u -> ids.forEach(id -> u.save(StandardKinds.VOTING_EVENT, VotingEvent.builder().id(id)
                    .councilId("trafford").name("Snapshot " + id).heldOn(LocalDate.of(2015, 7, 1)).voters(0).build(), 0)));
            AtomicInteger mixed = new AtomicInteger();
            AtomicInteger queries = new AtomicInteger();
            List<String> examples = java.util.Collections.synchronizedList(new ArrayList<>());
            java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> readers = new ArrayList<>();
                for (int t = 0; t < 3; t++) {
                    readers.add(pool.submit(() -> {
                        while (writing.get()) {
                            java.util.IntSummaryStatistics rounds = store.query(StandardKinds.VOTING_EVENT,
                                    Query.all().council("trafford")).stream()
                                    .filter(v -> v.value().id().startsWith("ve-snap-"))
                                    .mapToInt(v -> v.value().voters()).summaryStatistics();
                            queries.incrementAndGet();
                            if (rounds.getCount() != records || rounds.getMin() != rounds.getMax()) {
                                mixed.incrementAndGet();
                                examples.add(rounds.toString());
                            }
                        }
                        return null;
                    }));
                }
                Future<?> writer = pool.submit(() -> {
                    try {
                        for (int round = 1; round <= 60; round++) {
                            int r = round;
                            store.runInTransaction(u -> {
                                for (String id : ids) {
                                    Versioned<VotingEvent> v = u.get(StandardKinds.VOTING_EVENT, id).orElseThrow();
                                    u.save(StandardKinds.VOTING_EVENT, v.value().withVoters(r), v.version());
                                }
                            });
                        }
                    } finally {
                        writing.set(false);
                    }
                    return null;
                });
                writer.get(5, TimeUnit.MINUTES);
                for (Future<?> f : readers) {
                    f.get(5, TimeUnit.MINUTES);
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(0, mixed.get(), mixed.get() + " of " + queries.get() + " queries mixed two commits, for example "
                    + examples.stream().limit(3).toList());
        }

        @Test
        void concurrentCreatesOfOneIdLetExactlyOneWin() throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            AtomicInteger wins = new AtomicInteger();
            AtomicInteger conflicts = new AtomicInteger();
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int n = t;
                    futures.add(pool.submit(() -> {
                        start.await();
                        try {
                            store.create(StandardKinds.ORGANISATION, new Organisation("contended", "Group " + n, Sector.VCSE,
                                    OrganisationKind.COMMUNITY_GROUP, Optional.empty()));
                            wins.incrementAndGet();
                        } catch (ConcurrencyConflictException e) {
                            conflicts.incrementAndGet();
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> f : futures) {
                    f.get(5, TimeUnit.MINUTES);
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(1, wins.get());
            assertEquals(THREADS - 1, conflicts.get());
            assertEquals(1, store.get(StandardKinds.ORGANISATION, "contended").orElseThrow().version());
        }
    }

    // ------------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("Bad input: one clear error, nothing written")
    class BadInput {
        @Test
        void aReferenceToAMissingLocalityRefusesTheWholeUnit() {
            ValidationException e = assertThrows(ValidationException.class, () -> store.runInTransaction(u -> {
                SampleData.saveAll(u);
                u.save(StandardKinds.ASSET, asset("a-lost", "atlantis", SampleData.LONGFORD, AssetCategory.PHYSICAL,
                        TransferStatus.NOT_APPLICABLE), 0);
            }));
            assertEquals("Asset.localityId", e.field());
            assertEquals("atlantis", e.value());
            assertTrue(e.rule().contains("stored locality"), e.rule());
            for (Kind<?> kind : store.kinds()) {
                assertEquals(List.of(), store.all(kind), kind.name() + " written by a refused unit");
            }
        }

        @Test
        void aGrantOverItsSchemesCapIsRefusedAndNothingWritten() {
            SampleData.saveAll(store);
            Grant over = new Grant("g-m16-002", "m16-small-grants", PartyRef.person("p-joe"), Money.pence(30_001),
                    LocalDate.of(2015, 9, 20), Optional.of(SampleData.LONGFORD), "Planters", "Planters", true,
                    Optional.empty());
            ValidationException e = assertThrows(ValidationException.class, () -> store.runInTransaction(u -> {
                u.save(StandardKinds.EVENT, new EngagementEvent("ev-new", SampleData.OTAS, EventKind.OTHER, "New",
                        LocalDate.of(2015, 9, 20), OptionalInt.empty()), 0);
                u.save(StandardKinds.GRANT, over, 0);
            }));
            assertEquals("Grant.amount", e.field());
            assertEquals(Optional.empty(), store.get(StandardKinds.GRANT, "g-m16-002"));
            assertEquals(Optional.empty(), store.get(StandardKinds.EVENT, "ev-new"));
        }

        @Test
        void aGrantToAGroupFromAnIndividualsSchemeIsRefused() {
            SampleData.saveAll(store);
            Grant toGroup = new Grant("g-m16-003", "m16-small-grants", PartyRef.organisation("m16-residents"),
                    Money.pounds(100), LocalDate.of(2015, 9, 20), Optional.empty(), "Tools", "Tools", false,
                    Optional.empty());
            ValidationException e = assertThrows(ValidationException.class, () -> store.create(StandardKinds.GRANT, toGroup));
            assertEquals("Grant.recipient", e.field());
            assertEquals(Optional.empty(), store.get(StandardKinds.GRANT, "g-m16-003"));
        }

        @Test
        void aReferenceSavedInTheSameUnitIsAccepted() {
            store.runInTransaction(u -> {
                u.save(StandardKinds.ASSET, asset("a-first", SampleData.OTAS, SampleData.LONGFORD, AssetCategory.PHYSICAL,
                        TransferStatus.NOT_APPLICABLE), 0);
                SampleData.saveAll(u);
            });
            assertTrue(store.get(StandardKinds.ASSET, "a-first").isPresent());
        }

        @Test
        void deletingAReferencedRecordInTheSameUnitIsRefused() {
            SampleData.saveAll(store);
            ValidationException e = assertThrows(ValidationException.class, () -> store.runInTransaction(u -> {
                u.delete(StandardKinds.WARD, SampleData.SALE_MOOR, 1);
                u.save(StandardKinds.ASSET, asset("a-new", SampleData.SALE, SampleData.SALE_MOOR, AssetCategory.PHYSICAL,
                        TransferStatus.NOT_APPLICABLE), 0);
            }));
            assertEquals("Asset.wardId", e.field());
            assertTrue(store.get(StandardKinds.WARD, SampleData.SALE_MOOR).isPresent());
        }

        @Test
        void aReversedDateRangeIsRefused() {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> Query.all().between(LocalDate.of(2016, 1, 1), LocalDate.of(2015, 1, 1)));
            assertEquals("Query.to", e.field());
        }

        @Test
        void theProviderRefusesALocationItDoesNotAccept() throws java.io.IOException {
            String refused = "nonsense:" + workDir.resolve("refused");
            assertFalse(sut.provider().accepts(refused), "accepts(\"" + refused + "\") must be false: a provider"
                    + " accepts only the locations it can open");
            List<String> before = filesUnder(workDir);
            ValidationException e = assertThrows(ValidationException.class,
                    () -> sut.provider().open(refused, Map.of(), Set.copyOf(store.kinds())).close(),
                    "open(\"" + refused + "\") must refuse a location the provider does not accept with a"
                            + " ValidationException naming it, before doing anything: check accepts(location) first in"
                            + " open");
            assertTrue(String.valueOf(e.value()).contains("nonsense:"), "the ValidationException must name the"
                    + " refused location as its value, but its value is " + e.value());
            assertEquals(before, filesUnder(workDir), "refusing a location must create nothing");
        }

        @Test
        void theProviderRefusesAnUnknownOption() {
            Map<String, String> options = new HashMap<>(sut.options());
            options.put("no-such-option", "1");
            ValidationException e = assertThrows(ValidationException.class,
                    () -> sut.provider().open(sut.location(), options, Set.copyOf(store.kinds())).close());
            assertTrue(e.field().contains("no-such-option"), e.field());
        }
    }

    // ------------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("Edge values round-trip exactly")
    class EdgeValues {
        @BeforeEach
        void data() {
            SampleData.saveAll(store);
        }

        private void roundTripOrganisation(String id, String name) {
            Organisation o = new Organisation(id, name, Sector.VCSE, OrganisationKind.COMMUNITY_GROUP, Optional.empty());
            store.create(StandardKinds.ORGANISATION, o);
            assertEquals(o, store.get(StandardKinds.ORGANISATION, id).orElseThrow().value());
        }

        @Test
        void unicodeNamesRoundTrip() {
            List<String> names = List.of("Cymdeithas Gymunedol Llanfair\u0177", "\u0627\u0644\u062c\u0645\u0639\u064a\u0629",
                    "\u7e41\u9ad4\u4e2d\u6587\u793e\u5340", "Caf\u00e9 cre\u0300me (combining)", "\uD83C\uDF33 Tree club \uD83C\uDF31",
                    "Zero\u200Bwidth", "\u05E2\u05D1\u05E8\u05D9\u05EA mixed LTR", "Tab\there", "Line\nbreak");
            for (int i = 0; i < names.size(); i++) {
                roundTripOrganisation("u-" + i, names.get(i));
            }
        }

        @Test
        void veryLongTextRoundTrips() {
            StringBuilder sb = new StringBuilder();
            while (sb.length() < 200_000) {
                sb.append("Residents cleaned the alley \u00e9\u4e2d\uD83C\uDF33 ");
            }
            Asset a = new Asset("a-long", SampleData.OTAS, Optional.empty(), "x".repeat(1000), sb.toString(),
                    AssetCategory.STORIES_CULTURE, Tangibility.INTANGIBLE, Optional.empty(), false,
                    TransferStatus.NOT_APPLICABLE, Optional.empty(), Optional.empty());
            store.create(StandardKinds.ASSET, a);
            assertEquals(a, store.get(StandardKinds.ASSET, "a-long").orElseThrow().value());
        }

        @Test
        void theLongestIdWithEveryPermittedCharacterRoundTrips() {
            String id = ("A9._:-" + "z".repeat(200)).substring(0, 128);
            roundTripOrganisation(id, "Longest id");
            assertEquals(1, store.query(StandardKinds.ORGANISATION, Query.all()).stream()
                    .filter(v -> v.value().id().equals(id)).count());
        }

        @Test
        void extremeDatesAndNumbersRoundTrip() {
            EngagementEvent early = new EngagementEvent("ev-early", SampleData.OTAS, EventKind.OTHER, "Early",
                    LocalDate.of(1, 1, 1), OptionalInt.of(Integer.MAX_VALUE));
            EngagementEvent late = new EngagementEvent("ev-late", SampleData.OTAS, EventKind.OTHER, "Late",
                    LocalDate.of(9999, 12, 31), OptionalInt.of(0));
            store.runInTransaction(u -> {
                u.save(StandardKinds.EVENT, early, 0);
                u.save(StandardKinds.EVENT, late, 0);
            });
            assertEquals(early, store.get(StandardKinds.EVENT, "ev-early").orElseThrow().value());
            assertEquals(late, store.get(StandardKinds.EVENT, "ev-late").orElseThrow().value());
            assertEquals(List.of("ev-early"), ids(store.query(StandardKinds.EVENT,
                    Query.all().between(LocalDate.of(1, 1, 1), LocalDate.of(1, 1, 1))), StandardKinds.EVENT));
        }

        @Test
        void extremeCoordinatesAndMoneyRoundTrip() {
            Asset corner = new Asset("a-corner", SampleData.OTAS, Optional.empty(), "Corner", "At the edge of the map",
                    AssetCategory.PHYSICAL, Tangibility.TANGIBLE, Optional.empty(), false, TransferStatus.NOT_APPLICABLE,
                    Optional.empty(), Optional.of(new GeoPoint(-90.0, 180.0)));
            Asset precise = new Asset("a-precise", SampleData.OTAS, Optional.empty(), "Precise", "Many decimals",
                    AssetCategory.PHYSICAL, Tangibility.TANGIBLE, Optional.empty(), false, TransferStatus.NOT_APPLICABLE,
                    Optional.empty(), Optional.of(new GeoPoint(53.45591234567891, -2.274012345678912)));
            Grant big = new Grant("g-big", "vsg-2015", PartyRef.organisation("m16-residents"), Money.pence(0),
                    LocalDate.of(2015, 7, 31), Optional.empty(), "Nil award", "A grant of nothing", false,
                    Optional.empty());
            store.runInTransaction(u -> {
                u.save(StandardKinds.ASSET, corner, 0);
                u.save(StandardKinds.ASSET, precise, 0);
                u.save(StandardKinds.GRANT, big, 0);
            });
            assertEquals(corner, store.get(StandardKinds.ASSET, "a-corner").orElseThrow().value());
            assertEquals(precise, store.get(StandardKinds.ASSET, "a-precise").orElseThrow().value());
            assertEquals(big, store.get(StandardKinds.GRANT, "g-big").orElseThrow().value());
        }

        @Test
        void emptyCollectionsAndOptionalsRoundTrip() {
            LocalityPartnership empty = new LocalityPartnership("lp-empty", SampleData.SALE, "Sale Locality Partnership",
                    org.localityworking.core.model.MembershipMode.DEFINED, LocalDate.of(2013, 6, 1), List.of());
            store.create(StandardKinds.PARTNERSHIP, empty);
            assertEquals(empty, store.get(StandardKinds.PARTNERSHIP, "lp-empty").orElseThrow().value());
        }

        /** Ids are case-sensitive: {@code Group-a}, {@code group-A} and {@code GROUP-A} are three records. */
        @Test
        void idsThatDifferOnlyInCaseAreSeparateRecords() {
            List<String> ids = List.of("group-a", "Group-a", "group-A", "GROUP-A");
            for (String id : ids) {
                roundTripOrganisation(id, "Name of " + id);
            }
            for (String id : ids) {
                assertEquals("Name of " + id, store.get(StandardKinds.ORGANISATION, id).orElseThrow().value().name());
                assertEquals(1, store.get(StandardKinds.ORGANISATION, id).orElseThrow().version());
            }
            assertEquals(new TreeSet<>(ids), new TreeSet<>(store.query(StandardKinds.ORGANISATION, Query.all()).stream()
                    .map(v -> v.value().id()).filter(id -> id.equalsIgnoreCase("group-a")).toList()));
            store.delete(StandardKinds.ORGANISATION, "Group-a", 1);
            assertTrue(store.get(StandardKinds.ORGANISATION, "group-a").isPresent(), "deleting Group-a kept group-a");
            assertTrue(store.get(StandardKinds.ORGANISATION, "Group-a").isEmpty());
        }

        /**
         * Dates are days, not instants: under default time zones far from UTC (and across a daylight-saving change)
         * every date reads back as saved, a range of one day finds exactly its records, and so after a reopen.
         */
        @Test
        void datesAreTheSameDayUnderEveryDefaultTimeZone() {
            java.util.TimeZone before = java.util.TimeZone.getDefault();
            List<LocalDate> days = List.of(LocalDate.of(2016, 3, 27), LocalDate.of(2015, 10, 25), LocalDate.of(2000, 2, 29),
                    LocalDate.of(2015, 12, 31), LocalDate.of(1970, 1, 1));
            List<String> zones = List.of("Pacific/Kiritimati", "America/Adak", "Asia/Kathmandu", "Europe/London");
            try {
                for (String zone : zones) {
                    java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(zone));
                    String prefix = "ev-tz-" + zone.replace('/', '.') + "-";
                    store.runInTransaction(u -> {
                        for (int i = 0; i < days.size(); i++) {
                            u.save(StandardKinds.EVENT, new EngagementEvent(prefix + i, SampleData.OTAS, EventKind.OTHER,
                                    "Held under " + zone, days.get(i), OptionalInt.empty()), 0);
                        }
                    });
                    if (sut.persistent()) {
                        store.close();
                        store = sut.open();
                    }
                    for (String readUnder : zones) {
                        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(readUnder));
                        for (int i = 0; i < days.size(); i++) {
                            LocalDate day = days.get(i);
                            assertEquals(day, store.get(StandardKinds.EVENT, prefix + i).orElseThrow().value().heldOn(),
                                    "saved under " + zone + ", read under " + readUnder);
                            int n = i;
                            assertEquals(List.of(prefix + n), ids(store.query(StandardKinds.EVENT, Query.all().between(day, day)),
                                    StandardKinds.EVENT).stream().filter(id -> id.startsWith(prefix)).toList(),
                                    "a range of one day, " + day + ", saved under " + zone + ", queried under " + readUnder);
                        }
                    }
                    java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(zone));
                }
            } finally {
                java.util.TimeZone.setDefault(before);
            }
        }

        @Test
        void quotesAndSqlLikeTextRoundTrip() {
            roundTripOrganisation("q-1", "O'Brien's \"Group\"; DROP TABLE asset; -- \\ %_ ' OR '1'='1");
        }
    }

    // ------------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("Query agreement: every query of every dimension equals a brute-force answer, values and versions")
    class QueryAgreement {
        /** What the kit saved, by kind and id, with the version it expects: the oracle. */
        private final Map<Kind<?>, Map<String, Versioned<?>>> saved = new LinkedHashMap<>();

        @BeforeEach
        void data() {
            List<SampleData.Sample<?>> samples = new ArrayList<>(SampleData.all());
            samples.addAll(SampleData.secondCouncil());
            store.runInTransaction(u -> samples.forEach(sample -> sample.saveIn(u)));
            samples.forEach(sample -> remember(sample, 1));
            // A second save of every asset and person, so versions differ between records.
            store.runInTransaction(u -> samples.stream()
                    .filter(sample -> sample.kind() == StandardKinds.ASSET || sample.kind() == StandardKinds.PERSON)
                    .forEach(sample -> resave(u, sample)));
            samples.stream().filter(sample -> sample.kind() == StandardKinds.ASSET || sample.kind() == StandardKinds.PERSON)
                    .forEach(sample -> remember(sample, 2));
        }

        private <T> void resave(UnitOfWork u, SampleData.Sample<T> sample) {
            u.save(sample.kind(), sample.value(), 1);
        }

        private void remember(SampleData.Sample<?> sample, long version) {
            saved.computeIfAbsent(sample.kind(), k -> new TreeMap<>()).put(sample.id(),
                    new Versioned<>(sample.value(), version));
        }

        /** {@return the query asking for the key on the dimension} */
        private Query<Object> on(Dimension d, String key) {
            return switch (d) {
                case COUNCIL -> Query.all().council(key);
                case LOCALITY -> Query.all().locality(key);
                case WARD -> Query.all().ward(key);
                case CATEGORY -> Query.all().with(Dimension.CATEGORY, key);
                case STATUS -> Query.all().with(Dimension.STATUS, key);
                case PARENT -> Query.all().parent(key);
                case PERSON -> Query.all().person(key);
                case DATE -> Query.all().between(LocalDate.parse(key), LocalDate.parse(key));
            };
        }

        /** Every key the saved records hold on the dimension, each key's prefix, and a key nobody holds. */
        private <T> Set<String> probes(Kind<T> kind, Dimension d, Collection<Versioned<?>> records) {
            Set<String> keys = new TreeSet<>();
            if (kind.derives(d)) {
                // a council reached through a parent: probe with the councils of every stored parent
                Kind<?> parent = kind.councilPath().orElseThrow().parent();
                for (Versioned<?> p : everything(parent)) {
                    keys.addAll(councilsOf(parent, p.value()));
                }
            }
            for (Versioned<?> v : records) {
                T value = kind.type().cast(v.value());
                if (d == Dimension.DATE) {
                    kind.date(value).ifPresent(date -> keys.add(date.toString()));
                } else {
                    keys.addAll(kind.keys(value, d));
                }
            }
            if (d != Dimension.DATE) {
                for (String key : List.copyOf(keys)) {
                    if (key.length() > 1) {
                        keys.add(key.substring(0, key.length() - 1));
                    }
                }
                keys.add("zz-nobody-has-this-key");
            }
            return keys;
        }

        private <P> Set<String> councilsOf(Kind<P> kind, Object value) {
            return kind.keys(kind.type().cast(value), Dimension.COUNCIL);
        }

        /** The oracle for a derived council: a saved parent named on the path carries the council. */
        private <T> boolean inCouncil(Kind<T> kind, T value, String council) {
            Kind.CouncilPath path = kind.councilPath().orElseThrow();
            Map<String, Versioned<?>> parents = saved.getOrDefault(path.parent(), Map.of());
            for (String id : kind.keys(value, path.via())) {
                Versioned<?> p = parents.get(id);
                if (p != null && councilsOf(path.parent(), p.value()).contains(council)) {
                    return true;
                }
            }
            return false;
        }

        private <T> List<String> disagreements(Kind<T> kind) {
            List<String> problems = new ArrayList<>();
            Map<String, Versioned<?>> records = saved.getOrDefault(kind, Map.of());
            for (Dimension d : kind.dimensions()) {
                for (String key : probes(kind, d, records.values())) {
                    Query<Object> q = on(d, key);
                    List<String> expected = records.values().stream()
                            .filter(v -> kind.derives(d) ? inCouncil(kind, kind.type().cast(v.value()), key)
                                    : q.matches(kind, kind.type().cast(v.value())))
                            .map(v -> kind.id(kind.type().cast(v.value())) + " v" + v.version() + " " + v.value())
                            .toList();
                    List<String> actual = store.query(kind, q).stream()
                            .map(v -> kind.id(v.value()) + " v" + v.version() + " " + v.value()).toList();
                    if (!expected.equals(actual)) {
                        problems.add(kind.name() + " by " + d + " = '" + key + "': expected " + ids(expected)
                                + " but got " + ids(actual) + (ids(expected).equals(ids(actual))
                                ? " (same ids, different values or versions)" : ""));
                    }
                    long counted = store.count(kind, q);
                    if (counted != expected.size()) {
                        problems.add(kind.name() + " count by " + d + " = '" + key + "': expected " + expected.size()
                                + " but got " + counted);
                    }
                }
            }
            // two dimensions at once (a backend may index a pair, as the memory backend does locality and category),
            // and a dimension within a range of dates
            List<Dimension> plain = kind.dimensions().stream().filter(d -> d != Dimension.DATE && !kind.derives(d)).toList();
            for (int i = 0; i < plain.size(); i++) {
                for (int j = i + 1; j < plain.size(); j++) {
                    for (String k1 : fewProbes(kind, plain.get(i), records.values())) {
                        for (String k2 : fewProbes(kind, plain.get(j), records.values())) {
                            compare(kind, records, Query.all().with(plain.get(i), k1).with(plain.get(j), k2), problems);
                        }
                    }
                }
            }
            if (kind.dimensions().contains(Dimension.DATE)) {
                for (Dimension d : plain) {
                    for (String key : probes(kind, d, records.values())) {
                        compare(kind, records, Query.all().with(d, key).between(LocalDate.of(2000, 1, 1),
                                LocalDate.of(2030, 12, 31)), problems);
                    }
                }
            }
            List<String> everything = store.query(kind, Query.all()).stream()
                    .map(v -> kind.id(v.value()) + " v" + v.version()).toList();
            List<String> expectedAll = records.entrySet().stream()
                    .map(e -> e.getKey() + " v" + e.getValue().version()).toList();
            if (!expectedAll.equals(everything)) {
                problems.add(kind.name() + " with no filter: expected " + expectedAll + " but got " + everything);
            }
            if (store.count(kind, Query.all()) != expectedAll.size()) {
                problems.add(kind.name() + " count with no filter: expected " + expectedAll.size() + " but got "
                        + store.count(kind, Query.all()));
            }
            for (Map.Entry<String, Versioned<?>> e : records.entrySet()) {
                Optional<Versioned<T>> got = store.get(kind, e.getKey());
                if (got.isEmpty() || !got.get().equals(e.getValue())) {
                    problems.add(kind.name() + " get " + e.getKey() + ": expected v" + e.getValue().version()
                            + " but got " + got.map(v -> "v" + v.version()).orElse("nothing"));
                }
            }
            return problems;
        }

        /** The first six probes and the key nobody holds: enough for pairs, whose count is the product. */
        private <T> List<String> fewProbes(Kind<T> kind, Dimension d, Collection<Versioned<?>> records) {
            List<String> all = new ArrayList<>(probes(kind, d, records));
            List<String> few = new ArrayList<>(all.subList(0, Math.min(6, all.size())));
            few.add("zz-nobody-has-this-key");
            return few;
        }

        /** Adds a problem when the store's answer to a query on no derived dimension differs from the filter's. */
        private <T> void compare(Kind<T> kind, Map<String, Versioned<?>> records, Query<Object> q, List<String> problems) {
            List<String> expected = records.values().stream()
                    .filter(v -> q.matches(kind, kind.type().cast(v.value())))
                    .map(v -> kind.id(kind.type().cast(v.value())) + " v" + v.version() + " " + v.value()).toList();
            List<String> actual = store.query(kind, q).stream()
                    .map(v -> kind.id(v.value()) + " v" + v.version() + " " + v.value()).toList();
            if (!expected.equals(actual)) {
                problems.add(kind.name() + " by " + q + ": expected " + ids(expected) + " but got " + ids(actual));
            }
            if (store.count(kind, q) != expected.size()) {
                problems.add(kind.name() + " count by " + q + ": expected " + expected.size() + " but got "
                        + store.count(kind, q));
            }
        }

        private static List<String> ids(List<String> rows) {
            return rows.stream().map(r -> r.substring(0, r.indexOf(' ', r.indexOf(" v") + 1))).toList();
        }

        @Test
        void everyQueryOfEveryDimensionOfEveryKindEqualsTheBruteForceAnswer() {
            List<String> problems = new ArrayList<>();
            for (Kind<?> kind : store.kinds()) {
                problems.addAll(disagreements(kind));
            }
            assertEquals(List.of(), problems, "two councils whose ids prefix one another; each query's whole"
                    + " result (ids, values and versions, in id order) must equal a filter over what was saved");
        }

        @Test
        void afterAnUpdateAndADeleteEveryQueryStillEqualsTheBruteForceAnswer() {
            Versioned<Asset> gallery = store.get(StandardKinds.ASSET, SampleData.BACK_GALLERY.id()).orElseThrow();
            Asset moved = gallery.value().toBuilder().localityId(SampleData.SALE).wardId(SampleData.SALE_MOOR)
                    .category(AssetCategory.INSTITUTIONS).transfer(TransferStatus.PROPOSED).build();
            store.save(StandardKinds.ASSET, moved, gallery.version());
            saved.get(StandardKinds.ASSET).put(moved.id(), new Versioned<>(moved, gallery.version() + 1));
            store.delete(StandardKinds.ASSET, "a-back", 2);
            saved.get(StandardKinds.ASSET).remove("a-back");
            assertEquals(List.of(), disagreements(StandardKinds.ASSET));
        }

        @Test
        void afterErasureNoQueryOfAnyDimensionFindsThePersonsPersonalData() {
            store.erasePerson(SampleData.AMINA.id());
            List<String> traces = new ArrayList<>();
            List<String> personal = List.of("Amina", "amina.okafor@example.org", "0161 496 0001", "12 Example Street",
                    SampleData.BACK_GALLERY_STORY.text());
            for (Kind<?> kind : store.kinds()) {
                for (Dimension d : kind.dimensions()) {
                    for (String key : probes(kind, d, List.copyOf(everything(kind)))) {
                        for (Versioned<?> v : store.query(kind, on(d, key))) {
                            String shown = v.value().toString();
                            personal.stream().filter(shown::contains).findFirst().ifPresent(p -> traces.add(
                                    kind.name() + " by " + d + " = '" + key + "' still holds '" + p + "'"));
                        }
                    }
                }
            }
            assertEquals(List.of(), traces.stream().distinct().toList());
        }

        /** {@return every record the kit saved of the kind, as the store holds it now} */
        private <T> List<Versioned<?>> everything(Kind<T> kind) {
            List<Versioned<?>> all = new ArrayList<>();
            for (String id : saved.getOrDefault(kind, Map.of()).keySet()) {
                store.get(kind, id).ifPresent(all::add);
            }
            return all;
        }
    }

    // ------------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("Personal data: subject access and erasure")
    class PersonalDataRights {
        @BeforeEach
        void data() {
            SampleData.saveAll(store);
        }

        @Test
        void subjectAccessFindsEveryRecordAboutThePerson() {
            PersonalData data = store.exportPerson("p-amina");
            assertEquals("person", data.records().get(0).kind(), "the person's own record comes first");
            Set<String> found = new java.util.HashSet<>();
            data.records().forEach(e -> found.add(e.kind() + "/" + e.id()));
            assertEquals(Set.of("person/p-amina", "partnership/lp-otas", "enabling_group/eg-otas", "network/net-otas",
                    "asset/a-amina-gardening", "plan/plan-otas", "project/m16-environmental-action", "grant/g-m16-001",
                    "story/s-back-gallery", "warm_space/ws-otas-library", "naming_consent/nc-amina", "gift/gift-amina-cooking"),
                    found);
        }

        @Test
        void subjectAccessForAStrangerIsEmpty() {
            assertTrue(store.exportPerson("nobody").isEmpty());
        }

        @Test
        void erasureLeavesNoTraceOfThePersonsPersonalFields() {
            store.erasePerson("p-amina");
            List<String> traces = List.of("Amina", "Okafor", "amina.okafor@example.org", "0161 496 0001",
                    "12 Example Street", "turned a fly-tipped alley into a gallery", "gardening skills",
                    "Cooks for forty");
            for (Kind<?> kind : store.kinds()) {
                for (Versioned<?> v : store.all(kind)) {
                    String text = v.value().toString();
                    for (String trace : traces) {
                        assertFalse(text.contains(trace), kind.name() + "/" + idOf(kind, v.value())
                                + " still holds \"" + trace + "\" after erasure: " + text);
                    }
                }
            }
            Person erased = store.get(StandardKinds.PERSON, "p-amina").orElseThrow().value();
            assertEquals(Kind.ERASED, erased.name());
            assertTrue(erased.contact().isEmpty());
            assertEquals(Optional.empty(), erased.homeWardId());
        }

        /**
         * Erasure reaches the free text of every record of every kind, a council's own kind too, not only the
         * records that refer to the person: their name, e-mail address, phone number (however it is spaced) and
         * address are removed, and each such record is listed for review, field by field.
         */
        @Test
        void erasureReachesTheFreeTextOfRecordsThatDoNotReferToThePerson() {
            Asset noted = new Asset("a-noted", SampleData.OTAS, Optional.empty(), "Alley garden",
                    "Ask Amina Okafor (0161-496-0001 or +44 161 496 0001, Amina.Okafor@example.org) at 12 Example Street",
                    AssetCategory.PHYSICAL, Tangibility.TANGIBLE, Optional.empty(), false, TransferStatus.NOT_APPLICABLE,
                    Optional.empty(), Optional.empty());
            WarmSpace room = new WarmSpace("ws-noted", "trafford", SampleData.OTAS, Optional.empty(),
                    "Okafor front room", Optional.empty(), "Hosted with Amina Okafor", LocalDate.of(2015, 11, 1));
            store.runInTransaction(u -> {
                u.save(StandardKinds.ASSET, noted, 0);
                u.save(WarmSpace.KIND, room, 0);
            });
            ErasureReport report = store.erasePerson("p-amina");
            String description = store.get(StandardKinds.ASSET, "a-noted").orElseThrow().value().description();
            WarmSpace after = store.get(WarmSpace.KIND, "ws-noted").orElseThrow().value();
            for (String trace : List.of("Okafor", "Amina", "496", "example.org", "Example Street")) {
                assertFalse(description.contains(trace), "\"" + trace + "\" is still in: " + description);
                assertFalse(after.toString().contains(trace), "\"" + trace + "\" is still in: " + after);
            }
            assertTrue(report.needsReview().containsAll(List.of("asset/a-noted", "warm_space/ws-noted")), report.toString());
            assertTrue(report.reviews().containsAll(List.of(new ErasureReport.Review("asset", "a-noted", "description"),
                    new ErasureReport.Review("warm_space", "ws-noted", "name"),
                    new ErasureReport.Review("warm_space", "ws-noted", "hostName"))), report.reviews().toString());
            assertFalse(report.referring().contains("asset/a-noted"), "the asset does not refer to her");
            assertTrue(report.applied());
        }

        /** A dry run of an erasure says what it would change and changes nothing. */
        @Test
        void aPreviewOfAnErasureChangesNothing() {
            ErasureReport preview = store.previewErasure("p-amina");
            assertFalse(preview.applied());
            assertTrue(preview.rewritten().contains("person/p-amina"), preview.toString());
            assertEquals("Amina Okafor", store.get(StandardKinds.PERSON, "p-amina").orElseThrow().value().name());
            assertEquals(1, store.get(StandardKinds.PERSON, "p-amina").orElseThrow().version());
            ErasureReport done = store.erasePerson("p-amina");
            assertEquals(preview.rewritten(), done.rewritten());
            assertEquals(preview.needsReview(), done.needsReview());
        }

        /**
         * For persistent backends: once an erasure has committed (and the backend reported no trace left), no byte
         * of the erased values is in any file under the test's directory, while the store is open (beside a second
         * open store, for backends that allow several), and after it closes. The same scan finds them before the
         * erasure, so the scan can fail.
         */
        @Test
        void noByteOfAnErasedPersonStaysInTheBackendsFiles() throws Exception {
            assumeTrue(sut.persistent(), "the provider keeps nothing after close");
            List<String> values = List.of("Okafor", "amina.okafor@example.org", "0161 496 0001", "12 Example Street");
            store.create(StandardKinds.ASSET, new Asset("a-noted", SampleData.OTAS, Optional.empty(), "Alley garden",
                    "Ask Amina Okafor on 0161 496 0001", AssetCategory.PHYSICAL, Tangibility.TANGIBLE, Optional.empty(),
                    false, TransferStatus.NOT_APPLICABLE, Optional.empty(), Optional.empty()));
            boolean filesHere = !found(values).isEmpty();
            LocalityStore second = sut.provider().info().has(ProviderInfo.Capability.MULTI_PROCESS) ? sut.open() : null;
            try {
                if (second != null) {
                    assertTrue(second.get(StandardKinds.PERSON, "p-amina").isPresent()); // a reader that has read, and is idle now
                }
                ErasureReport report = store.erasePerson("p-amina");
                if (filesHere && report.traces().isEmpty()) {
                    assertEquals(Map.of(), found(values), "the backend reported no trace, yet its files hold the"
                            + " erased values while the store is open");
                }
            } finally {
                if (second != null) {
                    second.close();
                }
            }
            store.close();
            try {
                assertEquals(Map.of(), found(values), "the backend's files hold the erased values after it closed");
            } finally {
                store = sut.open();
            }
        }

        /** {@return for each file under the test's directory that holds any of the values (as UTF-8), which} */
        private Map<String, List<String>> found(List<String> values) throws java.io.IOException {
            Map<String, List<String>> found = new TreeMap<>();
            List<Path> files;
            try (Stream<Path> walk = java.nio.file.Files.walk(workDir)) {
                files = walk.filter(java.nio.file.Files::isRegularFile).toList();
            }
            for (Path file : files) {
                byte[] bytes;
                try {
                    bytes = java.nio.file.Files.readAllBytes(file);
                } catch (java.nio.file.NoSuchFileException e) {
                    continue; // removed meanwhile (a temporary file)
                }
                for (String v : values) {
                    if (indexOf(bytes, v.getBytes(java.nio.charset.StandardCharsets.UTF_8)) >= 0) {
                        found.computeIfAbsent(workDir.relativize(file).toString(), k -> new ArrayList<>()).add(v);
                    }
                }
            }
            return found;
        }

        private static int indexOf(byte[] haystack, byte[] needle) {
            outer:
            for (int i = 0; i + needle.length <= haystack.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (haystack[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }

        /**
         * For persistent backends: a store remembers the council's own kinds it holds; opened without one of them,
         * subject access and erasure refuse, naming it, and change nothing.
         */
        @Test
        void subjectAccessAndErasureRefuseAStoreOpenedWithoutACouncilKindItHolds() {
            assumeTrue(sut.persistent(), "the provider keeps nothing after close, so no kind outlives a store");
            store.close();
            Stores.Builder without = Stores.builder().provider(sut.provider()).location(sut.location());
            sut.options().forEach(without::option);
            try (LocalityStore partial = without.open()) {
                assertEquals(Map.of(WarmSpace.KIND.name(), 1L), partial.undeclaredKinds());
                StorageException access = assertThrows(StorageException.class, () -> partial.exportPerson("p-amina"));
                assertTrue(access.getMessage().contains("warm_space"), access.getMessage());
                StorageException erase = assertThrows(StorageException.class, () -> partial.erasePerson("p-amina"));
                assertTrue(erase.getMessage().contains("warm_space"), erase.getMessage());
                assertEquals("Amina Okafor", partial.get(StandardKinds.PERSON, "p-amina").orElseThrow().value().name());
            } finally {
                store = sut.open();
            }
            assertEquals(Map.of(), store.undeclaredKinds());
            assertFalse(store.exportPerson("p-amina").isEmpty());
        }

        @Test
        void erasureRemovesTheNameFromFreeTextAndListsWhatNeedsAReview() {
            Grant named = new Grant("g-amina-named", "m16-small-grants", PartyRef.person("p-amina"), Money.pounds(50),
                    LocalDate.of(2015, 10, 1), Optional.of(SampleData.LONGFORD), "Benches for Amina",
                    "Amina Okafor asked for two benches; the Okafor family will paint them with Aminah next door",
                    false, Optional.empty());
            store.create(StandardKinds.GRANT, named);
            ErasureReport report = store.erasePerson("p-amina");
            Grant after = store.get(StandardKinds.GRANT, "g-amina-named").orElseThrow().value();
            assertEquals("Benches for " + Kind.ERASED, after.title());
            assertEquals(Kind.ERASED + " asked for two benches; the " + Kind.ERASED
                    + " family will paint them with Aminah next door", after.purpose(), "whole words only");
            assertEquals(PartyRef.person("p-amina"), after.recipient(), "her place is kept");
            assertEquals(SampleData.LONGFORD, after.wardId().orElseThrow(), "ids and keys are never rewritten");
            assertTrue(report.needsReview().contains("grant/g-amina-named"), report.toString());
            assertTrue(report.rewritten().contains("grant/g-amina-named"), report.toString());
            assertFalse(report.needsReview().contains("grant/g-m16-001"),
                    "a grant whose text never named her needs no review: " + report);
            assertEquals(1, store.query(StandardKinds.GRANT, Query.all().person("p-amina")).stream()
                    .filter(v -> v.value().id().equals("g-amina-named")).count(), "still found by her id");
        }

        @Test
        void erasureKeepsRecordsOthersOwnAndMarksThePersonsPlace() {
            ErasureReport report = store.erasePerson("p-amina");
            assertTrue(report.rewritten().contains("person/p-amina"), report.toString());
            assertTrue(report.rewritten().contains("story/s-back-gallery"), report.toString());
            LocalityPartnership lp = store.get(StandardKinds.PARTNERSHIP, "lp-otas").orElseThrow().value();
            assertTrue(lp.members().stream().anyMatch(m -> m.personId().equals("p-amina")), "place kept");
            assertTrue(store.get(StandardKinds.GRANT, "g-m16-001").isPresent(), "the council's grant record stays");
            Story story = store.get(StandardKinds.STORY, "s-back-gallery").orElseThrow().value();
            assertEquals(Kind.ERASED, story.text());
            assertTrue(story.consents().stream().noneMatch(c -> c.personId().equals("p-amina")));
            assertTrue(story.consents().stream().anyMatch(c -> c.personId().equals("p-joe")), "others' consents stay");
        }

        @Test
        void erasureLeavesOtherPeopleAlone() {
            store.erasePerson("p-amina");
            assertEquals(SampleData.JOE, store.get(StandardKinds.PERSON, "p-joe").orElseThrow().value());
            assertEquals(SampleData.BACK_GALLERY, store.get(StandardKinds.ASSET, "a-back-gallery").orElseThrow().value());
        }

        @Test
        void erasingAStrangerIsRefused() {
            ValidationException e = assertThrows(ValidationException.class, () -> store.erasePerson("nobody"));
            assertEquals("nobody", e.value());
        }

        @Test
        void subjectAccessAfterErasureHoldsNoPersonalFields() {
            store.erasePerson("p-amina");
            PersonalData data = store.exportPerson("p-amina");
            Person p = (Person) data.records().get(0).record();
            assertEquals(new Person("p-amina", Kind.ERASED, ContactDetails.none(), Optional.empty(), List.of()), p);
        }
    }

    // ------------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("References: every reference the kinds declare is enforced at commit, naming the record")
    class References {
        @BeforeEach
        void data() {
            SampleData.saveAll(store);
        }

        /** Saves the record, expects the refusal, and checks that its message names the field, value and record. */
        private <T> void assertRefused(Kind<T> kind, T value, String field, String missing, String rule) {
            String id = kind.id(value);
            ValidationException e = assertThrows(ValidationException.class, () -> store.runInTransaction(u -> {
                u.save(kind, value, store.get(kind, id).map(Versioned::version).orElse(0L));
                u.save(StandardKinds.EVENT, new EngagementEvent("ev-with-" + id, SampleData.OTAS, EventKind.OTHER,
                        "Saved in the same unit", LocalDate.of(2016, 1, 1), OptionalInt.empty()), 0);
            }));
            assertEquals(field, e.field(), e.getMessage());
            assertEquals(missing, e.value(), e.getMessage());
            assertTrue(e.rule().contains(rule), e.getMessage());
            assertTrue(e.getMessage().contains(kind.name() + " " + id), "the message names the record: " + e.getMessage());
            assertTrue(store.get(StandardKinds.EVENT, "ev-with-" + id).isEmpty(), "nothing of the unit was written");
        }

        private Person person(Optional<String> homeWard, List<RoleAssignment> roles) {
            return new Person("p-new", "New Resident", ContactDetails.none(), homeWard, roles);
        }

        private Asset ownedBy(PartyRef owner) {
            return Asset.builder().id("a-owned").localityId(SampleData.OTAS).name("Owned").description("Owned asset")
                    .category(AssetCategory.PHYSICAL).tangibility(Tangibility.TANGIBLE).owner(owner).build();
        }

        @Test
        void aLocalitysWardMustExist() {
            Locality l = new Locality("new-locality", "trafford", "New locality", List.of(WardPart.whole("E05999999")), true);
            assertRefused(StandardKinds.LOCALITY, l, "Locality.wards", "E05999999", "stored ward");
        }

        @Test
        void aPersonsHomeWardMustExist() {
            assertRefused(StandardKinds.PERSON, person(Optional.of("E05999999"), List.of()), "Person.homeWardId", "E05999999",
                    "stored ward");
        }

        @Test
        void aRolesLocalityMustExist() {
            assertRefused(StandardKinds.PERSON, person(Optional.empty(), List.of(new RoleAssignment(Role.COMMUNITY_AMBASSADOR,
                    Optional.of("atlantis"), Optional.empty()))), "Person.roles.localityId", "atlantis", "stored locality");
        }

        @Test
        void aRolesOrganisationMustExist() {
            assertRefused(StandardKinds.PERSON, person(Optional.empty(), List.of(new RoleAssignment(Role.COMMUNITY_AMBASSADOR,
                    Optional.empty(), Optional.of("no-such-group")))), "Person.roles.organisationId", "no-such-group",
                    "stored organisation");
        }

        @Test
        void aGrantsRecipientMustExist() {
            Grant toNobody = new Grant("g-nobody", "m16-small-grants", PartyRef.person("p-nobody"), Money.pounds(10),
                    LocalDate.of(2015, 9, 14), Optional.empty(), "To nobody", "A grant to a person not stored", false,
                    Optional.empty());
            assertRefused(StandardKinds.GRANT, toNobody, "Grant.recipient", "p-nobody", "stored person");
            Grant toNoGroup = new Grant("g-no-group", "vsg-2015", PartyRef.organisation("no-such-group"),
                    Money.pounds(10), LocalDate.of(2015, 7, 31), Optional.empty(), "To no group",
                    "A grant to a group not stored", false, Optional.empty());
            assertRefused(StandardKinds.GRANT, toNoGroup, "Grant.recipient", "no-such-group", "stored organisation");
        }

        @Test
        void anAssetsOwnerMustExist() {
            assertRefused(StandardKinds.ASSET, ownedBy(PartyRef.person("p-nobody")), "Asset.owner", "p-nobody", "stored person");
            assertRefused(StandardKinds.ASSET, ownedBy(PartyRef.organisation("no-such-group")), "Asset.owner", "no-such-group",
                    "stored organisation");
        }

        @Test
        void aStorysPeopleMustExist() {
            Story about = Story.builder().id("s-nobody").localityId(SampleData.OTAS).title("About nobody")
                    .text("A story naming someone not stored").personIds(List.of("p-amina", "p-nobody"))
                    .collectedOn(LocalDate.of(2015, 11, 2)).build();
            assertRefused(StandardKinds.STORY, about, "Story.personIds", "p-nobody", "stored person");
            Story collected = Story.builder().id("s-collected").localityId(SampleData.OTAS).title("Collected")
                    .text("A story collected by someone not stored").personIds(List.of("p-amina"))
                    .collectedOn(LocalDate.of(2015, 11, 2)).collectedById("p-nobody").build();
            assertRefused(StandardKinds.STORY, collected, "Story.collectedById", "p-nobody", "stored person");
        }

        @Test
        void anAssetsWardMustLieWithinItsLocality() {
            Asset astray = Asset.builder().id("a-astray").localityId(SampleData.OTAS).wardId(SampleData.SALE_MOOR)
                    .name("Astray").description("In a ward of another locality").category(AssetCategory.PHYSICAL)
                    .tangibility(Tangibility.TANGIBLE).build();
            assertRefused(StandardKinds.ASSET, astray, "Asset.wardId", SampleData.SALE_MOOR, "wards of the asset's locality "
                    + SampleData.OTAS);
        }

        @Test
        void theSameRecordsAreAcceptedWhenWhatTheyReferToIsSavedInTheSameUnit() {
            Person nobody = new Person("p-nobody", "Newly Met", ContactDetails.none(), Optional.of(SampleData.LONGFORD),
                    List.of());
            Story about = Story.builder().id("s-newly-met").localityId(SampleData.OTAS).title("Newly met")
                    .text("A story about a person saved with it").personIds(List.of("p-nobody"))
                    .collectedOn(LocalDate.of(2015, 11, 2)).collectedById("p-nobody").build();
            store.runInTransaction(u -> {
                u.save(StandardKinds.PERSON, nobody, 0);
                u.save(StandardKinds.STORY, about, 0);
                u.save(StandardKinds.ASSET, ownedBy(PartyRef.person("p-nobody")), 0);
            });
            assertEquals(about, store.get(StandardKinds.STORY, "s-newly-met").orElseThrow().value());
            assertEquals(List.of("a-owned"), ids(store.query(StandardKinds.ASSET, Query.all().person("p-nobody")), StandardKinds.ASSET));
        }
    }

    // ------------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("A council's own kind: kept, checked, exported and erased like a standard kind")
    class CustomKinds {
        @BeforeEach
        void data() {
            SampleData.saveAll(store);
            store.runInTransaction(u -> SampleData.secondCouncil().forEach(sample -> sample.saveIn(u)));
        }

        @Test
        void theStoreHoldsTheStandardKindsThenTheCouncilsOwn() {
            List<Kind<?>> expected = new ArrayList<>(StandardKinds.all());
            expected.add(WarmSpace.KIND);
            assertEquals(expected, store.kinds());
        }

        @Test
        void aCustomKindIsQueriedByEachOfItsDimensions() {
            assertEquals(List.of("ws-otas-library"), ids(store.query(WarmSpace.KIND, Query.all().council("trafford")),
                    WarmSpace.KIND));
            assertEquals(List.of("ws-otas"), ids(store.query(WarmSpace.KIND, Query.all().locality("sal")), WarmSpace.KIND));
            assertEquals(List.of("ws-otas-library"), ids(store.query(WarmSpace.KIND,
                    Query.all().ward(SampleData.LONGFORD).person("p-amina")), WarmSpace.KIND));
            assertEquals(2, store.query(WarmSpace.KIND, Query.all().between(LocalDate.of(2015, 12, 1),
                    LocalDate.of(2015, 12, 1))).size());
            assertThrows(ValidationException.class, () -> store.query(WarmSpace.KIND, Query.all().with(Dimension.CATEGORY, "X")),
                    "a dimension the council's kind does not declare is refused");
        }

        @Test
        void aCustomKindsReferencesAreEnforced() {
            WarmSpace nowhere = new WarmSpace("ws-nowhere", "trafford", "atlantis", Optional.empty(), "Nowhere",
                    Optional.empty(), "Nobody", LocalDate.of(2016, 1, 1));
            ValidationException e = assertThrows(ValidationException.class, () -> store.create(WarmSpace.KIND, nowhere));
            assertEquals("WarmSpace.localityId", e.field());
            assertEquals("atlantis", e.value());
            assertTrue(store.get(WarmSpace.KIND, "ws-nowhere").isEmpty(), "nothing written");
        }

        @Test
        void erasureRewritesTheCustomKind() {
            ErasureReport report = store.erasePerson("p-amina");
            assertTrue(report.rewritten().contains("warm_space/ws-otas-library"), report.toString());
            WarmSpace erased = store.get(WarmSpace.KIND, "ws-otas-library").orElseThrow().value();
            assertEquals(Kind.ERASED, erased.hostName());
            assertEquals(Optional.of("p-amina"), erased.hostPersonId(), "the person's place is kept");
            assertEquals("Amin Second", store.get(WarmSpace.KIND, "ws-otas").orElseThrow().value().hostName(),
                    "another council's person, whose id is a prefix of hers, is left alone");
        }

        @Test
        void aStoreOpenedWithoutTheKindRefusesIt() {
            store.close();
            Stores.Builder standardOnly = Stores.builder().provider(sut.provider()).location(sut.location());
            sut.options().forEach(standardOnly::option);
            try (LocalityStore plain = standardOnly.open()) {
                assertEquals(StandardKinds.all(), plain.kinds());
                StorageException e = assertThrows(StorageException.class,
                        () -> plain.get(WarmSpace.KIND, "ws-otas-library"));
                assertTrue(e.getMessage().contains("warm_space"), e.getMessage());
            } finally {
                store = sut.open();
            }
        }

        @Test
        void aKindNamedLikeAStandardKindIsRefused() {
            Kind<WarmSpace> impostor = Kind.builder("asset", WarmSpace.class, WarmSpace::id).build();
            ValidationException e = assertThrows(ValidationException.class,
                    () -> Stores.builder().location(sut.location()).kind(impostor));
            assertEquals("asset", e.value());
        }
    }

    /** {@return every file and folder under the directory, as sorted relative paths} */
    private static List<String> filesUnder(Path dir) throws java.io.IOException {
        try (Stream<Path> walk = java.nio.file.Files.walk(dir)) {
            return walk.map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    // ------------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("Persistence: data outlives the store (persistent providers)")
    class Persistence {
        @Test
        void reopeningKeepsEveryRecordAndVersion() {
            assumeTrue(sut.persistent(), "the provider keeps no data after close, so there is nothing to reopen");
            SampleData.saveAll(store);
            Versioned<Person> joe = store.get(StandardKinds.PERSON, "p-joe").orElseThrow();
            store.save(StandardKinds.PERSON, withName(joe.value(), "Joe B."), joe.version());
            store.close();
            store = sut.open();
            for (Sample<?> s : SampleData.all()) {
                if (!s.id().equals("p-joe")) {
                    assertRoundTrip(store, s, 1);
                }
            }
            assertEquals(2, store.get(StandardKinds.PERSON, "p-joe").orElseThrow().version());
            assertEquals("Joe B.", store.get(StandardKinds.PERSON, "p-joe").orElseThrow().value().name());
        }

        @Test
        void aStoreOpenedOnlyIfItExistsIsNotCreated() throws java.io.IOException {
            assumeTrue(sut.persistent(), "the provider keeps no data after close: an empty store is all it can open");
            assumeTrue(OpenMode.takenBy(sut.provider().info().spiVersion()), "the provider was built for storage SPI "
                    + sut.provider().info().spiVersion() + ", before the open mode (2.2)");
            Path elsewhere = java.nio.file.Files.createDirectory(workDir.resolve("must-exist"));
            StoreUnderTest other = storeUnderTest(elsewhere);
            List<String> before = filesUnder(workDir);
            NoStoreException e = assertThrows(NoStoreException.class, () -> other.open(OpenMode.MUST_EXIST).close(),
                    "opened with OpenMode.MUST_EXIST where no store is (a fresh location from storeUnderTest, in an"
                            + " empty directory), the provider must throw NoStoreException and create nothing (storage"
                            + " SPI 2.2: override open(location, options, kinds, mode))");
            assertFalse(e.location().isBlank(), "NoStoreException.location() must name the location");
            assertEquals(before, filesUnder(workDir), "opening with OpenMode.MUST_EXIST where no store is must create"
                    + " nothing, but these files appeared or went");
            try (LocalityStore created = other.open()) {
                SampleData.saveAll(created);
            }
            try (LocalityStore existing = other.open(OpenMode.MUST_EXIST)) {
                assertTrue(existing.get(StandardKinds.PERSON, "p-joe").isPresent(),
                        "a store that exists opens with OpenMode.MUST_EXIST and holds what was saved");
            }
        }

        @Test
        void theLargestUnitReadsBackWholeAfterAReopen() {
            assumeTrue(sut.persistent(), "the provider keeps no data after close, so there is nothing to reopen");
            SampleData.saveAll(store);
            store.runInTransaction(u -> {
                for (int i = 0; i < LARGEST_UNIT; i++) {
                    u.save(StandardKinds.EVENT, largeUnitEvent("ev-reopen-", i), 0);
                }
            });
            store.close();
            store = sut.open();
            for (int i = 0; i < LARGEST_UNIT; i++) {
                Versioned<EngagementEvent> v = store.get(StandardKinds.EVENT, "ev-reopen-" + i).orElseThrow(
                        () -> new AssertionError("a record of the largest unit is missing after a reopen"));
                assertEquals(largeUnitEvent("ev-reopen-", i), v.value());
                assertEquals(1, v.version());
            }
            assertEquals(LARGEST_UNIT, store.query(StandardKinds.EVENT, Query.all().locality(SampleData.OTAS)).stream()
                    .filter(v -> v.value().id().startsWith("ev-reopen-")).count());
        }

        @Test
        void reopeningKeepsIndexesAndErasure() {
            assumeTrue(sut.persistent(), "the provider keeps no data after close, so there is nothing to reopen");
            SampleData.saveAll(store);
            store.erasePerson("p-amina");
            store.close();
            store = sut.open();
            assertEquals(2, store.query(StandardKinds.ASSET, Query.all().locality(SampleData.OTAS)).size());
            assertEquals(Kind.ERASED, store.get(StandardKinds.PERSON, "p-amina").orElseThrow().value().name());
        }

        /**
         * A backend that leaves files in the test's directory keeps data on disk, so it cannot declare itself
         * non-persistent (which would skip the reopen and crash cases): persistence is what a backend does, not
         * a flag it may leave off.
         */
        @Test
        void aBackendThatKeepsFilesDeclaresItselfPersistent() throws java.io.IOException {
            SampleData.saveAll(store);
            store.close();
            List<Path> files;
            try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(workDir)) {
                files = walk.filter(java.nio.file.Files::isRegularFile).toList();
            } finally {
                store = sut.open();
            }
            assertTrue(files.isEmpty() || sut.persistent(), sut.provider().info().id() + " wrote " + files
                    + " but does not declare PERSISTENT in its ProviderInfo, so the kit's reopen cases were skipped");
        }

        @Test
        void aClosedStoreRefusesWork() {
            store.close();
            assertThrows(StorageException.class, () -> store.get(StandardKinds.PERSON, "p-joe"));
            store = sut.open();
        }

        /**
         * For backends that declare {@code DURABLE_AT_COMMIT}: a child JVM commits units of work to the location
         * and acknowledges each; it is killed with SIGKILL at random moments, {@value #CRASH_TRIALS} times; after
         * each kill the location reopens with every acknowledged unit present and every unit whole.
         */
        @Test
        void everyAcknowledgedCommitSurvivesAKilledProcess() throws Exception {
            assumeTrue(sut.provider().info().has(ProviderInfo.Capability.DURABLE_AT_COMMIT),
                    "the provider does not declare its commits durable");
            store.close(); // one live store per location: the child's
            java.util.Random random = new java.util.Random(20151102L);
            Set<Integer> acknowledged = new java.util.concurrent.ConcurrentSkipListSet<>();
            try {
                for (int trial = 0; trial < CRASH_TRIALS; trial++) {
                    CrashChild.runAndKill(sut.provider().getClass(), sut.location(), sut.options(), random,
                            acknowledged);
                    try (LocalityStore reopened = sut.open()) {
                        List<Versioned<EngagementEvent>> events = reopened.query(StandardKinds.EVENT, Query.all()).stream()
                                .filter(v -> v.value().id().startsWith("ev-crash-")).toList();
                        Set<Integer> present = new java.util.HashSet<>();
                        events.forEach(v -> present.add(v.value().attendance().orElseThrow()));
                        for (int n : acknowledged) {
                            assertTrue(present.contains(n), "trial " + trial + ": acknowledged commit " + n + " was lost");
                        }
                        assertEquals(CrashChild.START + events.size(),
                                reopened.get(StandardKinds.VOTING_EVENT, SampleData.SALE_VOTE.id()).orElseThrow().value().voters(),
                                "trial " + trial + ": every unit of work is whole (one event and one voter each)");
                    }
                }
            } finally {
                store = sut.open();
            }
            assertTrue(acknowledged.size() >= CRASH_TRIALS, "commits acknowledged: " + acknowledged.size());
        }
    }

    // ------------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("Several processes: what a backend that declares MULTI_PROCESS must keep")
    class MultiProcess {
        /**
         * For backends that declare {@code MULTI_PROCESS}: {@value #PROCESSES} child JVMs open the location and,
         * starting together, each commit {@value #UNITS_PER_PROCESS} units of {@value #RECORDS_PER_UNIT} records
         * while this process keeps the location open too. Each unit a child acknowledges is seen at once by this
         * process, whole; each unit a child was refused left nothing; every unit is whole or absent, and so after a
         * reopen.
         */
        @Test
        void severalProcessesCommitLargeUnitsAtOnceEachWholeOrAbsent() throws Exception {
            assumeTrue(sut.provider().info().has(ProviderInfo.Capability.MULTI_PROCESS),
                    "the provider does not declare MULTI_PROCESS");
            SampleData.saveAll(store);
            long startAt = System.currentTimeMillis() + 4_000;
            List<Process> children = new ArrayList<>();
            List<List<String>> outputs = new ArrayList<>();
            List<Thread> readers = new ArrayList<>();
            Map<String, String> outcome = new java.util.concurrent.ConcurrentHashMap<>();
            List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
            try {
                for (int child = 0; child < PROCESSES; child++) {
                    List<String> command = CrashChild.javaCommand(MultiProcessChild.class,
                            List.of(sut.provider().getClass()), sut.provider().getClass().getName(), sut.location(),
                            Integer.toString(child), Integer.toString(UNITS_PER_PROCESS),
                            Integer.toString(RECORDS_PER_UNIT), Long.toString(startAt));
                    sut.options().forEach((k, v) -> command.add(k + "=" + v));
                    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
                    children.add(p);
                    List<String> output = java.util.Collections.synchronizedList(new ArrayList<>());
                    outputs.add(output);
                    Thread reader = new Thread(() -> readChild(p, output, outcome, problems));
                    reader.start();
                    readers.add(reader);
                }
                for (int child = 0; child < PROCESSES; child++) {
                    Process p = children.get(child);
                    if (!p.waitFor(4, TimeUnit.MINUTES)) {
                        throw new AssertionError("child " + child + " did not finish in 4 minutes; it printed:\n"
                                + String.join("\n", outputs.get(child)));
                    }
                    readers.get(child).join(10_000);
                    assertEquals(0, p.exitValue(), "child " + child + " failed; it printed:\n"
                            + String.join("\n", outputs.get(child)));
                }
            } finally {
                children.forEach(Process::destroyForcibly);
            }
            assertEquals(List.of(), problems, "what this process saw while the children committed");
            checkUnits(store, outcome, "while the children ran");
            assertTrue(outcome.values().stream().anyMatch("ACK"::equals), "no child landed any unit: " + outcome);
            if (sut.persistent()) {
                store.close();
                store = sut.open();
                checkUnits(store, outcome, "after a reopen");
            }
        }

        /** Reads a child's output; at each acknowledgement, checks that this process sees the whole unit. */
        private void readChild(Process p, List<String> output, Map<String, String> outcome, List<String> problems) {
            try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(
                    p.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    CrashChild.keep(output, line);
                    String[] f = line.split("[ :]", 4);
                    if ((f[0].equals("ACK") || f[0].equals("REFUSED")) && f.length >= 3) {
                        outcome.put(f[1] + "-" + f[2], f[0]);
                        if (f[0].equals("ACK")) {
                            String prefix = "mp-" + f[1] + "-" + f[2] + "-";
                            for (int n : new int[] {0, RECORDS_PER_UNIT / 2, RECORDS_PER_UNIT - 1}) {
                                if (store.get(StandardKinds.EVENT, prefix + n).isEmpty()) {
                                    problems.add("child " + f[1] + " acknowledged unit " + f[2] + " but this process"
                                            + " does not see its record " + prefix + n);
                                }
                            }
                        }
                    }
                }
            } catch (java.io.IOException | RuntimeException e) {
                problems.add("reading child output: " + e);
            }
        }

        private void checkUnits(LocalityStore s, Map<String, String> outcome, String when) {
            Map<String, Integer> counts = new TreeMap<>();
            for (Versioned<EngagementEvent> v : s.query(StandardKinds.EVENT, Query.all().locality(SampleData.OTAS))) {
                String id = v.value().id();
                if (id.startsWith("mp-")) {
                    counts.merge(id.substring(0, id.lastIndexOf('-')), 1, Integer::sum);
                }
            }
            for (int child = 0; child < PROCESSES; child++) {
                for (int unit = 0; unit < UNITS_PER_PROCESS; unit++) {
                    String key = child + "-" + unit;
                    int n = counts.getOrDefault("mp-" + key, 0);
                    String said = outcome.getOrDefault(key, "nothing");
                    assertTrue(n == 0 || n == RECORDS_PER_UNIT, when + ": unit " + key + " is half there: " + n + " of "
                            + RECORDS_PER_UNIT + " records (the child said " + said + ")");
                    if (said.equals("ACK")) {
                        assertEquals(RECORDS_PER_UNIT, n, when + ": unit " + key + " was acknowledged");
                    } else {
                        assertEquals(0, n, when + ": unit " + key + " was not acknowledged (" + said
                                + ") but its records are in the store");
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("Discovery: the provider loads by id through the production registry")
    class Discovery {
        @Test
        void theRegistryFindsTheProviderById() {
            PluginRegistry<StorageBackendProvider> registry = StorageProviderRegistry.discover();
            assertEquals(sut.provider().getClass(), registry.byId(sut.provider().info().id()).getClass(),
                    "register the provider in META-INF/services and with provides ... with in module-info");
        }

        @Test
        void theRegistryChoosesTheProviderForItsLocation() {
            assertEquals(sut.provider().getClass(),
                    StorageProviderRegistry.forLocation(StorageProviderRegistry.discover(), sut.location()).getClass());
        }

        @Test
        void aStoreOpenedThroughTheRegistryWorks() {
            store.close();
            try (LocalityStore viaRegistry = Stores.builder().location(sut.location()).kind(WarmSpace.KIND).open()) {
                SampleData.saveAll(viaRegistry);
                assertEquals("Trafford Council", viaRegistry.get(StandardKinds.COUNCIL, "trafford").orElseThrow().value().name());
            }
            store = sut.open();
        }

        @Test
        void theProviderDescribesItself() {
            String id = sut.provider().info().id();
            assertTrue(id.matches("[a-z][a-z0-9-]*"), "a lower-case id: " + id);
            assertEquals(StorageBackendProvider.SPI_VERSION, sut.provider().info().spiVersion(),
                    "return the constant StorageBackendProvider.SPI_VERSION from ProviderInfo.spiVersion()");
            assertFalse(sut.provider().info().locationExamples().isEmpty());
            for (String example : sut.provider().info().locationExamples()) {
                assertTrue(sut.provider().accepts(example), id + " does not accept its own example " + example);
            }
            assertTrue(sut.provider().accepts(sut.location()));
            assertNotNull(store.location());
        }
    }
}
