package org.localityworking.interop.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.localityworking.interop.ImportException;
import org.localityworking.interop.ImportRequest;
import org.localityworking.interop.ImportResult;
import org.localityworking.interop.spi.DataImporter;
import org.localityworking.interop.spi.ImportSource;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Versioned;

/**
 * Loads Open Referral UK (HSDS 3.0) JSON ({@code openreferral.json}, as the {@code openreferral} exporter writes
 * it) into one council's store: each service and each location of its own becomes an asset, each organisation
 * that runs a service an organisation.
 *
 * <ul>
 * <li>The file's ids are UUIDs; a {@code record-id} attribute (its value the record's id in the store) says
 *     which record each service, location and organisation is. One without it is given the UUID as its id.</li>
 * <li>An asset's ABCD category and locality come from its attributes' taxonomy terms (the exporter's
 *     {@code abcd-category} and {@code locality} taxonomies, whose term codes are the category and the locality's
 *     id); both are required, and the locality must be in the store. A service's location (through
 *     {@code service_at_location}) gives its latitude and longitude.</li>
 * <li>A service's organisation is the asset's owner, except the council's own community directory, which owns
 *     nothing. An organisation's sector and kind come from its attributes; a new one without them is VCSE,
 *     kind OTHER.</li>
 * <li>An asset or organisation already in the store keeps what the file has no place for (ward, tangibility,
 *     transfer status, ACV listing; an organisation's locality; a place's owner).</li>
 * </ul>
 */
public final class OpenReferralImporter implements DataImporter {
    /** Creates the importer. */
    public OpenReferralImporter() {
    }

    @Override
    public String id() {
        return "openreferral";
    }

    @Override
    public int spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public String description() {
        return "Organisations, services and places from Open Referral UK (HSDS 3.0) JSON, as assets (--council ID)";
    }

    /** What the attributes say about one linked object. */
    private static final class Linked {
        Optional<String> record = Optional.empty();
        Optional<AssetCategory> category = Optional.empty();
        Optional<String> locality = Optional.empty();
        Optional<Sector> sector = Optional.empty();
        Optional<OrganisationKind> kind = Optional.empty();
    }

