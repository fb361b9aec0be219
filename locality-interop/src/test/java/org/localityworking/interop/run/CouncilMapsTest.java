package org.localityworking.interop.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localityworking.core.ValidationException;
import org.localityworking.core.config.CouncilConfigurations;
import org.localityworking.core.config.CouncilDefinition;
import org.localityworking.core.model.GeoPoint;
import org.localityworking.core.model.Ward;

/**
 * A council's configuration naming its wards' boundaries ({@code wards.boundaries}, GeoJSON beside the file): each
 * ward a feature names by id or GSS code gets the outer ring of each of its polygons; a file that is not GeoJSON,
 * or names none of the wards, is refused by key and file.
 */
class CouncilMapsTest {
    @TempDir
    Path dir;

    private CouncilDefinition council(String geojson) throws IOException {
        Files.writeString(dir.resolve("wards.geojson"), geojson, StandardCharsets.UTF_8);
        Path config = dir.resolve("testshire.properties");
        Files.writeString(config, String.join("\n", "council.id=testshire", "council.name=Testshire Council",
                "terminology.locality=Area", "terminology.localityBody=Area Forum", "terminology.leadOfficer=Area Lead",
                "rules.localityBody=NETWORK", "rules.defaultMembership=DEFINED", "rules.expectedLocalities=1",
                "wards=E05000001,w2", "ward.E05000001.name=Ward One", "ward.w2.name=Ward Two",
                "localities=a1", "locality.a1.name=Area One", "locality.a1.wards=E05000001,w2",
                "wards.boundaries=wards.geojson", ""), StandardCharsets.UTF_8);
        return CouncilConfigurations.read(config);
    }

    @Test
    void eachWardTheFileNamesGetsItsOutline() throws IOException {
        CouncilDefinition d = CouncilMaps.withWardBoundaries(council("""
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"WD23CD":"E05000001","WD23NM":"Ward One"},"geometry":{"type":"MultiPolygon",
                  "coordinates":[[[[-2.6,53.5],[-2.5,53.5],[-2.5,53.6],[-2.6,53.5]]],[[[-2.4,53.5],[-2.3,53.5],[-2.3,53.6]]]]}},
                 {"type":"Feature","properties":{"WD23CD":"E05999999"},"geometry":{"type":"Polygon",
                  "coordinates":[[[-1,52],[-1.1,52],[-1.1,52.1],[-1,52]]]}}]}
                """));
        Ward one = d.ward("E05000001").orElseThrow();
        assertEquals(2, one.boundary().size(), "both polygons of the MultiPolygon");
        assertEquals(new GeoPoint(53.5, -2.6), one.boundary().get(0).get(0), "GeoJSON is longitude, latitude");
        assertEquals(one.boundary().get(1).get(0), one.boundary().get(1).get(3), "an open ring is closed");
        assertEquals(List.of(), d.ward("w2").orElseThrow().boundary(), "a ward the file does not name has none");
        CouncilDefinition none = d.toBuilder().noWardBoundaries().build();
        assertSame(none, CouncilMaps.withWardBoundaries(none), "no file named: unchanged");
    }

    @Test
    void aFileThatIsNotGeoJsonOrNamesNoWardIsRefusedByKeyAndFile() throws IOException {
        ValidationException broken = assertThrows(ValidationException.class,
                () -> CouncilMaps.withWardBoundaries(council("{ not json")));
        assertEquals("wards.boundaries", broken.field());
        assertTrue(broken.value().endsWith("wards.geojson"), broken.getMessage());
        ValidationException strangers = assertThrows(ValidationException.class, () -> CouncilMaps.withWardBoundaries(
                council("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"code\":\"x\"},"
                        + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,0]]]}}]}")));
        assertTrue(strangers.rule().contains("naming one of its wards"), strangers.getMessage());
    }
}
