package org.localityworking.interop.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.localityworking.core.ValidationException;
import org.localityworking.core.model.Locality;
import org.localityworking.core.model.Ward;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Query;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.Versioned;

/**
 * A council's ward boundaries, from a GeoJSON file (a FeatureCollection of Polygon or MultiPolygon features in
 * WGS84 longitude and latitude, as the ONS publishes ward boundaries): each feature is the ward of the council's in
 * the store whose id or GSS code is the feature's {@code id} or one of its properties' values (the ONS's
 * {@code WD23CD}, or {@code code}, {@code gss}, ...). A point is placed in the ward whose boundary holds it, and in
 * the locality that holds that ward (the first, when a ward is split between localities).
 */
public final class WardBoundaries {
    /** A ward placed: the ward and its locality. */
    record Placed(String wardId, String localityId) {
    }

    private record Area(Placed placed, List<List<double[]>> rings) {
    }

    private final List<Area> areas;

    private WardBoundaries(List<Area> areas) {
        this.areas = areas;
    }

    /**
     * {@return the boundaries in the file, matched to the council's wards and localities in the store}
     *
     * @param option the option's name, for messages
     * @throws ValidationException when the file cannot be read, is not GeoJSON features, or names none of the
     *                             council's wards
     */
    static WardBoundaries read(LocalityStore store, String councilId, String option, Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ValidationException(option, file.toString(), "must be a GeoJSON file of the council's ward"
                    + " boundaries that can be read (" + e.getMessage() + ")");
        }
        Map<String, String> wardOf = wardIds(store, councilId);
        Map<String, String> localityOf = localityOfWard(store, councilId);
        List<Area> areas = new ArrayList<>();
        for (JsonNode feature : root.path("features")) {
            Optional<String> ward = ward(feature, wardOf);
            if (ward.isEmpty() || !localityOf.containsKey(ward.get())) {
                continue;
            }
            JsonNode geometry = feature.path("geometry");
            List<List<double[]>> rings = new ArrayList<>();
            switch (geometry.path("type").asText("")) {
                case "Polygon" -> geometry.path("coordinates").forEach(ring -> rings.add(ring(ring)));
                case "MultiPolygon" -> geometry.path("coordinates").forEach(polygon ->
                        polygon.forEach(ring -> rings.add(ring(ring))));
                default -> {
                }
            }
            if (!rings.isEmpty()) {
                areas.add(new Area(new Placed(ward.get(), localityOf.get(ward.get())), rings));
            }
        }
        if (areas.isEmpty()) {
            throw new ValidationException(option, file.toString(), "must hold GeoJSON Polygon or MultiPolygon features"
                    + " of the council's wards, each naming a ward in the store by its id or GSS code (its \"id\" or"
                    + " a property such as WD23CD)");
        }
        return new WardBoundaries(List.copyOf(areas));
    }

    /**
     * {@return the wards with their outlines from the GeoJSON file: for each feature naming one of the wards (by id
     *         or GSS code, as {@link #read} matches them), the outer ring of each of its polygons, closed}
     *
     * @param field the configuration key that named the file, for messages
     * @param file  the GeoJSON file
     * @param wards the council's wards
     * @throws ValidationException when the file cannot be read as GeoJSON, or outlines none of the wards
     */
    public static List<Ward> outlined(String field, Path file, List<Ward> wards) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ValidationException(field, file.toString(), "must be a GeoJSON file of the council's ward"
                    + " boundaries that can be read (" + e.getMessage() + ")");
        }
        Map<String, String> wardOf = new HashMap<>();
        wards.forEach(w -> {
            wardOf.put(w.id(), w.id());
            w.gssCode().ifPresent(code -> wardOf.put(code, w.id()));
        });
        Map<String, List<List<org.localityworking.core.model.GeoPoint>>> outlines = new HashMap<>();
        for (JsonNode feature : root.path("features")) {
            Optional<String> ward = ward(feature, wardOf);
            JsonNode geometry = feature.path("geometry");
            List<JsonNode> outer = new ArrayList<>();
            switch (geometry.path("type").asText("")) {
                case "Polygon" -> outer.add(geometry.path("coordinates").path(0));
                case "MultiPolygon" -> geometry.path("coordinates").forEach(polygon -> outer.add(polygon.path(0)));
                default -> {
                }
            }
            if (ward.isEmpty()) {
                continue;
            }
            for (JsonNode ring : outer) {
                List<org.localityworking.core.model.GeoPoint> points = new ArrayList<>();
                for (double[] p : ring(ring)) {
                    points.add(new org.localityworking.core.model.GeoPoint(p[1], p[0]));
                }
                if (!points.isEmpty() && !points.get(0).equals(points.get(points.size() - 1))) {
                    points.add(points.get(0));
                }
                if (points.size() >= 4) {
                    outlines.computeIfAbsent(ward.get(), k -> new ArrayList<>()).add(List.copyOf(points));
                }
            }
        }
        if (outlines.isEmpty()) {
            throw new ValidationException(field, file.toString(), "must hold GeoJSON Polygon or MultiPolygon features"
                    + " of the council's wards, each naming one of its wards by id or GSS code (its \"id\" or a"
                    + " property such as WD23CD)");
        }
        return wards.stream().map(w -> outlines.containsKey(w.id())
                ? w.toBuilder().boundary(outlines.get(w.id())).build() : w).toList();
    }

    /** {@return the council's wards' ids, by their id and by their GSS code} */
    static Map<String, String> wardIds(LocalityStore store, String councilId) {
        Map<String, String> wardOf = new HashMap<>();
        for (Versioned<Ward> w : store.query(StandardKinds.WARD, Query.all().council(councilId))) {
            wardOf.put(w.value().id(), w.value().id());
            w.value().gssCode().ifPresent(code -> wardOf.put(code, w.value().id()));
        }
        return wardOf;
    }

    /** {@return the locality each of the council's wards is in (the first, for a ward split between localities)} */
    static Map<String, String> localityOfWard(LocalityStore store, String councilId) {
        Map<String, String> localityOf = new HashMap<>();
        for (Versioned<Locality> l : store.query(StandardKinds.LOCALITY, Query.all().council(councilId))) {
            l.value().wards().forEach(part -> localityOf.putIfAbsent(part.wardId(), l.value().id()));
        }
        return localityOf;
    }

    private static Optional<String> ward(JsonNode feature, Map<String, String> wardOf) {
        if (feature.path("id").isValueNode() && wardOf.containsKey(feature.path("id").asText())) {
            return Optional.of(wardOf.get(feature.path("id").asText()));
        }
        for (Iterator<JsonNode> values = feature.path("properties").elements(); values.hasNext(); ) {
            JsonNode v = values.next();
            if (v.isTextual() && wardOf.containsKey(v.asText())) {
                return Optional.of(wardOf.get(v.asText()));
            }
        }
        return Optional.empty();
    }

    private static List<double[]> ring(JsonNode ring) {
        List<double[]> points = new ArrayList<>();
        ring.forEach(p -> points.add(new double[] {p.path(0).asDouble(), p.path(1).asDouble()}));
        return points;
    }

    /** {@return the ward and locality whose boundary holds the point, if one does} */
    Optional<Placed> place(double latitude, double longitude) {
        for (Area area : areas) {
            boolean inside = false;
            for (List<double[]> ring : area.rings()) {
                // even-odd: a point inside an odd number of rings is inside (a hole's ring takes it out again)
                inside ^= holds(ring, longitude, latitude);
            }
            if (inside) {
                return Optional.of(area.placed());
            }
        }
        return Optional.empty();
    }

    /** Ray casting: whether the ring (longitude, latitude pairs) holds the point. */
    private static boolean holds(List<double[]> ring, double x, double y) {
        boolean inside = false;
        for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            double[] a = ring.get(i);
            double[] b = ring.get(j);
            if ((a[1] > y) != (b[1] > y) && x < (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]) + a[0]) {
                inside = !inside;
            }
        }
        return inside;
    }
}
