package org.localityworking.interop.builtin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.localityworking.core.ValidationException;
import org.localityworking.core.model.BeneficiaryArea;
import org.localityworking.core.model.Grant;
import org.localityworking.core.model.GrantScheme;
import org.localityworking.core.model.Organisation;
import org.localityworking.core.model.RecipientKind;
import org.localityworking.core.model.Ward;
import org.localityworking.interop.ExportRequest;
import org.localityworking.interop.spi.DataExporter;
import org.localityworking.interop.spi.ExportContext;
import org.localityworking.interop.spi.ExportTarget;
import org.localityworking.reporting.builtin.Scope;
import org.localityworking.storage.Query;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.Versioned;

/**
 * Grants in the 360Giving Data Standard: the JSON package ({@code grants.json}) and the summary spreadsheet
 * ({@code grants-summary.csv}). Options: {@code prefix} (the publisher's registered prefix, {@code 360G-...})
 * and {@code funderId} (the council's organisation identifier, such as {@code GB-LAE-TRF}).
 *
 * <p>Grants to individuals follow the standard's guidance: the recipient is "Individual Recipient" with an
 * identifier made for the export (it reveals no internal id, and is the same for the same person in every export
 * of the council, whatever its scope: see {@link #individualId}), the title and description are generic, and
 * the beneficiary location is the ward (or the local authority), never an address, postcode or LSOA/MSOA.
 *
 * <p>Each grant's {@code dateModified} is the export's {@code asOf} (the store keeps no modification time per
 * record, so the data is stated as of the moment it was published); {@code grantProgramme.code} is the scheme's
 * id, so the {@code 360giving} importer finds the scheme again.
 */
public final class GivingExport implements DataExporter {
    static final Pattern PREFIX = Pattern.compile("360G-[A-Za-z0-9-]+");
    /** An org-id identifier: a list code (country, then register), then the identifier in that register. */
    static final Pattern ORG_ID = Pattern.compile("[A-Z]{2}-[A-Z]{2,}-[A-Za-z0-9][A-Za-z0-9._-]*");
    /** The 360Giving geoCodeType codelist, by the GSS code's entity prefix. */
    static final Map<String, String> GEO_CODE_TYPES = Map.of("E05", "WD", "W05", "WD", "E06", "UA", "E07", "NMD",
            "E08", "MD", "E09", "LONB", "E10", "CTY", "E04", "PAR", "E01", "LSOA", "E02", "MSOA");
    static final List<String> SUMMARY = List.of("Identifier", "Title", "Description", "Currency", "Amount Awarded",
            "Award Date", "Recipient Org:Identifier", "Recipient Org:Name", "Recipient Ind:Identifier",
            "Recipient Ind:Name", "Recipient Org:Charity Number", "Recipient Org:Company Number",
            "Recipient Org:Postal Code", "Recipient Org:Web Address", "Funding Org:Identifier", "Funding Org:Name", "Beneficiary Location:Name",
            "Beneficiary Location:Geographic Code", "Beneficiary Location:Geographic Code Type", "Grant Programme:Code", "Grant Programme:Title", "Last Modified");

    /** Creates the exporter. */
    public GivingExport() {
    }

    @Override
    public String id() {
        return "360giving";
    }

    @Override
    public String spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public String description() {
        return "Grants as a 360Giving JSON package and summary CSV (options: prefix=360G-..., funderId=GB-LAE-...)";
    }

