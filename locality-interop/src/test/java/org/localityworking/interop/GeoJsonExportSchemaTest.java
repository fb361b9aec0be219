package org.localityworking.interop;

import org.localityworking.reporting.run.Reports;

import org.localityworking.reporting.fixture.BothCouncilsTest;
import org.localityworking.reporting.Audience;
import org.localityworking.reporting.Report;
import org.localityworking.reporting.fixture.Fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The GeoJSON export validates against the project's RFC 7946 schema; the HTML asset map draws the points. */
class GeoJsonExportSchemaTest extends BothCouncilsTest {

    @Test
    void locatedAssetsValidateWithLongitudeFirst() throws Exception {
        Map<String, String> files = ExportFixture.export(store, "geojson", "trafford", Optional.empty(), Audience.INTERNAL);
        String geojson = files.get("assets.geojson");
        assertEquals(Set.of(), ExportFixture.validate("geojson.schema.json", geojson));
        JsonNode features = ExportFixture.JSON.readTree(geojson).get("features");
        JsonNode gallery = null;
        for (JsonNode f : features) {
            if (f.get("id").asText().equals("a-back-gallery")) {
                gallery = f;
            }
        }
        assertEquals(-2.2742, gallery.at("/geometry/coordinates/0").asDouble(), "longitude first (RFC 7946)");
        assertEquals(53.4560, gallery.at("/geometry/coordinates/1").asDouble());
        assertEquals("E05000832", gallery.at("/properties/wardCode").asText());
        assertEquals("Old Trafford & Stretford", gallery.at("/properties/locality").asText());
        assertFalse(geojson.contains("Baking for neighbours"));
    }

    @Test
    void theSchemaCatchesLatitudeFirst() {
        String swapped = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\","
                + "\"coordinates\":[-2.27,153.45]},\"properties\":{\"name\":\"x\",\"category\":\"PHYSICAL\",\"locality\":\"l\",\"ward\":\"w\"}}]}";
        assertFalse(ExportFixture.validate("geojson.schema.json", swapped).isEmpty());
    }

    @Test
    void theHtmlAssetMapDrawsTheLocatedAssetInItsWardAndNoPlotWithoutBoundaries() {
        Report map = Reports.build(store, Fixture.REPORTS.byId("asset-map"), Fixture.request("trafford", Optional.of("old-trafford-stretford"), Audience.PUBLIC));
        String html = Fixture.render(map, Fixture.FORMATS.byId("html"));
        assertTrue(html.contains("<title>The Back Gallery (Physical)</title>"), "drawn in its ward's hex: " + html);
        assertTrue(map.sections().stream().flatMap(s -> s.blocks().stream())
                .noneMatch(org.localityworking.reporting.PointMap.class::isInstance),
                "Trafford's configuration gives no ward boundaries: no plot of dots on a blank box");
    }
}
