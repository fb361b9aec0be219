package org.localityworking.reporting.builtin;

import java.util.ArrayList;
import java.util.EnumMap;
import org.localityworking.core.model.Tangibility;
import org.localityworking.core.model.TransferStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.localityworking.core.model.Asset;
import org.localityworking.core.model.AssetCategory;
import org.localityworking.core.model.Locality;
import org.localityworking.core.model.WardPart;
import org.localityworking.reporting.BarChart;
import org.localityworking.reporting.Block;
import org.localityworking.reporting.KeyFigures;
import org.localityworking.reporting.Note;
import org.localityworking.reporting.PointMap;
import org.localityworking.reporting.Section;
import org.localityworking.reporting.Table;
import org.localityworking.reporting.WardLayout;
import org.localityworking.reporting.WardMap;
import org.localityworking.storage.StandardKinds;

/** The ABCD asset map: categories by ward, and the wards lacking a category (seeds 001, 003). */
public final class AssetMapReport extends BuiltInReport {
    /** The most assets listed one by one; a larger map is summarised by the counts, with a note. */
    static final int LIST_LIMIT = 1_000;

    /** Creates the report definition. */
    public AssetMapReport() {
        super("asset-map", "ABCD asset map",
                "Community assets by the six ABCD categories and by ward, the wards lacking a category, and the list of assets.",
                List.of(StandardKinds.ASSET, StandardKinds.WARD));
    }

    /** Each enum value as the list shows it ("tangible", "under consideration"): worked out once, not per row. */
    private static final Map<Tangibility, String> TANGIBILITY_WORDS = words(Tangibility.class);
    private static final Map<TransferStatus, String> TRANSFER_WORDS = words(TransferStatus.class);