    @Override
    public ImportResult importInto(LocalityStore store, ImportRequest request, ImportSource source) throws IOException {
        String councilId = request.requireCouncil(id());
        if (store.get(Kind.COUNCIL, councilId).isEmpty()) {
            throw new ValidationException("ImportRequest.councilId", councilId, "must name a council in the store");
        }
        JsonInput in = JsonInput.read(source);
        List<ImportException.RowError> errors = new ArrayList<>();
        for (String table : OpenReferralExport.TABLES.keySet()) {
            if (!in.root.path(table).isArray()) {
                errors.add(in.problem(in.root, table, "", "is required: a list (HSDS 3.0 JSON with "
                        + String.join(", ", OpenReferralExport.TABLES.keySet()) + ")"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportException(in.file, errors);
        }
        Set<String> notKept = new java.util.TreeSet<>();
        OpenReferralExport.TABLES.forEach((table, columns) -> in.root.path(table).forEach(o -> o.fieldNames()
                .forEachRemaining(f -> {
                    if (!columns.contains(f)) {
                        notKept.add(table + "." + f);
                    }
                })));
        String categories = OpenReferralExport.uuid(councilId, "abcd-category");
        String localities = OpenReferralExport.uuid(councilId, "locality");
        String records = OpenReferralExport.uuid(councilId, OpenReferralExport.RECORD);
        String sectors = OpenReferralExport.uuid(councilId, OpenReferralExport.SECTOR);
        String kinds = OpenReferralExport.uuid(councilId, OpenReferralExport.KIND);
        Map<String, JsonNode> terms = new HashMap<>();
        in.root.path("taxonomy_terms").forEach(t -> terms.put(t.path("id").asText(), t));
        Map<String, Linked> linked = new HashMap<>();
        for (JsonNode a : in.root.path("attributes")) {
            JsonNode term = terms.get(a.path("taxonomy_term_id").asText());
            if (term == null) {
                errors.add(in.problem(a, "taxonomy_term_id", a.path("taxonomy_term_id").asText(), "must name a taxonomy term in the file"));
                continue;
            }
            Linked l = linked.computeIfAbsent(a.path("link_id").asText(), k -> new Linked());
            String taxonomy = term.path("taxonomy_id").asText();
            String code = term.path("code").asText();
            try {
                if (taxonomy.equals(records)) {
                    l.record = Optional.of(in.text(a, "", "value", errors));
                } else if (taxonomy.equals(categories)) {
                    l.category = Optional.of(AssetCategory.valueOf(code));
                } else if (taxonomy.equals(localities)) {
                    l.locality = Optional.of(code);
                } else if (taxonomy.equals(sectors)) {
                    l.sector = Optional.of(Sector.valueOf(code));
                } else if (taxonomy.equals(kinds)) {
                    l.kind = Optional.of(OrganisationKind.valueOf(code));
                }
            } catch (IllegalArgumentException e) {
                errors.add(in.problem(term, "code", code, "is not a value of its taxonomy"));
            }
        }
        String directory = OpenReferralExport.uuid(councilId, "org-" + councilId);
        Map<String, Organisation> organisations = new LinkedHashMap<>();
        Map<String, String> organisationIds = new HashMap<>();
        for (JsonNode o : in.root.path("organizations")) {
            String uuid = o.path("id").asText();
            if (uuid.equals(directory)) {
                continue;
            }
            Linked l = linked.getOrDefault(uuid, new Linked());
            String id = l.record.orElse(uuid);
            String name = in.text(o, "", "name", errors);
            organisationIds.put(uuid, id);
            try {
                Optional<Organisation> stored = store.get(Kind.ORGANISATION, id).map(Versioned::value);
                organisations.put(id, new Organisation(id, name,
                        l.sector.or(() -> stored.map(Organisation::sector)).orElse(Sector.VCSE),
                        l.kind.or(() -> stored.map(Organisation::kind)).orElse(OrganisationKind.OTHER),
                        stored.flatMap(Organisation::localityId)));
            } catch (ValidationException e) {
                errors.add(in.problem(o, e.field(), e.value(), e.rule()));
            }
        }
        Map<String, JsonNode> locations = new LinkedHashMap<>();
        in.root.path("locations").forEach(l -> locations.put(l.path("id").asText(), l));
        Map<String, String> locationOf = new HashMap<>();
        in.root.path("service_at_locations").forEach(sal -> locationOf.put(sal.path("service_id").asText(),
                sal.path("location_id").asText()));
        Set<String> servicesLocations = new HashSet<>(locationOf.values());
        List<Asset> assets = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> knownLocalities = new HashSet<>();
        for (JsonNode s : in.root.path("services")) {
            String owner = s.path("organization_id").asText();
            Optional<PartyRef> ownedBy = owner.equals(directory) ? Optional.empty()
                    : Optional.ofNullable(organisationIds.get(owner)).map(PartyRef::organisation);
            if (!owner.equals(directory) && ownedBy.isEmpty()) {
                errors.add(in.problem(s, "organization_id", owner, "must name an organization in the file"));
                continue;
            }
            JsonNode place = locations.get(locationOf.getOrDefault(s.path("id").asText(), ""));
            asset(store, in, s, place, Optional.of(ownedBy), linked, seen, knownLocalities, assets, errors);
        }
        for (Map.Entry<String, JsonNode> l : locations.entrySet()) {
            if (!servicesLocations.contains(l.getKey())) {
                asset(store, in, l.getValue(), l.getValue(), Optional.empty(), linked, seen, knownLocalities, assets, errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportException(in.file, errors);
        }
        return ImportResult.saveAll(store, List.of(new ImportResult.Batch<>(Kind.ORGANISATION,
                List.copyOf(organisations.values())), new ImportResult.Batch<>(Kind.ASSET, assets)), request.dryRun())
                .notKeeping(List.copyOf(notKept));
    }

    /**
     * The asset a service or a place of its own is, over the stored asset where there is one.
     *
     * @param owner for a service, its owner (empty: the directory's, none); empty for a place, whose owner is kept
     */
    private static void asset(LocalityStore store, JsonInput in, JsonNode object, JsonNode place,
                              Optional<Optional<PartyRef>> owner, Map<String, Linked> linked, Set<String> seen,
                              Set<String> knownLocalities, List<Asset> out, List<ImportException.RowError> errors) {
        String uuid = object.path("id").asText();
        Linked l = linked.getOrDefault(uuid, new Linked());
        String id = l.record.orElse(uuid);
        String what = (owner.isPresent() ? "service " : "location ") + id;
        if (l.category.isEmpty() || l.locality.isEmpty()) {
            errors.add(in.problem(object, "attributes", uuid, what + " needs an abcd-category and a locality attribute"));
            return;
        }
        String locality = l.locality.get();
        if (!knownLocalities.contains(locality)) {
            if (store.get(Kind.LOCALITY, locality).isEmpty()) {
                errors.add(in.problem(object, "locality", locality, what + ": must name a locality already in the store"));
                return;
            }
            knownLocalities.add(locality);
        }
        if (!seen.add(id)) {
            errors.add(in.problem(object, "id", id, "appears twice in the file"));
            return;
        }
        try {
            Optional<Asset> stored = store.get(Kind.ASSET, id).map(Versioned::value);
            Asset.Builder b = stored.map(Asset::toBuilder).orElseGet(() -> Asset.builder().id(id)
                    .tangibility(Tangibility.TANGIBLE).sensitive(false).transfer(TransferStatus.NOT_APPLICABLE));
            b.name(in.text(object, "", "name", errors)).description(object.path("description").asText(""))
                    .category(l.category.get()).localityId(locality);
            owner.ifPresent(o -> o.ifPresentOrElse(b::owner, b::noOwner));
            if (place != null && place.path("latitude").isNumber() && place.path("longitude").isNumber()) {
                b.location(new GeoPoint(place.path("latitude").doubleValue(), place.path("longitude").doubleValue()));
            } else {
                b.noLocation();
            }
            out.add(b.build());
        } catch (ValidationException e) {
            errors.add(in.problem(object, e.field(), e.value(), e.rule()));
        }
    }
}
