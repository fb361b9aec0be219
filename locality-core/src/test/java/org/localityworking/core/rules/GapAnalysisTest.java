package org.localityworking.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.localityworking.core.ValidationException;
import org.localityworking.core.config.CouncilConfigurations;
import org.localityworking.core.model.Assessment;
import org.localityworking.core.model.Locality;
import org.localityworking.core.model.SuccessMeasure;

/** Seed 004: map each locality's progress against the staged success measures; the gap shows where to help. */
class GapAnalysisTest {
    private static final List<Locality> HEREFORDSHIRE = CouncilConfigurations.herefordshire().localities();
    private static final SuccessMeasure NETWORK = new SuccessMeasure("m-network", "herefordshire",
            Optional.of("objective-a"), "A locality network meets and sets local priorities",
            List.of("Contacts identified", "Network meets", "Network sets priorities", "Network leads local projects"), 3);

    private static Assessment assessment(String id, String locality, int stage, LocalDate on) {
        return new Assessment(id, NETWORK.id(), locality, stage, on, Optional.empty());
    }

    @Test
    void theGapIsTargetMinusTheLatestAssessedStage() {
        List<Gap> gaps = GapAnalysis.analyse(List.of(NETWORK), HEREFORDSHIRE, List.of(
                assessment("a1", "leominster", 1, LocalDate.of(2012, 3, 1)),
                assessment("a2", "leominster", 2, LocalDate.of(2012, 9, 1)),
                assessment("a3", "ross-on-wye", 4, LocalDate.of(2012, 9, 1))));
        assertEquals(9, gaps.size());
        Gap leominster = gaps.stream().filter(g -> g.localityId().equals("leominster")).findFirst().orElseThrow();
        assertEquals(OptionalInt.of(2), leominster.assessedStage());
        assertEquals(OptionalInt.of(1), leominster.gap());
        Gap ross = gaps.stream().filter(g -> g.localityId().equals("ross-on-wye")).findFirst().orElseThrow();
        assertEquals(OptionalInt.of(-1), ross.gap(), "ahead of target");
    }

    @Test
    void anOlderAssessmentListedLaterDoesNotWin() {
        List<Gap> gaps = GapAnalysis.analyse(List.of(NETWORK), HEREFORDSHIRE, List.of(
                assessment("a2", "kington", 3, LocalDate.of(2012, 9, 1)),
                assessment("a1", "kington", 1, LocalDate.of(2012, 3, 1))));
        Gap kington = gaps.stream().filter(g -> g.localityId().equals("kington")).findFirst().orElseThrow();
        assertEquals(OptionalInt.of(0), kington.gap());
    }

    @Test
    void aLocalityNeverAssessedIsReportedAsNoData() {
        List<Gap> gaps = GapAnalysis.analyse(List.of(NETWORK), HEREFORDSHIRE, List.of());
        assertEquals(9, gaps.size());
        assertFalse(gaps.get(0).hasData());
        assertEquals(OptionalInt.empty(), gaps.get(0).gap());
        assertEquals("bromyard", gaps.get(0).localityId());
    }

    @Test
    void aStageBeyondTheMeasureIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> GapAnalysis.analyse(List.of(NETWORK),
                HEREFORDSHIRE, List.of(assessment("a1", "ledbury", 5, LocalDate.of(2012, 3, 1)))));
        assertEquals("Assessment.stage", e.field());
        assertEquals("5", e.value());
    }
}
