package org.localityworking.interop;

import org.localityworking.reporting.run.Reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.localityworking.reporting.Audience;
import org.localityworking.reporting.Report;
import org.localityworking.reporting.fixture.BothCouncilsTest;
import org.localityworking.reporting.fixture.Fixture;

/**
 * The wards as HexJSON: every ward of the council once in each of its localities (Bucklow-St Martins, split
 * between Sale and Urmston &amp; Partington, twice, keyed {@code WARD@LOCALITY}), at the place the asset map draws it.
 */
class HexJsonExportTest extends BothCouncilsTest {
    @Test
    void traffordsWardsAreTheAssetMapsLayout() throws Exception {
        Map<String, String> files = ExportFixture.export(store, "hexjson", "trafford", Optional.empty(), Audience.PUBLIC);
        assertEquals(List.of("wards.hexjson", "manifest.json"), List.copyOf(files.keySet()));
        JsonNode hex = ExportFixture.JSON.readTree(files.get("wards.hexjson"));
        assertEquals("odd-r", hex.path("layout").asText());
        assertEquals(22, hex.path("hexes").size(), "Trafford's 21 wards, one split between two localities");
        assertTrue(hex.path("hexes").has("E05000824@sale") && hex.path("hexes").has("E05000824@urmston-partington"),
                hex.path("hexes").toString());
        Report map = Reports.build(store, Fixture.REPORTS.byId("asset-map"), Fixture.request("trafford", Optional.empty(),
                Audience.PUBLIC));
        JsonNode report = ExportFixture.JSON.readTree(Fixture.render(map, Fixture.FORMATS.byId("json")));
        int tiles = 0;
        for (JsonNode section : report.path("sections")) {
            for (JsonNode block : section.path("blocks")) {
                if (block.path("type").asText().equals("wardMap")) {
                    for (JsonNode t : block.path("tiles")) {
                        JsonNode h = hex.path("hexes").path(t.path("ward").asText());
                        if (h.isMissingNode()) {
                            h = hex.path("hexes").path(t.path("ward").asText() + "@" + (t.path("locality").asText()
                                    .equals("Sale") ? "sale" : "urmston-partington"));
                        }
                        assertEquals(t.path("q").asInt(), h.path("q").asInt(), t.toString());
                        assertEquals(t.path("r").asInt(), h.path("r").asInt(), t.toString());
                        tiles++;
                    }
                }
            }
        }
        assertEquals(22, tiles, "the asset map draws the same 22 hexes");
    }
}
