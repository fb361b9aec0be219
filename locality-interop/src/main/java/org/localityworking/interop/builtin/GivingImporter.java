package org.localityworking.interop.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.localityworking.core.ValidationException;
import org.localityworking.core.model.ContactDetails;
import org.localityworking.core.model.Council;
import org.localityworking.core.model.Grant;
import org.localityworking.core.model.GrantDecisionMethod;
import org.localityworking.core.model.GrantScheme;
import org.localityworking.core.model.Money;
import org.localityworking.core.model.Organisation;
import org.localityworking.core.model.OrganisationKind;
import org.localityworking.core.model.PartyKind;
import org.localityworking.core.model.PartyRef;
import org.localityworking.core.model.Person;
import org.localityworking.core.model.RecipientKind;
import org.localityworking.core.model.Sector;
import org.localityworking.core.model.Ward;
import org.localityworking.core.rules.GrantRules;
import org.localityworking.interop.ImportException;
import org.localityworking.interop.ImportRequest;
import org.localityworking.interop.ImportResult;
import org.localityworking.interop.spi.DataImporter;
import org.localityworking.interop.spi.ImportSource;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Query;
import org.localityworking.storage.Versioned;

/**
 * Loads a 360Giving JSON package ({@code grants.json}, as the {@code 360giving} exporter writes it, or a council's
 * own published file) as grants, grant schemes and recipients of one council, so that a council can load what it
 * already publishes. Options: {@code prefix} (the publisher's 360Giving prefix, required: a grant's id is the
 * prefix, a dash and the grant's id in the store) and {@code funderId} (when given, every grant's funding
 * organisation must be it).
 *
 * <ul>
 * <li>A grant's scheme is its {@code grantProgramme}: the programme's {@code code} is the scheme's id (else a
 *     slug of its title). A scheme the store lacks is created with the file's name, a cap of the largest grant in
 *     the file and the recipient kinds the file pays, decided by a panel; a stored scheme is kept, and each grant
 *     must keep its rules (cap, eligibility).</li>
 * <li>A recipient organisation whose id is {@code PREFIX-ORG-ID} is the organisation {@code ID}, any other
 *     org-id is an organisation of that id; one the store lacks is created as VCSE, kind OTHER, with the file's
 *     name.</li>
 * <li>A grant to an individual ("Individual Recipient") keeps, when the store holds the grant, its stored
 *     recipient, title and purpose (the file's are the published placeholders); a new one is paid to a person
 *     record named "Individual Recipient" with the id {@code prefix-ind-N}, as the file identifies them.</li>
 * <li>The beneficiary location's GSS code names one of the council's wards, or the council itself.</li>
 * <li>Fields the store has no place for ({@code dateModified} among them) are listed in
 *     {@link ImportResult#notKept()}; the rest of a stored grant (first-time recipient, voting event) is kept.</li>
 * </ul>
 */
public final class GivingImporter implements DataImporter {
    private static final Set<String> KEPT = Set.of("id", "title", "description", "currency", "amountAwarded", "awardDate",
            "recipientOrganization", "recipientIndividual", "fundingOrganization", "grantProgramme", "beneficiaryLocation");

    /** Creates the importer. */
    public GivingImporter() {
    }

    @Override
    public String id() {
        return "360giving";
    }

    @Override
    public int spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public String description() {
        return "Grants, schemes and recipients from a 360Giving JSON package (--council ID, option prefix=360G-...)";
    }

