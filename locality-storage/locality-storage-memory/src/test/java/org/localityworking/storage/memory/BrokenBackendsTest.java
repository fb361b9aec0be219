package org.localityworking.storage.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.localityworking.storage.memory.BrokenBackends.Fault;

/**
 * The kit proves it can fail: it runs, through JUnit's own engine test kit, against twenty-six backends that each
 * carry one class of defect, and each must fail the named cases written for that class; the same kit passes
 * the healthy variant of the same backend.
 */
class BrokenBackendsTest {
    /** For each fault, cases that must fail every time (racy faults name the deterministic cases only). */
    private static final Map<Fault, Set<String>> MUST_FAIL = new EnumMap<>(Map.ofEntries(
            Map.entry(Fault.LOSES_UPDATES, Set.of("aStaleUpdateConflictsAndLeavesTheNewerValue", "aStaleDeleteConflicts",
                    "creatingAnExistingRecordConflicts", "aConflictLeavesNothingOfTheUnit")),
            Map.entry(Fault.COMMITS_HALF_A_UNIT, Set.of("aConflictLeavesNothingOfTheUnit",
                    "aGrantOverItsSchemesCapIsRefusedAndNothingWritten", "aReferenceToAMissingLocalityRefusesTheWholeUnit",
                    "deletingAReferencedRecordInTheSameUnitIsRefused")),
            Map.entry(Fault.SKIPS_VERIFY, Set.of("aUnitCommitsAllItsWrites", "aStaleUpdateConflictsAndLeavesTheNewerValue",
                    "aReferenceToAMissingLocalityRefusesTheWholeUnit")),
            Map.entry(Fault.STALE_INDEX, Set.of("everyQueryOfEveryDimensionOfEveryKindEqualsTheBruteForceAnswer",
                    "afterErasureNoQueryOfAnyDimensionFindsThePersonsPersonalData",
                    "afterAnUpdateAndADeleteEveryQueryStillEqualsTheBruteForceAnswer",
                    "anUpdateMovesTheRecordBetweenIndexEntries")),
            Map.entry(Fault.WRONG_VERSIONS_IN_QUERIES, Set.of("everyQueryOfEveryDimensionOfEveryKindEqualsTheBruteForceAnswer",
                    "afterAnUpdateAndADeleteEveryQueryStillEqualsTheBruteForceAnswer")),
            Map.entry(Fault.ONE_COUNCIL_ONLY, Set.of("everyQueryOfEveryDimensionOfEveryKindEqualsTheBruteForceAnswer")),
            Map.entry(Fault.PREFIX_KEYS, Set.of("everyQueryOfEveryDimensionOfEveryKindEqualsTheBruteForceAnswer")),
            Map.entry(Fault.FRACTURED_READS, Set.of("noReaderEverSeesHalfAUnitOfWork")),
            Map.entry(Fault.DUPLICATE_RESULTS, Set.of("everyQueryOfEveryDimensionOfEveryKindEqualsTheBruteForceAnswer",
                    "assetsByLocality", "everyKindListsAllOfItsRecords")),
            Map.entry(Fault.IGNORES_DELETES, Set.of("aDeletedRecordIsGone", "aDeletedRecordLeavesTheIndexes",
                    "afterAnUpdateAndADeleteEveryQueryStillEqualsTheBruteForceAnswer")),
            Map.entry(Fault.FORGETS_ON_REOPEN, Set.of("reopeningKeepsEveryRecordAndVersion",
                    "reopeningKeepsIndexesAndErasure")),
            Map.entry(Fault.WRITES_ON_CLOSE_ONLY, Set.of("everyAcknowledgedCommitSurvivesAKilledProcess")),
            Map.entry(Fault.FILES_BUT_CLAIMS_MEMORY, Set.of("aBackendThatKeepsFilesDeclaresItselfPersistent")),
            Map.entry(Fault.WRITES_ON_AFTER_ITS_TRANSACTION_ENDED, Set.of("aLargeUnitLandsWholeOrIsRefusedLeavingNothing")),
            Map.entry(Fault.REFUSES_AFTER_WRITING_PART, Set.of("aLargeUnitLandsWholeOrIsRefusedLeavingNothing")),
            Map.entry(Fault.CLAIMS_MULTI_PROCESS, Set.of("severalProcessesCommitLargeUnitsAtOnceEachWholeOrAbsent")),
            Map.entry(Fault.CLAIMS_SNAPSHOT_QUERIES, Set.of("aSnapshotQueryNeverMixesTwoCommits")),
            Map.entry(Fault.FOLDS_CASE, Set.of("idsThatDifferOnlyInCaseAreSeparateRecords")),
            Map.entry(Fault.SHIFTS_DATES, Set.of("datesAreTheSameDayUnderEveryDefaultTimeZone")),
            Map.entry(Fault.FAILS_IN_A_CHILD_PROCESS, Set.of("everyAcknowledgedCommitSurvivesAKilledProcess")),
            Map.entry(Fault.APPENDS_EVERY_VERSION, Set.of("noByteOfAnErasedPersonStaysInTheBackendsFiles")),
            Map.entry(Fault.FORGETS_ITS_KINDS, Set.of("subjectAccessAndErasureRefuseAStoreOpenedWithoutACouncilKindItHolds")),
            Map.entry(Fault.IGNORES_OPEN_MODE, Set.of("aStoreOpenedOnlyIfItExistsIsNotCreated")),
            Map.entry(Fault.VERSIONS_OF_THE_FIRST_500, Set.of("versionsNameExactlyTheStoredRecordsAtTheirVersions")),
            Map.entry(Fault.CLAIMS_KEYED_INSERTS, Set.of("creatingAnExistingRecordConflicts",
                    "aConflictLeavesNothingOfTheUnit"))));

