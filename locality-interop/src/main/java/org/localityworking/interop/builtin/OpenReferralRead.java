package org.localityworking.interop.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.localityworking.core.ValidationException;
import org.localityworking.core.model.Asset;
import org.localityworking.core.model.AssetCategory;
import org.localityworking.core.model.GeoPoint;
import org.localityworking.core.model.Organisation;
import org.localityworking.core.model.OrganisationKind;
import org.localityworking.core.model.PartyRef;
import org.localityworking.core.model.Sector;
import org.localityworking.core.model.Tangibility;
import org.localityworking.core.model.TransferStatus;
import org.localityworking.core.model.Venue;
import org.localityworking.interop.ImportException;
import org.localityworking.interop.ImportInterruptedException;
import org.localityworking.interop.ImportResult;
import org.localityworking.interop.spi.ImportSource;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.Versioned;

/**
 * One Open Referral UK import, streamed: the file is never held whole. An asset joins four of the file's tables
 * (a service, its attributes, its {@code service_at_location} and that location), in any order in the file, so
 * the services and places are split by a hash of their UUID into partitions of about {@code partitionSize} (an
 * importer option; by default as many as the heap holds in a third of it, at least {@value #MIN_PARTITION}), and
 * each partition is read in two passes over the file: its attributes and service-at-locations first, then its
 * locations and services (holding the partition's services until the places they name are read). Every
 * organisation, with its attributes, and every taxonomy term is held: a directory has few of them beside its
 * services.
 *
 * <p>The whole file is checked first (one read for the terms, organisations and which tables there are, then the
 * partitions; ids given twice are found by 8-byte fingerprints and confirmed by building the partitions again).
 * Then the organisations are written, then the assets, partition by partition, {@code batchSize} records to a
 * unit of work; since that is not file order, an interruption says how many records were written
 * ({@link ImportInterruptedException}), and a run again finishes.
 */
final class OpenReferralRead {
    /**
     * The heap one service or place of a partition takes, about, with its share of the maps that join it (measured:
     * one partition of 100,000 needs a heap of 128 MB, with a batch of 10,000 assets).
     */
    private static final long BYTES_EACH = 1_000;
    /** The smallest default partition: what a 48 MB heap holds beside a batch. */
    static final int MIN_PARTITION = 10_000;

