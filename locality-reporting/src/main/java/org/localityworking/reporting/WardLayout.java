package org.localityworking.reporting;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;
import org.localityworking.core.model.GeoPoint;
import org.localityworking.core.model.Locality;
import org.localityworking.core.model.WardPart;

/**
 * A hex layout of a council's wards: one hex per ward and locality (a ward split between two localities has a hex
 * in each, so each locality's share is drawn with its own assets), each locality's wards together in a compact
 * cluster, in
 * HexJSON's {@code odd-r} offset coordinates ({@code q} the column, {@code r} the row, rows counting upwards, so
 * north is up; odd rows sit half a hex to the right). {@link #generate} makes one from the localities, placing
 * the localities' clusters, and the wards within each, by their centroids where those are known (north first,
 * then west to east) and otherwise in the council's order; {@link #toHexJson()} writes it for HexJSON tools.
 *
 * @param hexes one per ward and locality, no two at one place
 */
@API(status = STABLE, since = "1.0")
public record WardLayout(List<Hex> hexes) {
    public WardLayout {
        hexes = Checks.list("WardLayout.hexes", hexes);
        Set<String> places = new java.util.HashSet<>();
        Set<String> wards = new java.util.HashSet<>();
        for (Hex h : hexes) {
            if (!places.add(h.q() + "," + h.r())) {
                throw new org.localityworking.core.ValidationException("WardLayout.hexes", h.wardId(),
                        "must not share its place (" + h.q() + ", " + h.r() + ") with another ward");
            }
            if (!wards.add(h.wardId() + " " + h.localityId())) {
                throw new org.localityworking.core.ValidationException("WardLayout.hexes", h.wardId(),
                        "must appear once in locality " + h.localityId());
            }
        }
    }

    /**
     * One ward's hex.
     *
     * @param wardId     the ward
     * @param name       its name
     * @param localityId the locality it is drawn with
     * @param q          its column
     * @param r          its row, counting upwards
     */
    public record Hex(String wardId, String name, String localityId, int q, int r) {
        public Hex {
            Checks.id("Hex.wardId", wardId);
            Checks.name("Hex.name", name);
            Checks.id("Hex.localityId", localityId);
        }
    }

    /**
     * {@return the council's own layout, where it gave one: every ward of every one of the localities placed
     *         ({@code WardPart.hex}, from {@code ward.ID.hex} in its configuration); empty when any is not placed}
     *
     * @param localities the localities
     * @param wardNames  each ward's name, by id
     */
    public static Optional<WardLayout> own(List<Locality> localities, Map<String, String> wardNames) {
        List<Hex> hexes = new ArrayList<>();
        for (Locality l : localities) {
            for (WardPart p : l.wards()) {
                if (p.hex().isEmpty() || !wardNames.containsKey(p.wardId())) {
                    return Optional.empty();
                }
                hexes.add(new Hex(p.wardId(), wardNames.get(p.wardId()), l.id(), p.hex().get().q(), p.hex().get().r()));
            }
        }
        return hexes.isEmpty() ? Optional.empty() : Optional.of(new WardLayout(hexes));
    }

    /** Axial directions of a hex ring, in order. */
    private static final int[][] DIRECTIONS = {{1, 0}, {1, -1}, {0, -1}, {-1, 0}, {-1, 1}, {0, 1}};

