package org.localityworking.interop.builtin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.localityworking.core.model.Asset;
import org.localityworking.core.model.AssetCategory;
import org.localityworking.core.model.Locality;
import org.localityworking.core.model.Organisation;
import org.localityworking.core.model.OrganisationKind;
import org.localityworking.core.model.PartyKind;
import org.localityworking.core.model.Sector;
import org.localityworking.interop.ExportRequest;
import org.localityworking.interop.spi.DataExporter;
import org.localityworking.interop.spi.ExportContext;
import org.localityworking.interop.spi.ExportTarget;
import org.localityworking.reporting.builtin.AssetMapReport;
import org.localityworking.reporting.builtin.Scope;

/**
 * Assets in Open Referral UK (HSDS 3.0): the organisations, services and places of the asset map, as HSDS
 * JSON ({@code openreferral.json}) and as a tabular data package (one CSV per object plus
 * {@code datapackage.json}). Places (physical assets) are locations; associations, institutions, economic
 * exchange and stories/culture are services of their owning organisation (or of the council's directory);
 * ABCD category and locality are taxonomy terms, and so are an organisation's sector and kind. Each service,
 * location and organisation carries a {@code record-id} attribute whose value is its id in the store, so that
 * the {@code openreferral} importer finds it again. Individuals' gifts and sensitive assets are never exported.
 *
 * <p>The tabular package follows the Open Referral UK profile's {@code datapackage.json}: its resource names,
 * files ({@code organizations.csv}, {@code attribute.csv}, ...) and field names. Option {@code serviceUrl}: a
 * web address with {@code {id}} for the asset's id, giving each service the {@code url} the profile requires
 * (without it, the manifest says the urls were left out).
 */
public final class OpenReferralExport implements DataExporter {
    /** The tables, in the order of the data package, with their columns. */
    static final Map<String, List<String>> TABLES = new LinkedHashMap<>();

    /**
     * The tabular package as the Open Referral UK profile's {@code datapackage.json} has it: for each JSON table,
     * the resource's (singular) name, its file, and its fields, by the profile's names.
     */
    record Resource(String name, String path, List<String> fields) {
    }

    static final Map<String, Resource> TABULAR = new LinkedHashMap<>();

    static {
        TABLES.put("organizations", List.of("id", "name", "description", "website"));
        TABLES.put("services", List.of("id", "organization_id", "name", "description", "status"));
        TABLES.put("locations", List.of("id", "location_type", "name", "description", "latitude", "longitude"));
        TABLES.put("service_at_locations", List.of("id", "service_id", "location_id"));
        TABLES.put("taxonomies", List.of("id", "name", "description", "version"));
        TABLES.put("taxonomy_terms", List.of("id", "code", "name", "description", "taxonomy_id"));
        TABLES.put("attributes", List.of("id", "link_id", "link_type", "link_entity", "taxonomy_term_id", "value"));
        TABULAR.put("organizations", new Resource("organization", "organizations.csv", List.of("id", "name", "description",
                "website")));
        TABULAR.put("services", new Resource("service", "services.csv", List.of("id", "organization_id", "name",
                "description", "url", "status")));
        TABULAR.put("locations", new Resource("location", "locations.csv", List.of("id", "location_type", "name",
                "description", "latitude", "longitude")));
        TABULAR.put("service_at_locations", new Resource("service_at_location", "service_at_location.csv",
                List.of("id", "service_id", "location_id")));
        TABULAR.put("taxonomies", new Resource("taxonomy", "taxonomies.csv", List.of("id", "name", "description", "version")));
        TABULAR.put("taxonomy_terms", new Resource("taxonomy_term", "taxonomy_terms.csv", List.of("id", "code", "name",
                "description", "term", "taxonomy", "taxonomy_id")));
        TABULAR.put("attributes", new Resource("attribute", "attribute.csv", List.of("id", "link_id", "taxonomy_term_id",
                "link_type")));
    }

    /** The taxonomy (and its one term) whose attributes carry a record's id in the store, as their value. */
    static final String RECORD = "record-id";
    static final String RECORD_TERM = "term-record-id";
    /** The taxonomies of an organisation's sector and kind. */
    static final String SECTOR = "organisation-sector";
    static final String KIND = "organisation-kind";

    /** Creates the exporter. */
    public OpenReferralExport() {
    }

    @Override
    public String id() {
        return "openreferral";
    }

    @Override
    public String spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public String description() {
        return "Organisations, services and places as Open Referral UK (HSDS 3.0) JSON and a tabular data package";
    }

