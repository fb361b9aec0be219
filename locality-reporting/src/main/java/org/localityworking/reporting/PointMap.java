package org.localityworking.reporting;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * Places on a map: points with a label and a group (an asset's ABCD category). HTML draws them as SVG;
 * the other formats list them.
 *
 * @param title  what the map shows
 * @param points the points, each with WGS 84 coordinates
 */
@API(status = STABLE, since = "1.0")
public record PointMap(String title, List<Point> points) implements Block {
    public PointMap {
        Checks.name("PointMap.title", title);
        points = Checks.list("PointMap.points", points);
    }

    /**
     * One point.
     *
     * @param label     what is there
     * @param group     its group, for the legend and colour
     * @param latitude  degrees north
     * @param longitude degrees east
     */
    public record Point(String label, String group, double latitude, double longitude) {
        public Point {
            Checks.name("Point.label", label);
            Checks.name("Point.group", group);
            Checks.between("Point.latitude", latitude, -90.0, 90.0);
            Checks.between("Point.longitude", longitude, -180.0, 180.0);
        }
    }

    @Override
    public <R> R accept(Block.Visitor<R> visitor) {
        return visitor.pointMap(this);
    }
}
