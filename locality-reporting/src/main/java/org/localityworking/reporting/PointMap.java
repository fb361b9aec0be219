package org.localityworking.reporting;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * Places on a map: points with a label and a group (an asset's ABCD category), drawn over the outlines of the
 * areas they lie in (a council's wards) where those are known. HTML draws them as SVG; the other formats list
 * them.
 *
 * @param title  what the map shows
 * @param points the points, each with WGS 84 coordinates
 * @param areas  the outlines drawn beneath the points (empty: the points alone)
 */
@API(status = STABLE, since = "1.0")
@SuppressWarnings("OptionalAssignedToNull")
public record PointMap(String title, List<Point> points, List<Area> areas) implements Block {
    /** Checks every value; areas given as null are none. */
    public PointMap {
        Checks.name("PointMap.title", title);
        points = Checks.list("PointMap.points", points);
        areas = areas == null ? List.of() : Checks.list("PointMap.areas", areas);
    }

    /**
     * Points alone, without outlines.
     *
     * @param title  what the map shows
     * @param points the points
     */
    public PointMap(String title, List<Point> points) {
        this(title, points, List.of());
    }

    /**
     * An area's outline.
     *
     * @param label what it is (a ward's name)
     * @param rings its outer rings, each closed, in WGS 84 coordinates
     */
    public record Area(String label, List<List<org.localityworking.core.model.GeoPoint>> rings) {
        public Area {
            Checks.name("Area.label", label);
            rings = Checks.list("Area.rings", rings).stream().map(r -> Checks.list("Area.rings", r)).toList();
        }
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