    @Override
    public List<String> export(ExportContext context, ExportTarget target) throws IOException {
        ExportRequest request = context.request();
        Scope scope = Exports.scope(context.view().forPublic(), request.forPublic());
        java.util.Optional<String> serviceUrl = java.util.Optional.ofNullable(request.options().get("serviceUrl"));
        serviceUrl.ifPresent(u -> {
            if (!u.matches("https?://[^\\s]+") || !u.contains("{id}")) {
                throw new org.localityworking.core.ValidationException("ExportRequest.options.serviceUrl", u, "must be"
                        + " an http(s) address with {id} where the service's id goes, such as"
                        + " https://council.example/directory/{id}");
            }
        });
        Map<String, List<Map<String, Object>>> t = new LinkedHashMap<>();
        TABLES.keySet().forEach(k -> t.put(k, new ArrayList<>()));
        t.get("taxonomies").add(row("id", "abcd-category", "name", "ABCD asset categories", "description",
                "Kretzmann and McKnight's asset categories, extended to six", "version", "1"));
        t.get("taxonomies").add(row("id", "locality", "name", scope.council.name() + " localities", "description",
                "The localities of " + scope.council.name(), "version", "1"));
        for (AssetCategory c : AssetCategory.values()) {
            t.get("taxonomy_terms").add(row("id", "abcd-" + c.name().toLowerCase(java.util.Locale.ROOT), "code", c.name(),
                    "name", AssetMapReport.label(c), "description", "ABCD category: " + AssetMapReport.label(c),
                    "taxonomy_id", "abcd-category"));
        }
        for (Locality l : scope.localities) {
            t.get("taxonomy_terms").add(row("id", "locality-" + l.id(), "code", l.id(), "name", l.name(),
                    "description", "Locality: " + l.name(), "taxonomy_id", "locality"));
        }
        t.get("taxonomies").add(row("id", RECORD, "name", "Record identifiers", "description", "The record's"
                + " identifier in the council's Locality Working store (the attribute's value), so that an import finds"
                + " it again", "version", "1"));
        t.get("taxonomy_terms").add(row("id", RECORD_TERM, "code", RECORD, "name", "Record identifier", "description",
                "The attribute's value is the record's identifier", "taxonomy_id", RECORD));
        t.get("taxonomies").add(row("id", SECTOR, "name", "Sectors", "description", "The sector an organisation"
                + " belongs to", "version", "1"));
        for (Sector x : Sector.values()) {
            t.get("taxonomy_terms").add(row("id", SECTOR + "-" + x.name().toLowerCase(java.util.Locale.ROOT), "code",
                    x.name(), "name", words(x.name()), "description", "Sector: " + words(x.name()), "taxonomy_id", SECTOR));
        }
        t.get("taxonomies").add(row("id", KIND, "name", "Kinds of organisation", "description", "What kind of body"
                + " an organisation is", "version", "1"));
        for (OrganisationKind x : OrganisationKind.values()) {
            t.get("taxonomy_terms").add(row("id", KIND + "-" + x.name().toLowerCase(java.util.Locale.ROOT), "code",
                    x.name(), "name", words(x.name()), "description", "Kind of organisation: " + words(x.name()),
                    "taxonomy_id", KIND));
        }
        String directory = "org-" + scope.council.id();
        // a record whose id in the store is a UUID (it came from another Open Referral file) keeps it as its id
        Map<String, String> kept = new HashMap<>();
        // a venue several services are held at is one location; a venue that is a place of the map is that place
        Set<String> placed = new HashSet<>();
        List<Asset> assets = Exports.assets(scope);
        Set<String> places = new HashSet<>();
        assets.stream().filter(a -> a.category() == AssetCategory.PHYSICAL).forEach(a -> places.add(a.id()));
        Map<String, Map<String, Object>> organisations = new LinkedHashMap<>();
        long gifts = 0;
        for (Asset a : assets) {
            if (a.category() == AssetCategory.INDIVIDUALS) {
                gifts++;
                continue; // people's gifts are personal: never in a public directory
            }
            String linkType;
            String linkId;
            if (a.category() == AssetCategory.PHYSICAL) {
                linkType = "location";
                linkId = "loc-" + a.id();
                keep(kept, linkId, a.id());
                t.get("locations").add(location(a, linkId));
            } else {
                linkType = "service";
                linkId = "svc-" + a.id();
                keep(kept, linkId, a.id());
                String orgId = a.owner().filter(o -> o.kind() == PartyKind.ORGANISATION).map(o -> "org-" + o.id())
                        .orElse(directory);
                String ownerId = orgId.substring(4);
                keep(kept, orgId, ownerId);
                organisations.computeIfAbsent(orgId, k -> k.equals(directory)
                        ? row("id", directory, "name", scope.council.name() + " community directory", "description",
                                "Community assets mapped by " + scope.council.name())
                        : organisation(k, scope.organisationName(ownerId), scope.organisation(ownerId)));
                Map<String, Object> service = row("id", linkId, "organization_id", orgId, "name", a.name(), "description",
                        a.description());
                serviceUrl.ifPresent(u -> service.put("url", u.replace("{id}", java.net.URLEncoder.encode(a.id(),
                        java.nio.charset.StandardCharsets.UTF_8))));
                service.put("status", "active");
                t.get("services").add(service);
                if (a.location().isPresent() || a.venue().isPresent()) {
                    // a venue a directory named keeps its id (a UUID), name and description; else the place is the
                    // service's own coordinates, named as the service
                    boolean atPlace = a.venue().filter(v -> places.contains(v.id())).isPresent();
                    String loc = a.venue().map(v -> (atPlace ? "loc-" : "venue-") + v.id()).orElse("loc-" + a.id());
                    a.venue().ifPresent(v -> keep(kept, loc, v.id()));
                    if (!atPlace && placed.add(loc)) {
                        t.get("locations").add(location(a, loc));
                    }
                    t.get("service_at_locations").add(row("id", "sal-" + a.id(), "service_id", linkId, "location_id", loc));
                }
            }
            t.get("attributes").add(row("id", "attr-" + linkId + "-category", "link_id", linkId, "link_type", linkType,
                    "link_entity", linkType, "taxonomy_term_id", "abcd-" + a.category().name().toLowerCase(java.util.Locale.ROOT)));
            t.get("attributes").add(row("id", "attr-" + linkId + "-locality", "link_id", linkId, "link_type", linkType,
                    "link_entity", linkType, "taxonomy_term_id", "locality-" + a.localityId()));
            t.get("attributes").add(row("id", "attr-" + linkId + "-record", "link_id", linkId, "link_type", linkType,
                    "link_entity", linkType, "taxonomy_term_id", RECORD_TERM, "value", a.id()));
        }
        t.get("organizations").addAll(organisations.values());
        for (String orgId : organisations.keySet()) {
            if (orgId.equals(directory)) {
                continue;
            }
            Organisation o = scope.organisation(orgId.substring(4)).orElseThrow();
            t.get("attributes").add(row("id", "attr-" + orgId + "-record", "link_id", orgId, "link_type", "organization",
                    "link_entity", "organization", "taxonomy_term_id", RECORD_TERM, "value", o.id()));
            t.get("attributes").add(row("id", "attr-" + orgId + "-sector", "link_id", orgId, "link_type", "organization",
                    "link_entity", "organization", "taxonomy_term_id", SECTOR + "-" + o.sector().name()
                            .toLowerCase(java.util.Locale.ROOT)));
            t.get("attributes").add(row("id", "attr-" + orgId + "-kind", "link_id", orgId, "link_type", "organization",
                    "link_entity", "organization", "taxonomy_term_id", KIND + "-" + o.kind().name()
                            .toLowerCase(java.util.Locale.ROOT)));
        }
        // Every id and every reference to one becomes a UUID derived from the council and the local id, the same in
        // every export (HSDS 3.0 requires format: uuid).
        for (List<Map<String, Object>> rows : t.values()) {
            for (Map<String, Object> r : rows) {
                for (Map.Entry<String, Object> e : r.entrySet()) {
                    if (e.getKey().equals("id") || e.getKey().endsWith("_id")) {
                        String local = String.valueOf(e.getValue());
                        e.setValue(kept.getOrDefault(local, uuid(scope.council.id(), local)));
                    }
                }
            }
        }

        ObjectNode json = Exports.JSON.createObjectNode();
        t.forEach((name, rows) -> {
            ArrayNode array = json.putArray(TABULAR.get(name).name());
            rows.forEach(r -> array.add(Exports.JSON.valueToTree(r)));
        });
        Exports.json(target, "openreferral.json", json);
        List<String> files = new ArrayList<>(List.of("openreferral.json"));
        ObjectNode pkg = Exports.JSON.createObjectNode().put("name", "openreferral-" + scope.council.id())
                .put("title", scope.council.name() + ": community assets as Open Referral UK")
                .put("version", "1.0.0").put("profile", "tabular-data-package");
        pkg.putArray("licenses").addObject().put("name", "OGL-UK-3.0").put("title", "Open Government Licence v3.0")
                .put("path", "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");
        pkg.putObject("license").put("name", "OGL-UK-3.0").put("type", "OGL-UK-3.0")
                .put("url", "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");
        ArrayNode resources = pkg.putArray("resources");
        Map<String, String> taxonomyNames = new java.util.HashMap<>();
        t.get("taxonomies").forEach(x -> taxonomyNames.put(String.valueOf(x.get("id")), String.valueOf(x.get("name"))));
        for (Map.Entry<String, Resource> table : TABULAR.entrySet()) {
            Resource resource = table.getValue();
            List<List<String>> rows = new ArrayList<>();
            for (Map<String, Object> r : t.get(table.getKey())) {
                rows.add(resource.fields().stream().map(c -> {
                    Object v = switch (table.getKey() + "." + c) {
                        case "taxonomy_terms.term" -> r.get("name");
                        case "locations.location_type" -> "physical";
                        case "taxonomy_terms.taxonomy" -> taxonomyNames.get(String.valueOf(r.get("taxonomy_id")));
                        default -> r.get(c);
                    };
                    return v == null ? "" : String.valueOf(v);
                }).toList());
            }
            Exports.csv(target, resource.path(), resource.fields(), rows);
            files.add(resource.path());
            ObjectNode res = resources.addObject().put("name", resource.name()).put("path", resource.path())
                    .put("profile", "tabular-data-resource").put("format", "csv").put("mediatype", "text/csv")
                    .put("encoding", "utf-8");
            ArrayNode fields = res.putObject("schema").putArray("fields");
            resource.fields().forEach(c -> {
                ObjectNode field = fields.addObject().put("name", c)
                        .put("type", c.equals("latitude") || c.equals("longitude") ? "number" : "string");
                if (c.equals("id") || c.endsWith("_id")) {
                    field.put("format", "uuid");
                }
                if (c.equals("url")) {
                    field.put("format", "uri");
                }
            });
            res.withObjectProperty("schema").put("primaryKey", "id");
        }
        Exports.json(target, "datapackage.json", pkg);
        files.add("datapackage.json");
        List<Exports.LeftOut> left = new ArrayList<>(Exports.assetsLeftOut(scope));
        if (gifts > 0) {
            left.add(new Exports.LeftOut("assets in the Individuals category", gifts,
                    "individuals' gifts are personal: never in a public directory"));
        }
        if (serviceUrl.isEmpty() && !t.get("services").isEmpty()) {
            left.add(new Exports.LeftOut("services' web addresses (url)", t.get("services").size(), "the store holds no"
                    + " web address for a service, and the Open Referral UK profile requires one: give the option"
                    + " serviceUrl=https://.../{id} (the council's page for each asset)"));
        }
        return Exports.manifest(target, id(), request.forPublic(), files, left);
    }

