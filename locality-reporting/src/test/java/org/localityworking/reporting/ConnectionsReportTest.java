package org.localityworking.reporting;

import org.localityworking.reporting.run.Reports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.localityworking.reporting.fixture.BothCouncilsTest;
import org.localityworking.reporting.fixture.Fixture;

/**
 * The connections report on both example councils: each shows at least one association working alone, one
 * bridge and one gift matched to a need; PUBLIC shows no resident's gift.
 */
class ConnectionsReportTest extends BothCouncilsTest {
    private static String figure(Report r, String label) {
        for (Section s : r.sections()) {
            for (Block b : s.blocks()) {
                if (b instanceof KeyFigures k) {
                    for (KeyFigures.Figure f : k.figures()) {
                        if (f.label().equals(label)) {
                            return f.value();
                        }
                    }
                }
            }
        }
        throw new AssertionError("no figure " + label + " in " + r.title());
    }

    @Test
    void eachCouncilHasSomeoneWorkingAloneABridgeAndAMatchedGift() {
        for (String council : List.of("trafford", "herefordshire")) {
            Report r = Reports.build(store, Fixture.REPORTS.byId("connections"), Fixture.request(council, Optional.empty(),
                    Audience.INTERNAL));
            assertTrue(Integer.parseInt(figure(r, "Working alone")) >= 1, council);
            assertTrue(Integer.parseInt(figure(r, "Bridges")) >= 1, council);
            assertTrue(Integer.parseInt(figure(r, "Gifts matched to a need")) >= 1, council);
        }
    }

    @Test
    void publicShowsOrganisationsGiftsButNoResidentsGift() {
        Report internal = Reports.build(store, Fixture.REPORTS.byId("connections"), Fixture.request("trafford",
                Optional.of("old-trafford-stretford"), Audience.INTERNAL));
        String in = Fixture.render(internal, Fixture.FORMATS.byId("markdown"));
        assertTrue(in.contains("Bernadette Quigley") && in.contains("wrote a guide to local groups"), in);
        Report published = Reports.build(store, Fixture.REPORTS.byId("connections"), Fixture.request("trafford",
                Optional.of("old-trafford-stretford"), Audience.PUBLIC));
        String out = Fixture.render(published, Fixture.FORMATS.byId("markdown"));
        assertFalse(out.contains("Bernadette Quigley") || out.contains("wrote a guide to local groups"), out);
        assertTrue(out.contains("residents' own gifts, which this public version does not show"), out);
        Report ledbury = Reports.build(store, Fixture.REPORTS.byId("connections"), Fixture.request("herefordshire",
                Optional.of("ledbury"), Audience.PUBLIC));
        String l = Fixture.render(ledbury, Fixture.FORMATS.byId("markdown"));
        assertTrue(l.contains("Has run a participatory budgeting exercise"), "an organisation's gift is public: " + l);
    }
}