    /**
     * Makes a layout.
     *
     * @param localities the localities, in the council's order; a ward in several has a hex in each
     * @param wardNames  each ward's name, by id
     * @param centroids  the wards' centroids where known (for example the mean of their located assets)
     * @return the layout: the localities' clusters in rows, north first, each ward once in each of its localities
     */
    public static WardLayout generate(List<Locality> localities, Map<String, String> wardNames,
                                      Map<String, GeoPoint> centroids) {
        Map<String, List<String>> clusters = new LinkedHashMap<>();
        for (Locality l : localities) {
            List<String> wards = new ArrayList<>();
            Set<String> placed = new LinkedHashSet<>();
            for (WardPart p : l.wards()) {
                if (wardNames.containsKey(p.wardId()) && placed.add(p.wardId())) {
                    wards.add(p.wardId());
                }
            }
            wards.sort(byPlace(centroids, wardNames));
            clusters.put(l.id(), wards);
        }
        List<String> order = new ArrayList<>(clusters.keySet());
        Map<String, Optional<GeoPoint>> clusterCentres = new LinkedHashMap<>();
        clusters.forEach((l, wards) -> clusterCentres.put(l, mean(wards, centroids)));
        boolean located = clusterCentres.values().stream().allMatch(Optional::isPresent) && !order.isEmpty();
        int perRow = Math.max(1, (int) Math.ceil(Math.sqrt(order.size())));
        List<List<String>> rows = new ArrayList<>();
        if (located) {
            order.sort(Comparator.comparingDouble((String l) -> -clusterCentres.get(l).get().latitude()));
        }
        for (int i = 0; i < order.size(); i += perRow) {
            List<String> row = new ArrayList<>(order.subList(i, Math.min(order.size(), i + perRow)));
            if (located) {
                row.sort(Comparator.comparingDouble((String l) -> clusterCentres.get(l).get().longitude()));
            }
            rows.add(row);
        }
        List<Hex> hexes = new ArrayList<>();
        int rowTop = 0;
        for (List<String> row : rows) {
            int height = 0;
            int q = 0;
            for (String locality : row) {
                List<String> wards = clusters.get(locality);
                int radius = radius(wards.size());
                int centreQ = q + radius;
                int centreR = rowTop + radius;
                List<int[]> cells = spiral(wards.size());
                for (int i = 0; i < wards.size(); i++) {
                    int aq = centreQ + cells.get(i)[0] - (centreR - rowTop) / 2;
                    int ar = centreR + cells.get(i)[1];
                    // axial (rows downwards) to odd-r offset, then rows counting upwards
                    int col = aq + (ar - (ar & 1)) / 2;
                    hexes.add(new Hex(wards.get(i), wardNames.get(wards.get(i)), locality, col, -ar));
                }
                q += 2 * radius + 2;
                height = Math.max(height, 2 * radius + 2);
            }
            rowTop += height;
        }
        return new WardLayout(hexes);
    }

    /** @return the rings a spiral needs for n hexes: 1 for up to 7, 2 for up to 19, ... */
    private static int radius(int n) {
        int r = 0;
        while (1 + 3 * r * (r + 1) < n) {
            r++;
        }
        return r;
    }

    /** @return the first n cells of a hex spiral around (0, 0), in axial coordinates */
    private static List<int[]> spiral(int n) {
        List<int[]> cells = new ArrayList<>();
        cells.add(new int[] {0, 0});
        for (int ring = 1; cells.size() < n; ring++) {
            int q = DIRECTIONS[4][0] * ring;
            int r = DIRECTIONS[4][1] * ring;
            for (int side = 0; side < 6 && cells.size() < n; side++) {
                for (int step = 0; step < ring && cells.size() < n; step++) {
                    cells.add(new int[] {q, r});
                    q += DIRECTIONS[side][0];
                    r += DIRECTIONS[side][1];
                }
            }
        }
        return cells.subList(0, Math.max(0, n));
    }

    /** North first, then west to east, where the centroid is known; then by name. */
    private static Comparator<String> byPlace(Map<String, GeoPoint> centroids, Map<String, String> names) {
        return Comparator.comparing((String w) -> centroids.containsKey(w) ? 0 : 1)
                .thenComparingDouble(w -> centroids.containsKey(w) ? -centroids.get(w).latitude() : 0)
                .thenComparingDouble(w -> centroids.containsKey(w) ? centroids.get(w).longitude() : 0)
                .thenComparing(names::get).thenComparing(w -> w);
    }

    private static Optional<GeoPoint> mean(List<String> wards, Map<String, GeoPoint> centroids) {
        List<GeoPoint> known = wards.stream().filter(centroids::containsKey).map(centroids::get).toList();
        if (known.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new GeoPoint(known.stream().mapToDouble(GeoPoint::latitude).average().orElseThrow(),
                known.stream().mapToDouble(GeoPoint::longitude).average().orElseThrow()));
    }

    /**
     * {@return the layout as HexJSON: {@code {"layout":"odd-r","hexes":{KEY:{"q":..,"r":..,"n":NAME,"ward":ID,
     *         "locality":ID}}}}, each hex keyed by its ward's id, or, for a ward split between localities, by
     *         {@code WARD@LOCALITY} (HexJSON's keys are unique)}
     */
    public String toHexJson() {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode root = json.createObjectNode().put("layout", "odd-r");
        com.fasterxml.jackson.databind.node.ObjectNode all = root.putObject("hexes");
        Map<String, Long> perWard = new java.util.HashMap<>();
        hexes.forEach(h -> perWard.merge(h.wardId(), 1L, Long::sum));
        for (Hex h : hexes) {
            String key = perWard.get(h.wardId()) > 1 ? h.wardId() + "@" + h.localityId() : h.wardId();
            all.putObject(key).put("q", h.q()).put("r", h.r()).put("n", h.name()).put("ward", h.wardId())
                    .put("locality", h.localityId());
        }
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A ward layout always writes as JSON", e);
        }
    }
}