    /**
     * {@return a UUID (RFC 4122 version 3, name-based) for a local id within a council: the same for the same record
     *         in every export, different between councils}
     */
    static String uuid(String councilId, String localId) {
        return java.util.UUID.nameUUIDFromBytes(("localityworking:openreferral:" + councilId + ":" + localId)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    private static Map<String, Object> location(Asset a, String id) {
        Map<String, Object> r = a.venue().filter(v -> !a.category().equals(AssetCategory.PHYSICAL))
                .map(v -> row("id", id, "location_type", "physical", "name", v.name(), "description",
                        v.description().orElse("")))
                .orElseGet(() -> row("id", id, "location_type", "physical", "name", a.name(), "description", a.description()));
        a.location().ifPresent(g -> {
            r.put("latitude", g.latitude());
            r.put("longitude", g.longitude());
        });
        return r;
    }

    /** {@return an enum constant's name as words: {@code COMMUNITY_GROUP} is "Community group"} */
    static String words(String name) {
        String w = name.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return name.equals("VCSE") ? "VCSE" : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    static String describe(Organisation o) {
        return o.sector() + " organisation (" + o.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")";
    }

    /** Marks a local id ({@code svc-ID}) whose record's id is a UUID, to be kept as its id. */
    private static void keep(Map<String, String> kept, String local, String id) {
        if (UUID_TEXT.matcher(id).matches()) {
            kept.put(local, id);
        }
    }

    private static final java.util.regex.Pattern UUID_TEXT =
            java.util.regex.Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static Map<String, Object> organisation(String id, String name, java.util.Optional<Organisation> o) {
        Map<String, Object> r = row("id", id, "name", name, "description", o.flatMap(Organisation::description)
                .orElseGet(() -> o.map(OpenReferralExport::describe).orElse("Organisation")));
        o.flatMap(Organisation::website).ifPresent(w -> r.put("website", w));
        return r;
    }

    private static Map<String, Object> row(Object... kv) {
        Map<String, Object> r = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            r.put((String) kv[i], kv[i + 1]);
        }
        return r;
    }
}