    @Override
    public List<String> export(ExportContext context, ExportTarget target) throws IOException {
        ExportRequest request = context.request();
        String prefix = request.require("prefix", "the publisher's registered 360Giving prefix, such as 360G-trafford");
        if (!PREFIX.matcher(prefix).matches()) {
            throw new ValidationException("ExportRequest.options.prefix", prefix, "must be 360G- followed by letters, digits or -");
        }
        String funderId = request.require("funderId", "the council's organisation identifier, such as GB-LAE-TRF");
        if (!ORG_ID.matcher(funderId).matches()) {
            throw new ValidationException("ExportRequest.options.funderId", funderId, "must be an org-id identifier:"
                    + " a list code and an identifier, such as GB-LAE-TRF (org-id.guide)");
        }
        Scope scope = Exports.scope(context.view().forPublic(), request.forPublic());
        // the store keeps no modification time per record: every grant is as of the export (the request's asOf)
        String modified = request.asOf().toString();
        ArrayNode grants = Exports.JSON.createArrayNode();
        List<List<String>> rows = new ArrayList<>();
        for (GrantScheme scheme : scope.ofCouncil(StandardKinds.GRANT_SCHEME)) {
            for (Versioned<Grant> v : scope.view.query(StandardKinds.GRANT, Query.all().parent(scheme.id()))) {
                Grant g = v.value();
                if (!scope.wholeCouncil() && scheme.localityId().filter(l -> l.equals(scope.localities.get(0).id())).isEmpty()
                        && g.wardId().filter(w -> scope.localities.get(0).contains(w)).isEmpty()) {
                    continue;
                }
                boolean individual = g.recipientKind() == RecipientKind.INDIVIDUAL;
                ObjectNode n = grants.addObject();
                // a grant another publisher published keeps the id it was published under
                String id = g.id().startsWith("360G-") ? g.id() : prefix + "-" + g.id();
                String title = individual ? "Grant to an individual" : g.title();
                String description = individual ? "A grant to an individual under " + scheme.name() : g.purpose();
                n.put("id", id).put("title", title).put("description", description)
                        .put("currency", g.amount().currency().getCurrencyCode())
                        .put("amountAwarded", g.amount().amount())
                        .put("awardDate", g.awardedOn().toString())
                        .put("dateModified", modified);
                String recipientId;
                String recipientName;
                Optional<Organisation> recipientOrg = Optional.empty();
                if (individual) {
                    recipientId = individualId(prefix, scope.council.id(), g.recipient().id());
                    recipientName = Scope.INDIVIDUAL_RECIPIENT;
                    n.putObject("recipientIndividual").put("id", recipientId).put("name", recipientName);
                } else {
                    recipientId = ORG_ID.matcher(g.recipient().id()).matches() ? g.recipient().id()
                            : prefix + "-ORG-" + g.recipient().id();
                    recipientName = scope.organisationName(g.recipient().id());
                    ObjectNode o = n.putArray("recipientOrganization").addObject().put("id", recipientId)
                            .put("name", recipientName);
                    recipientOrg = scope.organisation(g.recipient().id());
                    recipientOrg.flatMap(Organisation::description).ifPresent(x -> o.put("description", x));
                    recipientOrg.flatMap(Organisation::charityNumber).ifPresent(x -> o.put("charityNumber", x));
                    recipientOrg.flatMap(Organisation::companyNumber).ifPresent(x -> o.put("companyNumber", x));
                    recipientOrg.flatMap(Organisation::postcode).ifPresent(x -> o.put("postalCode", x));
                    recipientOrg.flatMap(Organisation::website).ifPresent(x -> o.put("url", x));
                }
                // the funder stays the funder: a grant imported from another funder's file names it, not the council
                String fundedBy = g.funderId().orElse(funderId);
                String fundedByName = g.funderId().map(scope::organisationName).orElse(scope.council.name());
                n.putArray("fundingOrganization").addObject().put("id", fundedBy).put("name", fundedByName);
                n.putArray("grantProgramme").addObject().put("code", scheme.id()).put("title", scheme.name());
                // the ward (or, for a grant with no ward and no other place, the council), then every other place the
                // grant's funder named
                String[] location = g.wardId().isPresent() || g.beneficiaryAreas().isEmpty()
                        ? location(scope, g.wardId()) : null;
                if (location != null) {
                    n.putArray("beneficiaryLocation").addObject().put("name", location[0]).put("geoCode", location[1])
                            .put("geoCodeType", location[2]);
                }
                for (BeneficiaryArea area : g.beneficiaryAreas()) {
                    ArrayNode places = n.has("beneficiaryLocation") ? (ArrayNode) n.get("beneficiaryLocation")
                            : n.putArray("beneficiaryLocation");
                    ObjectNode place = places.addObject().put("name", area.name());
                    area.geoCode().ifPresent(x -> place.put("geoCode", x));
                    area.geoCodeType().ifPresent(x -> place.put("geoCodeType", x));
                    area.countryCode().ifPresent(x -> place.put("countryCode", x));
                }
                if (location == null && !g.beneficiaryAreas().isEmpty()) {
                    BeneficiaryArea first = g.beneficiaryAreas().get(0);
                    location = new String[] {first.name(), first.geoCode().orElse(""), first.geoCodeType().orElse("")};
                }
                rows.add(List.of(id, title, description, g.amount().currency().getCurrencyCode(),
                        g.amount().amount().toPlainString(), g.awardedOn().toString(),
                        individual ? "" : recipientId, individual ? "" : recipientName,
                        individual ? recipientId : "", individual ? recipientName : "",
                        recipientOrg.flatMap(Organisation::charityNumber).orElse(""),
                        recipientOrg.flatMap(Organisation::companyNumber).orElse(""),
                        recipientOrg.flatMap(Organisation::postcode).orElse(""),
                        recipientOrg.flatMap(Organisation::website).orElse(""), fundedBy, fundedByName,
                        location == null ? "" : location[0], location == null ? "" : location[1],
                        location == null ? "" : location[2], scheme.id(), scheme.name(), modified));
            }
        }
        if (grants.isEmpty()) {
            throw new ValidationException("ExportRequest.councilId", request.councilId() + request.localityId()
                    .map(l -> "/" + l).orElse(""), "has no grants to publish: a 360Giving package needs at least one"
                    + " grant, so nothing was written (record grants first, kind grant)");
        }
        ObjectNode root = Exports.JSON.createObjectNode();
        root.set("grants", grants);
        Exports.json(target, "grants.json", root);
        Exports.csv(target, "grants-summary.csv", SUMMARY, rows);
        return Exports.manifest(target, id(), request.forPublic(), List.of("grants.json", "grants-summary.csv"),
                List.of());
    }