    @Override
    public ImportResult importInto(LocalityStore store, ImportRequest request, ImportSource source) throws IOException {
        String councilId = request.requireCouncil(id());
        Council council = store.get(Kind.COUNCIL, councilId).map(Versioned::value).orElseThrow(() ->
                new ValidationException("ImportRequest.councilId", councilId, "must name a council in the store"));
        String prefix = request.option("prefix", "");
        if (!GivingExport.PREFIX.matcher(prefix).matches()) {
            throw new ValidationException("ImportRequest.options.prefix", prefix, "is required: the publisher's"
                    + " registered 360Giving prefix (360G- followed by letters, digits or -), which every grant id starts with");
        }
        String funderId = request.option("funderId", "");
        JsonInput in = JsonInput.read(source);
        JsonNode grants = in.root.path("grants");
        if (!in.root.isObject() || !grants.isArray() || grants.isEmpty()) {
            throw in.error(in.root, "grants", "", "must be a list of at least one grant (a 360Giving package)");
        }
        Map<String, Ward> wardsByCode = new HashMap<>();
        for (Versioned<Ward> w : store.query(Kind.WARD, Query.all().council(councilId))) {
            w.value().gssCode().ifPresent(code -> wardsByCode.put(code, w.value()));
        }
        List<ImportException.RowError> errors = new ArrayList<>();
        Set<String> notKept = new TreeSet<>();
        Map<String, GrantScheme> schemes = new LinkedHashMap<>();
        Map<String, Organisation> organisations = new LinkedHashMap<>();
        Map<String, Person> people = new LinkedHashMap<>();
        List<Grant> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        int i = 0;
        for (JsonNode g : grants) {
            String at = "grants[" + i++ + "]";
            int before = errors.size();
            for (Iterator<String> names = g.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!KEPT.contains(name)) {
                    notKept.add(name.equals("dateModified") ? "dateModified (the store keeps no modification times;"
                            + " an export states its own)" : name);
                }
            }
            try {
                String fileId = in.text(g, at, "id", errors);
                if (!fileId.startsWith(prefix + "-") || fileId.length() == prefix.length() + 1) {
                    errors.add(in.problem(g, at + ".id", fileId, "must start with the prefix " + prefix + "- and go on"
                            + " with the grant's id"));
                    continue;
                }
                String grantId = fileId.substring(prefix.length() + 1);
                if (!seen.add(grantId)) {
                    errors.add(in.problem(g, at + ".id", fileId, "appears twice in the file"));
                }
                Optional<Grant> stored = store.get(Kind.GRANT, grantId).map(Versioned::value);
                JsonNode programme = g.path("grantProgramme").path(0);
                String schemeName = in.text(programme.isMissingNode() ? g : programme, at + ".grantProgramme[0]", "title", errors);
                String schemeId = programme.path("code").isTextual() ? programme.path("code").asText() : slug(schemeName);
                Money amount = money(in, g, at, errors);
                LocalDate awarded = date(in, g, at, errors);
                String funder = g.path("fundingOrganization").path(0).path("id").asText("");
                if (!funderId.isEmpty() ? !funder.equals(funderId) : !GivingExport.ORG_ID.matcher(funder).matches()) {
                    errors.add(in.problem(g, at + ".fundingOrganization[0].id", funder, funderId.isEmpty()
                            ? "must be an org-id identifier, such as GB-LAE-TRF" : "must be the funder " + funderId));
                }
                Optional<String> ward = ward(in, g, at, council, wardsByCode, errors);
                PartyRef recipient;
                JsonNode individual = g.path("recipientIndividual");
                JsonNode organisation = g.path("recipientOrganization").path(0);
                if (individual.isObject() == organisation.isObject()) {
                    errors.add(in.problem(g, at, "", "must have a recipientOrganization or a recipientIndividual, not both"
                            + " or neither"));
                    continue;
                }
                if (individual.isObject()) {
                    String indId = in.text(individual, at + ".recipientIndividual", "id", errors);
                    recipient = stored.filter(s -> s.recipientKind() == RecipientKind.INDIVIDUAL).map(Grant::recipient)
                            .orElse(PartyRef.person(indId.toLowerCase(Locale.ROOT)));
                    if (stored.filter(s -> s.recipientKind() == RecipientKind.INDIVIDUAL).isEmpty()
                            && store.get(Kind.PERSON, recipient.id()).isEmpty()) {
                        people.putIfAbsent(recipient.id(), new Person(recipient.id(), org.localityworking.reporting.builtin.Scope.INDIVIDUAL_RECIPIENT,
                                ContactDetails.none(), ward, List.of()));
                    }
                } else {
                    String orgFileId = in.text(organisation, at + ".recipientOrganization[0]", "id", errors);
                    String orgName = in.text(organisation, at + ".recipientOrganization[0]", "name", errors);
                    String orgId = orgFileId.startsWith(prefix + "-ORG-") ? orgFileId.substring(prefix.length() + 5) : orgFileId;
                    recipient = PartyRef.organisation(orgId);
                    Optional<Organisation> known = Optional.ofNullable(organisations.get(orgId))
                            .or(() -> store.get(Kind.ORGANISATION, orgId).map(Versioned::value));
                    organisations.put(orgId, known.map(o -> o.name().equals(orgName) ? o
                            : new Organisation(o.id(), orgName, o.sector(), o.kind(), o.localityId()))
                            .orElseGet(() -> new Organisation(orgId, orgName, Sector.VCSE, OrganisationKind.OTHER, Optional.empty())));
                }
                if (errors.size() > before) {
                    continue;
                }
                boolean placeholder = recipient.kind() == PartyKind.PERSON;
                Grant.Builder b = stored.map(Grant::toBuilder).orElseGet(() -> Grant.builder().id(grantId)
                        .firstTimeRecipient(false));
                b.schemeId(schemeId).recipient(recipient).amount(amount).awardedOn(awarded);
                ward.ifPresentOrElse(b::wardId, b::noWardId);
                if (!placeholder || stored.filter(s -> s.recipientKind() == RecipientKind.INDIVIDUAL).isEmpty()) {
                    b.title(in.text(g, at, "title", errors)).purpose(in.text(g, at, "description", errors));
                }
                Grant grant = b.build();
                GrantScheme scheme = scheme(store, schemes, schemeId, schemeName, councilId, grant);
                if (!scheme.councilId().equals(councilId)) {
                    errors.add(in.problem(g, at + ".grantProgramme[0].code", schemeId, "is a scheme of another council ("
                            + scheme.councilId() + ")"));
                    continue;
                }
                out.add(grant);
            } catch (ValidationException e) {
                errors.add(in.problem(g, at + " (" + e.field() + ")", e.value(), e.rule()));
            }
            if (errors.size() >= 1000) {
                break;
            }
        }
        // each grant keeps its scheme's rules: a stored scheme as it is, a new one as the file makes it
        if (errors.isEmpty()) {
            int n = 0;
            for (Grant grant : out) {
                try {
                    GrantRules.requireEligible(schemes.get(grant.schemeId()), grant);
                } catch (ValidationException e) {
                    errors.add(in.problem(grants.get(n), "grants (" + e.field() + ")", e.value(), e.rule()));
                }
                n++;
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportException(in.file, errors);
        }
        return ImportResult.saveAll(store, List.of(new ImportResult.Batch<>(Kind.GRANT_SCHEME, List.copyOf(schemes.values())),
                new ImportResult.Batch<>(Kind.ORGANISATION, List.copyOf(organisations.values())),
                new ImportResult.Batch<>(Kind.PERSON, List.copyOf(people.values())),
                new ImportResult.Batch<>(Kind.GRANT, out)), request.dryRun()).notKeeping(List.copyOf(notKept));
    }