    static {
        System.setProperty(BrokenBackends.IN_THE_TEST_JVM, "true");
    }

    private static EngineExecutionResults run(Fault fault) {
        BrokenKitRun.fault = fault;
        try {
            return EngineTestKit.engine("junit-jupiter").selectors(selectClass(BrokenKitRun.class)).execute();
        } finally {
            BrokenKitRun.fault = Fault.NONE;
        }
    }

    private static Set<String> failed(EngineExecutionResults results) {
        Set<String> failed = new TreeSet<>();
        for (Event e : results.testEvents().finished().list()) {
            TestExecutionResult r = e.getPayload(TestExecutionResult.class).orElseThrow();
            if (r.getStatus() == TestExecutionResult.Status.FAILED) {
                e.getTestDescriptor().getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                        .ifPresent(s -> failed.add(s.getMethodName()));
            }
        }
        return failed;
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"NONE", "HANGS"}, mode = EnumSource.Mode.EXCLUDE)
    void theKitCatchesEachClassOfDefect(Fault fault) {
        Set<String> failed = failed(run(fault));
        assertTrue(failed.containsAll(MUST_FAIL.get(fault)), fault + " must fail " + MUST_FAIL.get(fault)
                + " but failed " + failed);
    }

    @Test
    void everyFaultHasItsNamedCases() {
        assertEquals(Set.copyOf(java.util.EnumSet.complementOf(java.util.EnumSet.of(Fault.NONE, Fault.HANGS))),
                MUST_FAIL.keySet());
        assertTrue(MUST_FAIL.size() >= 10, "at least ten broken backends");
    }

    /**
     * Every kit case has a time limit: a backend whose commit never returns fails the case (within the limit a run
     * sets, here 2 s) instead of hanging the build.
     */
    @Test
    void aBackendThatHangsFailsWithinTheKitsTimeLimit() {
        long start = System.nanoTime();
        Throwable why = failureOfOneCase(Fault.HANGS, "UnitsOfWork", "aUnitCommitsAllItsWrites", "2");
        long seconds = java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertTrue(why.getMessage().contains("did not finish within 2 s"), why.getMessage());
        assertTrue(seconds < 60, "failed after " + seconds + " s");
    }

    /** A crash trial whose child fails says so at once, with the child's own error, not a minute later without it. */
    @Test
    void aCrashChildThatFailsShowsItsOwnError() {
        long start = System.nanoTime();
        Throwable why = failureOfOneCase(Fault.FAILS_IN_A_CHILD_PROCESS, "Persistence",
                "everyAcknowledgedCommitSurvivesAKilledProcess", null);
        long seconds = java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertTrue(why.getMessage().contains("exited") && why.getMessage().contains(BrokenBackends.CHILD_ERROR),
                why.getMessage());
        assertTrue(seconds < 30, "failed after " + seconds + " s");
    }

    /**
     * Runs one case of the kit against the broken backend, asserts that it (alone) failed, and returns why.
     *
     * @param group     the kit's nested class, such as {@code UnitsOfWork}
     * @param timeLimit the kit's time limit in seconds for the run, or null for its default
     */
    private static Throwable failureOfOneCase(Fault fault, String group, String method, String timeLimit) {
        BrokenKitRun.fault = fault;
        EngineExecutionResults results;
        try {
            var request = EngineTestKit.engine("junit-jupiter")
                    .selectors(org.junit.platform.engine.discovery.DiscoverySelectors.selectNestedMethod(
                            java.util.List.of(BrokenKitRun.class.getName()),
                            "org.localityworking.storage.tck.StorageCompatibilityKit$" + group, method));
            if (timeLimit != null) {
                request = request.configurationParameter(org.localityworking.storage.tck.KitTimeLimit.PROPERTY, timeLimit);
            }
            results = request.execute();
        } finally {
            BrokenKitRun.fault = Fault.NONE;
        }
        assertEquals(Set.of(method), failed(results));
        return results.testEvents().failed().list().get(0).getPayload(TestExecutionResult.class).orElseThrow()
                .getThrowable().orElseThrow();
    }

    @Test
    void theSameKitPassesTheHealthyVariantOfTheSameBackend() {
        EngineExecutionResults results = run(Fault.NONE);
        assertEquals(Set.of(), failed(results));
        assertTrue(results.testEvents().succeeded().count() >= 100, "the kit has at least 100 cases");
    }
}
