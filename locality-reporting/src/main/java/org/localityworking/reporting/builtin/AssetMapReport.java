package org.localityworking.reporting.builtin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Optional;
import org.localityworking.core.model.GeoPoint;
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
import org.localityworking.reporting.Cell;
import org.localityworking.reporting.Block;
import org.localityworking.reporting.KeyFigures;
import org.localityworking.reporting.Note;
import org.localityworking.reporting.PointMap;
import org.localityworking.reporting.Section;
import org.localityworking.reporting.Table;
import org.localityworking.reporting.WardLayout;
import org.localityworking.reporting.WardMap;
import org.localityworking.core.internal.Deferred;
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

    /**
     * Each enum value's cell as the list shows it ("tangible", "under consideration"), and each category's label
     * and cell: made once, not per row (a cell is immutable, so every row showing it holds the same one).
     */
    private static final Map<Tangibility, Cell> TANGIBILITY_CELLS = words(Tangibility.class);
    private static final Map<TransferStatus, Cell> TRANSFER_CELLS = words(TransferStatus.class);
    private static final String[] CATEGORY_LABELS = new String[AssetCategory.values().length];
    private static final Cell[] CATEGORY_CELLS = new Cell[CATEGORY_LABELS.length];

    static {
        AssetCategory[] cats = AssetCategory.values(); // indexed by ordinal, as the pass's counts are
        for (int i = 0; i < cats.length; i++) {
            CATEGORY_LABELS[i] = label(cats[i]);
            CATEGORY_CELLS[i] = Cell.text(CATEGORY_LABELS[i]);
        }
    }

    private static <E extends Enum<E>> Map<E, Cell> words(Class<E> type) {
        Map<E, Cell> words = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            words.put(e, Cell.text(e.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT)));
        }
        return words;
    }

    /**
     * What the one pass gathers for a ward: its counts by category, its located assets, what its markers need of the
     * assets shown on the map (by locality: a ward split between localities has a hex in each) and its name's cell
     * for the list.
     */
    private static final class WardTally {
        final int[] counts;
        final Cell cell;
        List<GeoPoint> located;
        private String lastLocality;
        private Shown lastShown;
        private Map<String, Shown> shown;

        WardTally(int categories, String name) {
            counts = new int[categories];
            cell = Cell.text(name);
        }

        /** {@return where the ward's assets shown in the locality are kept for its markers} */
        Shown in(String localityId) {
            if (!localityId.equals(lastLocality)) {
                if (shown == null) {
                    shown = new HashMap<>();
                }
                lastShown = shown.computeIfAbsent(localityId, k -> new Shown());
                lastLocality = localityId;
            }
            return lastShown;
        }

        /**
         * {@return the markers of the ward's assets in the locality, made when a format first reads them: HTML and
         *         JSON draw each, Markdown and CSV count them}
         */
        List<WardMap.Marker> markersIn(String localityId) {
            Shown in = shown == null ? null : shown.get(localityId);
            if (in == null) {
                return List.of();
            }
            return new Deferred<>("WardMap.Tile.markers", in.size, () -> {
                List<WardMap.Marker> markers = new ArrayList<>(in.size);
                for (int i = 0; i < in.size; i++) {
                    markers.add(new WardMap.Marker(in.names[i], CATEGORY_LABELS[in.categories[i]]));
                }
                return markers;
            });
        }
    }

    /**
     * What a marker needs of each asset shown in a ward: its name and category, not the asset (a national body's map
     * holds a million until a format reads them).
     */
    private static final class Shown {
        String[] names = new String[8];
        byte[] categories = new byte[8];
        int size;

        @SuppressWarnings("EnumOrdinal") // categories kept by their index in the labels
        void add(Asset a) {
            if (size == names.length) {
                names = java.util.Arrays.copyOf(names, size * 2);
                categories = java.util.Arrays.copyOf(categories, size * 2);
            }
            names[size] = a.name();
            categories[size++] = (byte) a.category().ordinal();
        }
    }

    @Override
    @SuppressWarnings("EnumOrdinal") // counts held in arrays indexed by category, in the enum's (ABCD's) order
    List<Section> sections(Scope s) {
        // one pass: a national body's million assets are read a locality at a time, not held at once
        Iterable<Asset> shown = s.eachInLocalities(StandardKinds.ASSET);
        int withheld = s.withheldInLocalities(StandardKinds.ASSET).size();
        AssetCategory[] cats = AssetCategory.values();

        // Wards in scope, in locality order; an asset without a ward is counted under "ward not recorded".
        Map<String, String> wardNames = wardNames(s);
        Map<String, WardTally> byWard = new LinkedHashMap<>();
        wardNames.forEach((w, name) -> byWard.put(w, new WardTally(cats.length, name)));
        int[] totals = new int[cats.length];
        WardTally unrecorded = null;
        // one pass over the assets, one look-up of each asset's ward: the counts, each ward's located assets (for
        // the layout) and markers (for the map: a ward split between localities has a hex in each, holding that
        // locality's assets in the ward), and the list of the first LIST_LIMIT. A one-locality scope's assets are
        // all of that locality (its query), so their locality is not read.
        boolean mapped = !wardNames.isEmpty();
        String onlyLocality = s.localities.size() == 1 ? s.localities.get(0).id() : null;
        Map<String, List<GeoPoint>> located = new LinkedHashMap<>(); // in the order the wards were first located
        List<List<Cell>> list = new ArrayList<>();
        // the located assets are drawn on the wards' outlines where the council gave them (wards.boundaries);
        // without them a plot of dots on a blank box says nothing, so it is left out
        List<PointMap.Area> outlines = new ArrayList<>();
        for (String w : wardNames.keySet()) {
            s.ward(w).filter(x -> !x.boundary().isEmpty())
                    .ifPresent(x -> outlines.add(new PointMap.Area(x.name(), x.boundary())));
        }
        List<PointMap.Point> points = new ArrayList<>(); // the first LIST_LIMIT located, for the point map
        Map<String, Cell> localityCells = new HashMap<>();
        int assets = 0;
        int locatedAssets = 0;
        for (Asset a : shown) {
            assets++;
            int c = a.category().ordinal();
            totals[c]++;
            Optional<String> ward = a.wardId();
            Optional<GeoPoint> location = a.location();
            if (location.isPresent()) {
                locatedAssets++;
                if (points.size() < LIST_LIMIT && !outlines.isEmpty()) {
                    GeoPoint g = location.get();
                    points.add(new PointMap.Point(a.name(), CATEGORY_LABELS[c], g.latitude(), g.longitude()));
                }
            }
            WardTally tally;
            if (ward.isPresent()) {
                String w = ward.get();
                tally = byWard.get(w);
                if (tally == null) {
                    tally = new WardTally(cats.length, s.wardName(w));
                    byWard.put(w, tally);
                }
                if (location.isPresent()) {
                    if (tally.located == null) {
                        tally.located = new ArrayList<>();
                        located.put(w, tally.located);
                    }
                    tally.located.add(location.get());
                }
                if (mapped) {
                    tally.in(onlyLocality != null ? onlyLocality : a.localityId()).add(a);
                }
            } else {
                if (unrecorded == null) {
                    unrecorded = byWard.computeIfAbsent("", k -> new WardTally(cats.length, Blocks.NO_DATA));
                }
                tally = unrecorded;
            }
            tally.counts[c]++;
            if (list.size() < LIST_LIMIT) {
                String locality = onlyLocality != null ? onlyLocality : a.localityId();
                list.add(List.of(Cell.text(a.name()), CATEGORY_CELLS[c], tally.cell,
                        localityCells.computeIfAbsent(locality, l -> Cell.text(s.localityName(l))),
                        TANGIBILITY_CELLS.get(a.tangibility()), TRANSFER_CELLS.get(a.transfer())));
            }
        }

        List<Block> summary = new ArrayList<>();
        summary.add(new KeyFigures(List.of(Blocks.figure("Assets mapped", assets),
                Blocks.figure("Wards", wardNames.size()),
                Blocks.figure("Categories present", java.util.Arrays.stream(totals).filter(n -> n > 0).count() + " of 6"))));
        if (withheld > 0) {
            summary.add(new Note(Note.Kind.INFO, withheld
                    + " assets are not shown in this public version: they are sensitive or are individuals' gifts."));
        }
        List<Double> values = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (AssetCategory c : cats) {
            labels.add(label(c));
            values.add((double) totals[c.ordinal()]);
        }
        Blocks.orNoData(summary, assets == 0, new BarChart("Assets by ABCD category", "assets", labels,
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
        byWard.forEach((ward, tally) -> {
            int[] counts = tally.counts;
            String name = ward.isEmpty() ? "Ward not recorded" : tally.cell.display();
            List<Object> row = new ArrayList<>(List.of(name));
            List<String> missing = new ArrayList<>();
            int total = 0;
            for (AssetCategory c : cats) {
                int n = counts[c.ordinal()];
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
        if (mapped) {
            byWardBlocks.add(wardMap(s, layout(s, wardNames, located), byWard));
        }
        byWardBlocks.add(Table.of("Assets by category and ward", headers, rows));
        List<BarChart.Series> series = new ArrayList<>();
        for (AssetCategory c : cats) {
            series.add(new BarChart.Series(label(c), stacks.get(c)));
        }
        if (assets > 0) {
            byWardBlocks.add(new BarChart("Assets by ward, stacked by category", "assets", chartWards, series, true));
        }
        Blocks.orFinding(byWardBlocks, lacking.isEmpty(), Table.of("Wards lacking a category",
                List.of("Ward", "Categories with no asset mapped"), lacking), "Every ward has at least one asset of every category.");

        if (locatedAssets > 0 && !outlines.isEmpty()) {
            byWardBlocks.add(new PointMap("Mapped assets with a location (" + locatedAssets + "), on the wards",
                    points, outlines));
            if (locatedAssets > LIST_LIMIT) {
                byWardBlocks.add(new Note(Note.Kind.INFO, "The map shows the first " + LIST_LIMIT + " of " + locatedAssets
                        + " located assets; export GeoJSON for them all."));
            }
        }
        List<Block> listBlocks = new ArrayList<>();
        Blocks.orNoData(listBlocks, list.isEmpty(), new Table("Assets", List.of("Asset", "Category", "Ward", "Locality",
                "Tangible?", "Asset transfer"), list), "No assets to list.");
        if (assets > LIST_LIMIT) {
            listBlocks.add(new Note(Note.Kind.INFO, "The first " + LIST_LIMIT + " of " + assets
                    + " assets are listed; the counts above include them all. Export the asset map as CSV for the full list."));
        }
        return List.of(new Section("Summary", summary), new Section("Categories by ward", byWardBlocks),
                new Section("The assets", listBlocks));
    }

    /**
     * The scope's wards as a hex map, each locality's together, placed by the centroid of each ward's located
     * assets where there are any, with the assets shown drawn in their wards.
     */
    private static WardMap wardMap(Scope s, WardLayout layout, Map<String, WardTally> byWard) {
        List<WardMap.Tile> tiles = new ArrayList<>();
        for (WardLayout.Hex h : layout.hexes()) {
            WardTally tally = byWard.get(h.wardId());
            tiles.add(new WardMap.Tile(h, s.localityName(h.localityId()),
                    tally == null ? List.of() : tally.markersIn(h.localityId())));
        }
        return new WardMap("Assets by ward (a hex for each ward, grouped by locality)", tiles);
    }

    /**
     * {@return the hex layout of the scope's wards, placed by the centroid of each ward's located assets among those
     *         shown (the same for the map and for the HexJSON export)}
     */
    public static WardLayout layout(Scope s, Map<String, String> wardNames, List<Asset> shown) {
        Map<String, List<GeoPoint>> located = new LinkedHashMap<>();
        for (Asset a : shown) {
            if (a.wardId().isPresent() && a.location().isPresent()) {
                located.computeIfAbsent(a.wardId().get(), k -> new ArrayList<>()).add(a.location().get());
            }
        }
        return layout(s, wardNames, located);
    }

    /** The layout from each ward's located assets, in the order the wards were first met among the assets. */
    private static WardLayout layout(Scope s, Map<String, String> wardNames, Map<String, List<GeoPoint>> located) {
        Map<String, GeoPoint> centroids = new LinkedHashMap<>();
        located.forEach((w, points) -> centroids.put(w, new GeoPoint(
                points.stream().mapToDouble(GeoPoint::latitude).average().orElseThrow(),
                points.stream().mapToDouble(GeoPoint::longitude).average().orElseThrow())));
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