    /**
     * {@return the services and places one partition holds unless the request says: what a third of the heap holds
     *         (so the whole of most files is one partition, read twice), at least {@value #MIN_PARTITION}}
     */
    static int defaultPartition() {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(MIN_PARTITION, Runtime.getRuntime().maxMemory() / 3 / BYTES_EACH));
    }

    /**
     * Where the file does not say a service's or place's ABCD category or locality, what does: one locality for a
     * file that is all one place, one category for every service, or a category for each taxonomy term (by its
     * code or name, in any case).
     *
     * @param locality   the locality of every record that names none
     * @param category   the category of every service that names none and has no term mapped
     * @param byTerm     categories by taxonomy term code or name, lower case
     * @param wards      the council's ward boundaries, which place a record by its coordinates
     * @param postcodes  the council's postcodes and their wards, which place a record by its address's postcode
     */
    record Placing(Optional<String> locality, Optional<AssetCategory> category, Map<String, AssetCategory> byTerm,
                   Optional<WardBoundaries> wards, Optional<WardLookup> postcodes) {
    }

    /** The fields the import reads, by table: an organisation's, a service's or a place's, or the links between them. */
    private static final Map<String, List<String>> KEPT = Map.of(
            "organizations", List.of("id", "name", "description", "website"),
            "services", List.of("id", "organization_id", "name", "description"),
            "locations", List.of("id", "organization_id", "name", "description", "latitude", "longitude"),
            "service_at_locations", List.of("id", "service_id", "location_id"),
            "taxonomies", List.of("id", "name", "description", "version", "uri"),
            "taxonomy_terms", List.of("id", "code", "name", "description", "taxonomy_id", "term", "taxonomy", "parent_id",
                    "language", "term_uri"),
            "attributes", List.of("id", "link_id", "link_type", "link_entity", "taxonomy_term_id", "value"),
            "addresses", List.of("id", "location_id"));

    /** What the attributes say about one linked object. */
    private static final class Linked {
        Optional<String> record = Optional.empty();
        Optional<AssetCategory> category = Optional.empty();
        Optional<String> locality = Optional.empty();
        Optional<Sector> sector = Optional.empty();
        Optional<OrganisationKind> kind = Optional.empty();
        /** The codes and names of the other taxonomies' terms it carries, lower case. */
        final List<String> terms = new ArrayList<>();
    }

    /** Where built records go: checked and counted, confirmed, or written. */
    private interface Sink {
        /** The file's organisations, by their id in the store, built before any asset. */
        void organisations(Map<String, Organisation> organisations, Map<String, long[]> at);

        /** One asset, built from the element (a service or a location) that starts at {@code at}. */
        void asset(Asset asset, long[] at);
    }

    private final LocalityStore store;
    private final String councilId;
    private final ImportSource source;
    private final OpenReferralTables tables;
    private final Placing placing;
    private final String directory;
    private final String categories;
    private final String localities;
    private final String records;
    private final String sectors;
    private final String kinds;
    private final List<ImportException.RowError> errors = new ArrayList<>();
    /** The file's fields the store keeps nowhere, as {@code table.field}, and how many records carry each. */
    final Map<String, Integer> notKept = new TreeMap<>();
    private final Map<String, JsonInput> terms = new HashMap<>();
    /** The file's organisations (but the council's own directory) by UUID, until their attributes are read. */
    private final Map<String, JsonInput> organisationRows = new LinkedHashMap<>();
    /** UUID to id in the store, once the attributes are read. */
    private final Map<String, String> organisationIds = new HashMap<>();
    private final Set<String> knownLocalities = new HashSet<>();
    private final int partitionSize;
    private int partitions = 1;
    /** Whether the first build (the check) is done: what is not kept is counted in it alone. */
    private boolean checked;

    /** @param partitionSize the services and places one partition holds, about */
    OpenReferralRead(LocalityStore store, String councilId, ImportSource source, OpenReferralTables tables,
                     Placing placing, int partitionSize) {
        this.store = store;
        this.councilId = councilId;
        this.source = source;
        this.tables = tables;
        this.placing = placing;
        this.partitionSize = partitionSize;
        this.directory = OpenReferralExport.uuid(councilId, "org-" + councilId);
        this.categories = OpenReferralExport.uuid(councilId, "abcd-category");
        this.localities = OpenReferralExport.uuid(councilId, "locality");
        this.records = OpenReferralExport.uuid(councilId, OpenReferralExport.RECORD);
        this.sectors = OpenReferralExport.uuid(councilId, OpenReferralExport.SECTOR);
        this.kinds = OpenReferralExport.uuid(councilId, OpenReferralExport.KIND);
    }

    /**
     * Checks the whole file and, unless a dry run, writes it.
     *
     * @throws ImportException             when any part of the file is bad; nothing was written
     * @throws ImportInterruptedException when the store refused a batch after others had landed
     */
    ImportResult run(boolean dryRun, int batchSize) throws IOException {
        head();
        int[] counts = new int[3];
        Fingerprints prints = new Fingerprints();
        build(errors, new Sink() {
            @Override
            public void organisations(Map<String, Organisation> organisations, Map<String, long[]> at) {
                organisations.values().forEach(o -> counts[Batches.change(store, StandardKinds.ORGANISATION, o)]++);
            }

            @Override
            public void asset(Asset asset, long[] at) {
                prints.add(asset.id());
                counts[Batches.change(store, StandardKinds.ASSET, asset)]++;
            }
        });
        checked = true;
        Set<Long> shared = prints.shared();
        if (!shared.isEmpty() && errors.size() < CsvImport.MAX_ERRORS) {
            duplicates(shared);
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingLong(ImportException.RowError::line));
            throw new ImportException(source.name(), errors);
        }
        if (dryRun) {
            return new ImportResult(counts[0], counts[1], counts[2], true, List.of());
        }
        return write(batchSize);
    }

    /** The first read: which tables there are, the fields the store keeps nowhere, the terms and organisations. */
    private void head() throws IOException {
        int[] assets = {0};
        Map<String, String> singular = new HashMap<>();
        OpenReferralTables.READ.forEach((one, many) -> singular.put(many, one));
        tables.read(KEPT.keySet(), (table, index, element) -> {
            List<String> columns = KEPT.get(table);
            element.root.properties().forEach(f -> {
                if (!columns.contains(f.getKey()) && f.getValue().isValueNode() && !f.getValue().isNull()) {
                    notKept.merge(singular.get(table) + "." + f.getKey(), 1, Integer::sum);
                }
            });
            String uuid = element.root.path("id").asText();
            switch (table) {
                case "taxonomy_terms" -> terms.put(uuid, element);
                case "organizations" -> {
                    if (!uuid.equals(directory)) {
                        organisationRows.put(uuid, element);
                    }
                }
                case "services", "locations" -> assets[0]++;
                default -> {
                }
            }
        });
        tables.unread.forEach((what, n) -> notKept.merge(what, n, Integer::sum));
        partitions = Math.max(1, (int) ((assets[0] + (long) partitionSize - 1) / partitionSize));
    }

    /** The option {@code partitionSize}: a whole number of at least 1. */
    static int partitionSize(org.localityworking.interop.ImportRequest request) {
        return ImportOptions.atLeastOne(request, "partitionSize", Integer.toString(defaultPartition()), "must be a whole"
                + " number of services and places of at least 1 (held in memory at once; the file is read twice for"
                + " each partition)");
    }

    /** @return the partition of a service or location, by its UUID */
    private int partition(String uuid) {
        return partitions == 1 ? 0 : (int) Math.floorMod(Fingerprints.of(uuid), (long) partitions);
    }

    /**
     * Builds every organisation, then every asset, partition by partition, giving each to the sink; problems go
     * to {@code problems} (and stop the building of more once there are {@value CsvImport#MAX_ERRORS}).
     */
    private void build(List<ImportException.RowError> problems, Sink sink) throws IOException {
        for (int p = 0; p < partitions && problems.size() < CsvImport.MAX_ERRORS; p++) {
            int part = p;
            Map<String, Linked> linked = new HashMap<>();
            Map<String, String> locationOf = new HashMap<>();
            Set<String> used = new HashSet<>();
            Map<String, String> postcodeOf = new HashMap<>();
            tables.read(placing.postcodes().isPresent() ? Set.of("attributes", "service_at_locations", "addresses")
                    : Set.of("attributes", "service_at_locations"), (table, index, in) -> {
                if (table.equals("addresses")) {
                    // a place's first address with a postcode, to place it by (held only when postcodes are given)
                    String postcode = in.root.path("postal_code").asText("");
                    if (!postcode.isBlank()) {
                        postcodeOf.putIfAbsent(in.root.path("location_id").asText(), postcode);
                    }
                } else if (table.equals("attributes")) {
                    String link = in.root.path("link_id").asText();
                    boolean own = partition(link) == part;
                    if (own || (part == 0 && organisationRows.containsKey(link))) {
                        // an organisation's attributes are read with the first partition; their problems are said
                        // once, with the partition their link falls in
                        attribute(in, linked, own ? problems : new ArrayList<>());
                    }
                } else {
                    String service = in.root.path("service_id").asText();
                    String location = in.root.path("location_id").asText();
                    if (partition(service) == part) {
                        locationOf.put(service, location);
                    }
                    if (partition(location) == part) {
                        used.add(location);
                    }
                }
            });
            if (part == 0) {
                organisations(linked, problems, sink);
            }
            Set<String> needed = new HashSet<>(locationOf.values());
            Map<String, double[]> points = new HashMap<>();
            Map<String, Venue> venues = new HashMap<>();
            List<JsonInput> services = new ArrayList<>();
            tables.read(Set.of("locations", "services"), (table, index, in) -> {
                String uuid = in.root.path("id").asText();
                if (table.equals("locations")) {
                    Optional<double[]> point = point(in.root, partition(uuid) == part ? problems : new ArrayList<>());
                    if (needed.contains(uuid)) {
                        point.ifPresent(latLong -> points.put(uuid, latLong));
                        venue(in.root).ifPresent(v -> venues.put(uuid, v));
                    }
                    // a place of its own: one no service is held at, or one the file says is a record of the store
                    // (a place of the map that services are held at, as this library's exporter writes it)
                    boolean place = !used.contains(uuid) || (linked.containsKey(uuid) && linked.get(uuid).record.isPresent());
                    if (partition(uuid) == part && place && problems.size() < CsvImport.MAX_ERRORS) {
                        asset(in, point, Optional.ofNullable(postcodeOf.get(uuid)), Optional.empty(), Optional.empty(),
                                linked, problems, sink);
                    }
                } else if (partition(uuid) == part) {
                    services.add(in);
                }
            });
            for (JsonInput in : services) {
                String owner = in.root.path("organization_id").asText();
                Optional<PartyRef> ownedBy = owner.equals(directory) ? Optional.empty()
                        : Optional.ofNullable(organisationIds.get(owner)).map(PartyRef::organisation);
                if (!owner.equals(directory) && ownedBy.isEmpty()) {
                    // a service whose organization the file does not hold is the directory's: counted, as not kept
                    if (problems == errors && !checked) {
                        notKept.merge("service.organization_id naming no organization in the file", 1, Integer::sum);
                    }
                }
                String service = in.root.path("id").asText();
                String place = locationOf.getOrDefault(service, "");
                // the place this library's exporter made from a service's own coordinates is no venue of its own
                String record = linked.getOrDefault(service, new Linked()).record.orElse(service);
                Optional<Venue> venue = place.equals(OpenReferralExport.uuid(councilId, "loc-" + record)) ? Optional.empty()
                        : Optional.ofNullable(venues.get(place));
                if (problems.size() < CsvImport.MAX_ERRORS) {
                    asset(in, Optional.ofNullable(points.get(place)), Optional.ofNullable(postcodeOf.get(place)),
                            Optional.of(ownedBy), venue, linked, problems, sink);
                }
            }
        }
    }

    /** @return the place a location is, as a service's venue: its id, name and description, when it has a name */
    private static Optional<Venue> venue(JsonNode location) {
        String name = location.path("name").asText("");
        String description = location.path("description").asText("");
        try {
            return name.isBlank() ? Optional.empty() : Optional.of(new Venue(location.path("id").asText(""), name,
                    description.isBlank() ? Optional.empty() : Optional.of(description)));
        } catch (ValidationException e) {
            return Optional.empty(); // a name or id a venue cannot hold: the service keeps its coordinates alone
        }
    }

    /** @return a location's latitude and longitude, when it has both as numbers on the globe */
    private Optional<double[]> point(JsonNode place, List<ImportException.RowError> problems) {
        if (!place.path("latitude").isNumber() || !place.path("longitude").isNumber()) {
            return Optional.empty();
        }
        double latitude = place.path("latitude").doubleValue();
        double longitude = place.path("longitude").doubleValue();
        if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
            if (problems == errors && !checked) {
                notKept.merge("location.latitude and longitude beyond the globe's (-90 to 90, -180 to 180)", 1,
                        Integer::sum);
            }
            return Optional.empty();
        }
        return Optional.of(new double[] {latitude, longitude});
    }

    /** Reads what one attribute says about the object it links to. */
    private void attribute(JsonInput in, Map<String, Linked> linked, List<ImportException.RowError> problems) {
        JsonNode a = in.root;
        JsonInput term = terms.get(a.path("taxonomy_term_id").asText());
        if (term == null) {
            // a link to a term the file does not hold says nothing the import can use: counted once, as not kept
            if (problems == errors && !checked) {
                notKept.merge("attribute.taxonomy_term_id naming no taxonomy term in the file", 1, Integer::sum);
            }
            return;
        }
        Linked l = linked.computeIfAbsent(a.path("link_id").asText(), k -> new Linked());
        String taxonomy = term.root.path("taxonomy_id").asText();
        String code = term.root.path("code").asText();
        try {
            if (taxonomy.equals(records)) {
                l.record = Optional.of(in.text(a, "", "value", problems));
            } else if (taxonomy.equals(categories)) {
                l.category = Optional.of(AssetCategory.valueOf(code));
            } else if (taxonomy.equals(localities)) {
                l.locality = Optional.of(code);
            } else if (taxonomy.equals(sectors)) {
                l.sector = Optional.of(Sector.valueOf(code));
            } else if (taxonomy.equals(kinds)) {
                l.kind = Optional.of(OrganisationKind.valueOf(code));
            } else {
                for (String word : List.of(code, term.root.path("name").asText(""), term.root.path("term").asText(""))) {
                    if (!word.isBlank()) {
                        l.terms.add(word.strip().toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            problems.add(term.problem(term.root, "code", code, "is not a value of its taxonomy"));
        }
    }

    /** Builds the file's organisations over the stored ones, once their attributes are read. */
    private void organisations(Map<String, Linked> linked, List<ImportException.RowError> problems, Sink sink) {
        Map<String, Organisation> organisations = new LinkedHashMap<>();
        Map<String, long[]> at = new HashMap<>();
        organisationRows.forEach((uuid, in) -> {
            JsonNode o = in.root;
            Linked l = linked.getOrDefault(uuid, new Linked());
            String id = l.record.orElse(uuid);
            String name = in.text(o, "", "name", problems);
            organisationIds.put(uuid, id);
            try {
                Optional<Organisation> stored = store.get(StandardKinds.ORGANISATION, id).map(Versioned::value);
                Organisation.Builder b = stored.map(Organisation::toBuilder).orElseGet(() -> Organisation.builder().id(id))
                        .name(name).sector(l.sector.or(() -> stored.map(Organisation::sector)).orElse(Sector.VCSE))
                        .kind(l.kind.or(() -> stored.map(Organisation::kind)).orElse(OrganisationKind.OTHER));
                String description = o.path("description").asText("");
                if (!description.isBlank() && !description.equals(OpenReferralExport.describe(b.build()))) {
                    b.description(description);
                }
                if (!o.path("website").asText("").isBlank()) {
                    b.website(o.path("website").asText());
                }
                organisations.put(id, identifiers(o, b).build());
                at.put(id, in.at(o));
            } catch (ValidationException e) {
                problems.add(in.problem(o, e.field(), e.value(), e.rule()));
            }
        });
        sink.organisations(organisations, at);
    }

    /**
     * Gives the organisation the registration numbers its nested {@code organization_identifiers} name: a
     * Companies House number ({@code GB-COH}) and a charity number (England and Wales {@code GB-CHC}, Scotland
     * {@code GB-SC}, Northern Ireland {@code GB-NIC}); any other scheme, or a number the organisation cannot hold,
     * is counted as not kept.
     *
     * @return a builder holding {@code b}'s values and the numbers
     */
    private Organisation.Builder identifiers(JsonNode organisation, Organisation.Builder b) {
        Organisation.Builder held = b;
        for (JsonNode identifier : organisation.path("organization_identifiers")) {
            String scheme = identifier.path("identifier_scheme").asText("");
            String value = identifier.path("identifier").asText("");
            boolean kept = false;
            try {
                if (scheme.equals("GB-COH") && !value.isBlank()) {
                    held = OrganisationDetails.with(held, Organisation.Builder::companyNumber, value);
                    kept = true;
                } else if (List.of("GB-CHC", "GB-SC", "GB-NIC").contains(scheme) && !value.isBlank()) {
                    held = OrganisationDetails.with(held, Organisation.Builder::charityNumber, value);
                    kept = true;
                }
            } catch (ValidationException e) {
                kept = false;
            }
            if (!kept && !checked) {
                notKept.merge("organization.organization_identifiers (" + (scheme.isBlank() ? "no scheme" : scheme) + ")",
                        1, Integer::sum);
            }
        }
        return held;
    }

    /**
     * The asset a service or a place of its own is, over the stored asset where there is one.
     *
     * @param owner for a service, its owner (empty: the directory's, none); empty for a place, whose owner is kept
     */
    private void asset(JsonInput in, Optional<double[]> point, Optional<String> postcode, Optional<Optional<PartyRef>> owner,
                       Optional<Venue> venue,
                       Map<String, Linked> linked, List<ImportException.RowError> problems, Sink sink) {
        JsonNode object = in.root;
        String uuid = object.path("id").asText();
        Linked l = linked.getOrDefault(uuid, new Linked());
        String id = l.record.orElse(uuid);
        String what = (owner.isPresent() ? "service " : "location ") + id;
        Optional<AssetCategory> category = l.category.or(() -> l.terms.stream().map(placing.byTerm()::get)
                .filter(java.util.Objects::nonNull).findFirst()).or(() -> owner.isEmpty() ? Optional.of(AssetCategory.PHYSICAL)
                : placing.category());
        if (category.isEmpty()) {
            problems.add(in.problem(object, "attributes", uuid, what + " (" + object.path("name").asText("") + ") has no"
                    + " ABCD category: map its taxonomy terms (option categories=CODE:CATEGORY,...) or give one for every"
                    + " service (option category=" + String.join("|", java.util.Arrays.stream(AssetCategory.values())
                    .map(Enum::name).toList()) + ")"));
            return;
        }
        Optional<WardBoundaries.Placed> byPoint = point.flatMap(p -> placing.wards().flatMap(w -> w.place(p[0], p[1])))
                .or(() -> postcode.flatMap(code -> placing.postcodes().flatMap(w -> w.place(code))));
        Optional<String> placed = l.locality.or(() -> byPoint.map(WardBoundaries.Placed::localityId)).or(placing::locality);
        if (placed.isEmpty()) {
            problems.add(in.problem(object, "attributes", uuid, what + " (" + object.path("name").asText("") + ") names"
                    + " no locality" + (placing.wards().isPresent() || placing.postcodes().isPresent()
                    ? " and no ward holds its coordinates or postcode" : "") + ": give the council's ward boundaries for"
                    + " its coordinates (option wardBoundaries=FILE.geojson) or its postcodes and their wards (option"
                    + " wardLookup=FILE.csv), or the locality of the records no ward places (--locality ID)"));
            return;
        }
        String locality = placed.get();
        if (!knownLocalities.contains(locality)) {
            if (store.get(StandardKinds.LOCALITY, locality).isEmpty()) {
                problems.add(in.problem(object, "locality", locality, what + ": must name a locality already in the store"));
                return;
            }
            knownLocalities.add(locality);
        }
        int before = problems.size();
        try {
            Optional<Asset> stored = store.get(StandardKinds.ASSET, id).map(Versioned::value);
            Asset.Builder b = stored.map(Asset::toBuilder).orElseGet(() -> Asset.builder().id(id)
                    .tangibility(Tangibility.TANGIBLE).sensitive(false).transfer(TransferStatus.NOT_APPLICABLE));
            b.name(in.text(object, "", "name", problems)).description(object.path("description").asText(""))
                    .category(category.get()).localityId(locality);
            owner.ifPresent(o -> o.ifPresentOrElse(b::owner, b::noOwner));
            if (owner.isPresent()) {
                venue.ifPresentOrElse(b::venue, b::noVenue);
            }
            point.ifPresentOrElse(p -> b.location(new GeoPoint(p[0], p[1])), b::noLocation);
            byPoint.filter(w -> w.localityId().equals(locality)).ifPresent(w -> b.wardId(w.wardId()));
            Asset asset = b.build();
            if (problems.size() == before) {
                sink.asset(asset, in.at(object));
            }
        } catch (ValidationException e) {
            problems.add(in.problem(object, e.field(), e.value(), e.rule()));
        }
    }

    /** The asset ids given twice, found by fingerprint and confirmed by building the assets again. */
    private void duplicates(Set<Long> shared) throws IOException {
        Map<String, List<long[]>> where = new HashMap<>();
        build(new ArrayList<>(), new Sink() {
            @Override
            public void organisations(Map<String, Organisation> organisations, Map<String, long[]> at) {
            }

            @Override
            public void asset(Asset asset, long[] at) {
                if (shared.contains(Fingerprints.of(asset.id()))) {
                    where.computeIfAbsent(asset.id(), k -> new ArrayList<>()).add(at);
                }
            }
        });
        where.forEach((id, places) -> {
            places.sort(Comparator.<long[]>comparingLong(a -> a[0]).thenComparingLong(a -> a[1]));
            for (long[] at : places.subList(1, places.size())) {
                errors.add(JsonInput.problemAt(at, "id", id, "appears twice in the file (first on line "
                        + places.get(0)[0] + ")"));
            }
        });
    }

    /** The last read: the organisations, then the assets, {@code batchSize} records to a unit of work. */
    private ImportResult write(int batchSize) throws IOException {
        Batches batches = new Batches(store, source.name(), batchSize, false);
        List<ImportException.RowError> late = new ArrayList<>();
        build(late, new Sink() {
            @Override
            public void organisations(Map<String, Organisation> organisations, Map<String, long[]> at) {
                stopIfChanged(late, batches);
                organisations.values().forEach(o -> batches.saveChanged(StandardKinds.ORGANISATION, o, at.get(o.id())[0]));
            }

            @Override
            public void asset(Asset asset, long[] at) {
                stopIfChanged(late, batches);
                batches.saveChanged(StandardKinds.ASSET, asset, at[0]);
            }
        });
        stopIfChanged(late, batches);
        batches.commit();
        return batches.result();
    }

    /** Stops a write that found a problem the check did not: the file changed while it was being imported. */
    private void stopIfChanged(List<ImportException.RowError> late, Batches batches) {
        if (!late.isEmpty()) {
            // the file was good when checked a moment ago
            List<ImportException.RowError> problems = new ArrayList<>(late);
            problems.add(0, new ImportException.RowError(late.get(0).line(), "-", "", "changed while it was being imported"));
            throw batches.stopped(late.get(0).line(), new ImportException(source.name(), problems));
        }
    }



}
