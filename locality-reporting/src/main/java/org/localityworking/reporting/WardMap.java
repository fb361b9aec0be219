package org.localityworking.reporting;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * A council's wards as a hex map ({@link WardLayout}: one hex per ward, each locality's wards together), with each
 * ward's assets drawn in it by category. HTML draws it as SVG with a key; the other formats list the wards.
 *
 * @param title what the map shows
 * @param tiles one per ward, at its place in the layout
 */
@API(status = STABLE, since = "1.0")
public record WardMap(String title, List<Tile> tiles) implements Block {
    public WardMap {
        Checks.name("WardMap.title", title);
        tiles = Checks.list("WardMap.tiles", tiles);
    }

    /**
     * One ward's hex.
     *
     * @param hex     the ward and where its hex is
     * @param locality the locality's name
     * @param markers what is in the ward: each asset's name and group (its ABCD category)
     */
    public record Tile(WardLayout.Hex hex, String locality, List<Marker> markers) {
        public Tile {
            Checks.present("Tile.hex", hex);
            Checks.name("Tile.locality", locality);
            // a built-in report's markers are made when a format first reads them (HTML and JSON do, Markdown and CSV
            // count them), and checked then; any other list is checked and copied now
            markers = markers instanceof org.localityworking.core.internal.Deferred<Marker> deferred ? deferred
                    : Checks.list("Tile.markers", markers);
        }
    }

    /**
     * Something in a ward.
     *
     * @param label what it is
     * @param group its group, for the key and colour
     */
    public record Marker(String label, String group) {
        public Marker {
            Checks.name("Marker.label", label);
            Checks.name("Marker.group", group);
        }
    }

    @Override
    public <R> R accept(Block.Visitor<R> visitor) {
        return visitor.wardMap(this);
    }
}
