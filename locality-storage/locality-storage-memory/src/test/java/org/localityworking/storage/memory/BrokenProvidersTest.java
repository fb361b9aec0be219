package org.localityworking.storage.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * The kit fails deliberately broken providers: each fault is caught by the tests written for it, and
 * the same kit passes the healthy memory provider.
 */
class BrokenProvidersTest {

    private static EngineExecutionResults run(Class<?> kitRun) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(kitRun)).execute();
    }

    private static Set<String> failedTests(EngineExecutionResults results) {
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

    @Test
    void theKitCatchesAProviderThatLosesUpdates() {
        Set<String> failed = failedTests(run(LosesUpdatesKitRun.class));
        // Deterministic: a stale update must conflict, and this provider lets it through.
        assertTrue(failed.contains("aStaleUpdateConflictsAndLeavesTheNewerValue"), failed.toString());
        // Racy by nature: 8 threads interleave read-modify-write; at least one of the two runs loses updates.
        assertTrue(failed.contains("everyUpdateToOneSharedRecordLandsOrConflicts")
                || failed.contains("everyUpdateToSeveralSharedRecordsLandsOrConflicts"), failed.toString());
    }

    @Test
    void theKitCatchesAProviderThatCommitsHalfAUnitOfWork() {
        Set<String> failed = failedTests(run(CommitsHalfAUnitKitRun.class));
        assertTrue(failed.contains("anExceptionInTheWorkLeavesNothing"), failed.toString());
        assertTrue(failed.contains("aConflictLeavesNothingOfTheUnit"), failed.toString());
        assertTrue(failed.contains("aGrantOverItsSchemesCapIsRefusedAndNothingWritten"), failed.toString());
    }

    @Test
    void theKitCatchesAProviderThatIgnoresErasure() {
        Set<String> failed = failedTests(run(IgnoresErasureKitRun.class));
        assertTrue(failed.contains("erasureLeavesNoTraceOfThePersonsPersonalFields"), failed.toString());
        assertTrue(failed.contains("erasureKeepsRecordsOthersOwnAndMarksThePersonsPlace"), failed.toString());
        assertTrue(failed.contains("subjectAccessAfterErasureHoldsNoPersonalFields"), failed.toString());
    }

    @Test
    void theSameKitPassesTheHealthyProvider() {
        EngineExecutionResults results = run(MemoryStorageKitTest.class);
        assertEquals(Set.of(), failedTests(results));
        assertTrue(results.testEvents().succeeded().count() >= 60, "the kit has at least 60 cases");
    }
}