    /**
     * @return name, code and code type (from the standard's codelist, by the GSS code's prefix) of the ward, or
     *         else of the council; or null where neither has a code the codelist knows
     */
    private static String[] location(Scope scope, Optional<String> wardId) {
        Optional<Ward> ward = wardId.flatMap(w -> scope.view.get(StandardKinds.WARD, w)).map(Versioned::value);
        if (ward.isPresent() && ward.get().gssCode().isPresent()) {
            Optional<String> type = geoCodeType(ward.get().gssCode().get());
            if (type.isPresent()) {
                return new String[] {ward.get().name(), ward.get().gssCode().get(), type.get()};
            }
        }
        if (scope.council.gssCode().isPresent()) {
            Optional<String> type = geoCodeType(scope.council.gssCode().get());
            if (type.isPresent()) {
                return new String[] {scope.council.name(), scope.council.gssCode().get(), type.get()};
            }
        }
        return null;
    }

    /** {@return the 360Giving geoCodeType of a GSS code (E08... is MD, a metropolitan district), if the codelist has one} */
    static Optional<String> geoCodeType(String gss) {
        return gss.length() < 3 ? Optional.empty() : Optional.ofNullable(GEO_CODE_TYPES.get(gss.substring(0, 3)));
    }

    /**
     * {@return the recipient id of a grant to an individual: {@code prefix-IND-} and 12 digits taken from a SHA-256
     *         of the council and the person, so the same person has the same id in a locality's export and
     *         the council's, and the id shows neither their name nor the store's id for them. A person who came in
     *         from a 360Giving file ({@code prefix-ind-...}, as the importer names them) keeps the file's id.}
     */
    static String individualId(String prefix, String councilId, String personId) {
        String imported = prefix.toLowerCase(Locale.ROOT) + "-ind-";
        if (personId.startsWith(imported) && personId.length() > imported.length()) {
            return prefix + "-IND-" + personId.substring(imported.length()).toUpperCase(Locale.ROOT);
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(
                    (councilId + "\n" + personId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            long n = java.nio.ByteBuffer.wrap(digest, 0, 8).getLong() & Long.MAX_VALUE;
            return prefix + "-IND-" + String.format(Locale.ROOT, "%012d", n % 1_000_000_000_000L);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