    private static <E extends Enum<E>> Map<E, String> words(Class<E> type) {
        Map<E, String> words = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            words.put(e, e.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT));
        }
        return words;
    }

    @Override
    List<Section> sections(Scope s) {
        List<Asset> shown = s.inLocalities(StandardKinds.ASSET);
        int withheld = s.withheldInLocalities(StandardKinds.ASSET).size();
        AssetCategory[] cats = AssetCategory.values();

        // Wards in scope, in locality order; an asset without a ward is counted under "ward not recorded".
        Map<String, String> wardNames = wardNames(s);
        Map<String, Map<AssetCategory, Integer>> byWard = new LinkedHashMap<>();
        wardNames.keySet().forEach(w -> byWard.put(w, zero()));
        Map<AssetCategory, Integer> totals = zero();
        for (Asset a : shown) {
            String ward = a.wardId().orElse("");
            byWard.computeIfAbsent(ward, k -> zero()).merge(a.category(), 1, Integer::sum);
            totals.merge(a.category(), 1, Integer::sum);
        }

        List<Block> summary = new ArrayList<>();
        summary.add(new KeyFigures(List.of(Blocks.figure("Assets mapped", shown.size()),
                Blocks.figure("Wards", wardNames.size()),
                Blocks.figure("Categories present", totals.values().stream().filter(n -> n > 0).count() + " of 6"))));
        if (withheld > 0) {
            summary.add(new Note(Note.Kind.INFO, withheld
                    + " assets are not shown in this public version: they are sensitive or are individuals' gifts."));
        }
        List<Double> values = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (AssetCategory c : cats) {
            labels.add(label(c));
            values.add((double) totals.get(c));
        }
        Blocks.orNoData(summary, shown.isEmpty(), new BarChart("Assets by ABCD category", "assets", labels,
                List.of(new BarChart.Series("Assets", values)), false), "No assets have been mapped here yet.");

        List<String> headers = new ArrayList<>(List.of("Ward"));
        for (AssetCategory c : cats) {
            headers.add(label(c));
        }
        headers.add("Total");
        List<List<?>> rows = new ArrayList<>();
        List<List<?>> lacking = new ArrayList<>();
        List<String> chartWards = new ArrayList<>();
        Map<AssetCategory, List<Double>> stacks = new EnumMap<>(AssetCategory.class);
        for (AssetCategory c : cats) {
            stacks.put(c, new ArrayList<>());
        }
        byWard.forEach((ward, counts) -> {
            String name = ward.isEmpty() ? "Ward not recorded" : wardNames.getOrDefault(ward, s.wardName(ward));
            List<Object> row = new ArrayList<>(List.of(name));
            List<String> missing = new ArrayList<>();
            int total = 0;
            for (AssetCategory c : cats) {
                int n = counts.get(c);
                row.add(n);
                total += n;
                if (n == 0) {
                    missing.add(label(c));
                }
                stacks.get(c).add((double) n);
            }
            row.add(total);
            rows.add(row);
            chartWards.add(name);
            if (!missing.isEmpty() && !ward.isEmpty()) {
                lacking.add(Blocks.row(name, String.join(", ", missing)));
            }
        });
        List<Block> byWardBlocks = new ArrayList<>();
        if (!wardNames.isEmpty()) {
            byWardBlocks.add(wardMap(s, wardNames, shown));
        }
        byWardBlocks.add(Table.of("Assets by category and ward", headers, rows));
        List<BarChart.Series> series = new ArrayList<>();
        for (AssetCategory c : cats) {
            series.add(new BarChart.Series(label(c), stacks.get(c)));
        }
        if (!shown.isEmpty()) {
            byWardBlocks.add(new BarChart("Assets by ward, stacked by category", "assets", chartWards, series, true));
        }
        Blocks.orFinding(byWardBlocks, lacking.isEmpty(), Table.of("Wards lacking a category",
                List.of("Ward", "Categories with no asset mapped"), lacking), "Every ward has at least one asset of every category.");

        List<List<?>> list = new ArrayList<>();
        for (Asset a : shown.subList(0, Math.min(shown.size(), LIST_LIMIT))) {
            list.add(Blocks.row(a.name(), label(a.category()), a.wardId().map(s::wardName).orElse(Blocks.NO_DATA),
                    s.localityName(a.localityId()), TANGIBILITY_WORDS.get(a.tangibility()),
                    TRANSFER_WORDS.get(a.transfer())));
        }
        List<PointMap.Point> points = new ArrayList<>();
        for (Asset a : shown) {
            a.location().ifPresent(g -> points.add(new PointMap.Point(a.name(), label(a.category()), g.latitude(),
                    g.longitude())));
        }
        // the located assets are drawn on the wards' outlines where the council gave them (wards.boundaries);
        // without them a plot of dots on a blank box says nothing, so it is left out
        List<PointMap.Area> outlines = new ArrayList<>();
        for (String ward : wardNames.keySet()) {
            s.ward(ward).filter(w -> !w.boundary().isEmpty())
                    .ifPresent(w -> outlines.add(new PointMap.Area(w.name(), w.boundary())));
        }
        if (!points.isEmpty() && !outlines.isEmpty()) {
            byWardBlocks.add(new PointMap("Mapped assets with a location (" + points.size() + "), on the wards",
                    points.subList(0, Math.min(points.size(), LIST_LIMIT)), outlines));
            if (points.size() > LIST_LIMIT) {
                byWardBlocks.add(new Note(Note.Kind.INFO, "The map shows the first " + LIST_LIMIT + " of " + points.size()
                        + " located assets; export GeoJSON for them all."));
            }
        }
        List<Block> listBlocks = new ArrayList<>();
        Blocks.orNoData(listBlocks, list.isEmpty(), Table.of("Assets", List.of("Asset", "Category", "Ward", "Locality",
                "Tangible?", "Asset transfer"), list), "No assets to list.");
        if (shown.size() > LIST_LIMIT) {
            listBlocks.add(new Note(Note.Kind.INFO, "The first " + LIST_LIMIT + " of " + shown.size()
                    + " assets are listed; the counts above include them all. Export the asset map as CSV for the full list."));
        }
        return List.of(new Section("Summary", summary), new Section("Categories by ward", byWardBlocks),
                new Section("The assets", listBlocks));
    }

    /**
     * The scope's wards as a hex map, each locality's together, placed by the centroid of each ward's located
     * assets where there are any, with the assets shown drawn in their wards.
     */
    private static WardMap wardMap(Scope s, Map<String, String> wardNames, List<Asset> shown) {
        WardLayout layout = layout(s, wardNames, shown);
        // each ward's markers in one pass over the assets (not a pass per ward: a national map has 7,000 wards);
        // a ward split between localities has a hex in each, holding that locality's assets in the ward
        Map<String, List<WardMap.Marker>> byWard = new java.util.HashMap<>();
        for (Asset a : shown) {
            a.wardId().ifPresent(w -> byWard.computeIfAbsent(w + " " + a.localityId(), k -> new ArrayList<>())
                    .add(new WardMap.Marker(a.name(), label(a.category()))));
        }
        List<WardMap.Tile> tiles = new ArrayList<>();
        for (WardLayout.Hex h : layout.hexes()) {
            tiles.add(new WardMap.Tile(h, s.localityName(h.localityId()),
                    byWard.getOrDefault(h.wardId() + " " + h.localityId(), List.of())));
        }
        return new WardMap("Assets by ward (a hex for each ward, grouped by locality)", tiles);
    }

    /**
     * {@return the hex layout of the scope's wards, placed by the centroid of each ward's located assets among those
     *         shown (the same for the map and for the HexJSON export)}
     */
    public static WardLayout layout(Scope s, Map<String, String> wardNames, List<Asset> shown) {
        Map<String, List<org.localityworking.core.model.GeoPoint>> located = new LinkedHashMap<>();
        for (Asset a : shown) {
            if (a.wardId().isPresent() && a.location().isPresent()) {
                located.computeIfAbsent(a.wardId().get(), k -> new ArrayList<>()).add(a.location().get());
            }
        }
        Map<String, org.localityworking.core.model.GeoPoint> centroids = new LinkedHashMap<>();
        located.forEach((w, points) -> centroids.put(w, new org.localityworking.core.model.GeoPoint(
                points.stream().mapToDouble(org.localityworking.core.model.GeoPoint::latitude).average().orElseThrow(),
                points.stream().mapToDouble(org.localityworking.core.model.GeoPoint::longitude).average().orElseThrow())));
        return WardLayout.own(s.localities, wardNames).orElseGet(() -> WardLayout.generate(s.localities, wardNames, centroids));
    }

    /** {@return the names of the scope's wards, by id, in the localities' order} */
    public static Map<String, String> wardNames(Scope s) {
        Map<String, String> wardNames = new LinkedHashMap<>();
        for (Locality l : s.localities) {
            for (WardPart w : l.wards()) {
                wardNames.putIfAbsent(w.wardId(), s.wardName(w.wardId()));
            }
        }
        return wardNames;
    }

    private static Map<AssetCategory, Integer> zero() {
        Map<AssetCategory, Integer> m = new EnumMap<>(AssetCategory.class);
        for (AssetCategory c : AssetCategory.values()) {
            m.put(c, 0);
        }
        return m;
    }

    public static String label(AssetCategory c) {
        return switch (c) {
            case INDIVIDUALS -> "Individuals";
            case ASSOCIATIONS -> "Associations";
            case INSTITUTIONS -> "Institutions";
            case PHYSICAL -> "Physical";
            case ECONOMIC_EXCHANGE -> "Economic exchange";
            case STORIES_CULTURE -> "Stories and culture";
        };
    }
}
