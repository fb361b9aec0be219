package org.localityworking.reporting;

import org.localityworking.reporting.run.Reports;

import org.localityworking.reporting.fixture.BothCouncilsTest;
import org.localityworking.reporting.fixture.Fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The gap analysis never draws or counts a missing assessment as zero, and names stages as the measure defines
 * them (Herefordshire's example data leaves Wye Valley unassessed on one measure; seed 004's staged measures).
 */
class MissingIsNeverZeroTest extends BothCouncilsTest {
    private static Report gapAnalysis() {
        return Reports.build(store, Fixture.REPORTS.byId("gap-analysis"), Fixture.request("herefordshire", Optional.empty(), Audience.INTERNAL));
    }

    @Test
    void aLocalityNotAssessedOnEveryMeasureIsLeftOutOfTheChartAndSaidSo() {
        List<Block> blocks = gapAnalysis().sections().get(0).blocks();
        BarChart chart = blocks.stream().filter(b -> b instanceof BarChart).map(b -> (BarChart) b).findFirst().orElseThrow();
        assertFalse(chart.categories().contains("Wye Valley"), "not drawn as a total that leaves a measure out");
        assertEquals(8, chart.categories().size());
        assertTrue(blocks.stream().anyMatch(b -> b instanceof Note n && n.text().contains("Left out of the chart")
                && n.text().contains("Wye Valley")), "the reader is told what was left out");
        Table table = blocks.stream().filter(b -> b instanceof Table).map(b -> (Table) b).findFirst().orElseThrow();
        List<String> wye = table.rows().stream().map(r -> r.stream().map(Cell::display).toList())
                .filter(r -> r.get(0).equals("Wye Valley")).findFirst().orElseThrow();
        assertEquals("not yet assessed", wye.get(4));
    }

    @Test
    void stagesAreTheMeasuresOwnAndNoCellSaysStageZero() {
        Table table = gapAnalysis().sections().get(0).blocks().stream().filter(b -> b instanceof Table)
                .map(b -> (Table) b).findFirst().orElseThrow();
        for (List<Cell> row : table.rows()) {
            for (String cell : row.subList(1, row.size()).stream().map(Cell::display).toList()) {
                assertFalse(cell.contains("stage 0"), cell);
                assertTrue(cell.equals("not yet assessed") || cell.startsWith("not yet at stage 1 (Aware)")
                        || cell.matches("stage [1-4] \\((Aware|Engaged|Working together|Leading)\\), gap [0-3]"), cell);
            }
        }
    }
}