    /** The scheme a grant belongs to: stored (its name as the file has it), or made from the file's grants. */
    private static GrantScheme scheme(LocalityStore store, Map<String, GrantScheme> schemes, String id, String name,
                                      String councilId, Grant grant) {
        GrantScheme known = schemes.get(id);
        if (known == null) {
            Optional<GrantScheme> stored = store.get(Kind.GRANT_SCHEME, id).map(Versioned::value);
            if (stored.isPresent()) {
                GrantScheme s = stored.get();
                known = s.name().equals(name) ? s : s.toBuilder().name(name).build();
                schemes.put(id, known);
                return known;
            }
            known = new GrantScheme(id, councilId, Optional.empty(), Optional.empty(), name, grant.amount(),
                    EnumSet.of(grant.recipientKind()), GrantDecisionMethod.PANEL);
            schemes.put(id, known);
            return known;
        }
        if (store.get(Kind.GRANT_SCHEME, id).isEmpty()) {
            // a scheme made from the file: its cap is the largest grant, its recipients those the file pays
            Money cap = known.capPerGrant().compareTo(grant.amount()) >= 0 || !known.capPerGrant().currency()
                    .equals(grant.amount().currency()) ? known.capPerGrant() : grant.amount();
            Set<RecipientKind> eligible = EnumSet.copyOf(known.eligible());
            eligible.add(grant.recipientKind());
            known = known.toBuilder().capPerGrant(cap).eligible(eligible).build();
            schemes.put(id, known);
        }
        return known;
    }

    private static Money money(JsonInput in, JsonNode g, String at, List<ImportException.RowError> errors) {
        String code = g.path("currency").asText("");
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            errors.add(in.problem(g, at + ".currency", code, "must be an ISO 4217 currency code, such as GBP"));
            return Money.pounds(0);
        }
        JsonNode amount = g.path("amountAwarded");
        if (!amount.isNumber()) {
            errors.add(in.problem(g, at + ".amountAwarded", amount.isMissingNode() ? "" : amount.toString(),
                    "is required: a number"));
            return Money.pounds(0);
        }
        try {
            BigDecimal minor = amount.decimalValue().movePointRight(Math.max(0, currency.getDefaultFractionDigits()));
            return new Money(minor.longValueExact(), currency);
        } catch (ArithmeticException e) {
            errors.add(in.problem(g, at + ".amountAwarded", amount.toString(), "must have at most "
                    + currency.getDefaultFractionDigits() + " decimal places for " + code));
            return Money.pounds(0);
        }
    }

    private static LocalDate date(JsonInput in, JsonNode g, String at, List<ImportException.RowError> errors) {
        String s = g.path("awardDate").asText("");
        try {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            errors.add(in.problem(g, at + ".awardDate", s, "must be a date as YYYY-MM-DD"));
            return LocalDate.EPOCH;
        }
    }

    private static Optional<String> ward(JsonInput in, JsonNode g, String at, Council council, Map<String, Ward> wards,
                                         List<ImportException.RowError> errors) {
        JsonNode location = g.path("beneficiaryLocation").path(0);
        if (location.isMissingNode()) {
            return Optional.empty();
        }
        String code = location.path("geoCode").asText("");
        if (wards.containsKey(code)) {
            return Optional.of(wards.get(code).id());
        }
        if (council.gssCode().filter(code::equals).isPresent()) {
            return Optional.empty();
        }
        errors.add(in.problem(location, at + ".beneficiaryLocation[0].geoCode", code, "must be the GSS code of one of "
                + council.name() + "'s wards in the store, or of the council"));
        return Optional.empty();
    }

    /** @return an id made from a programme's title: lower case letters and digits, dashes between words */
    static String slug(String title) {
        String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "programme" : s.length() > 100 ? s.substring(0, 100) : s;
    }
}
