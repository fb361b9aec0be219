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
import java.util.TreeMap;
import java.util.TreeSet;
import org.localityworking.core.ValidationException;
import org.localityworking.core.model.BeneficiaryArea;
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
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.Versioned;

/**
 * Loads 360Giving data from any publisher as grants, grant schemes and recipients of one council: a JSON package
 * ({@code grants.json}, as the {@code 360giving} exporter writes it or any funder publishes it), or the flattened
 * spreadsheet form 360Giving's own tools write, a CSV file (its name ending {@code .csv}) whose column titles are
 * the standard's ({@code Identifier}, {@code Amount Awarded}, {@code Recipient Org:Identifier},
 * {@code Beneficiary Location:0:Geographic Code}, ...; a column of another array element, {@code :1:}, is the
 * second). Options: {@code prefix} (the council's 360Giving prefix, required: a grant whose id starts with it is
 * one the council published, stored under the rest of the id; a grant another publisher published keeps its whole
 * id), {@code funderId} (the council's own org-id: a grant it funds is the council's; without it, a grant the
 * council published, or whose funder is named as the council, is) and {@code batchSize} (below).
 *
 * <ul>
 * <li>A grant's scheme is its {@code grantProgramme}: the programme's {@code code} is the scheme's id (else a
 *     slug of its title). A scheme the store lacks is created with the file's name, a cap of the largest grant in
 *     the file and the recipient kinds the file pays, decided by a panel; a stored scheme is kept, and each grant
 *     must keep its rules (cap, eligibility).</li>
 * <li>The funder stays the funder: a grant funded by a body other than the council keeps it as
 *     {@link Grant#funderId()}, an organisation of the file's org-id (created, VCSE, kind OTHER, with the file's
 *     name when the store lacks it; a stored one is never changed).</li>
 * <li>A recipient organisation whose id is {@code PREFIX-ORG-ID} (as this library's exporter writes a store id that
 *     is not an org-id) is the organisation {@code ID}; any other org-id is kept as it is, the organisation's id.
 *     One the store lacks is created as VCSE, kind OTHER. Its name, description, charity and company numbers,
 *     postcode ({@code postalCode}) and web address ({@code url}) are the file's; a value the organisation cannot
 *     hold (a web address without {@code http}) is listed as not kept.</li>
 * <li>A grant to an individual ("Individual Recipient") keeps, when the store holds the grant, its stored
 *     recipient, title and purpose (the file's are the published placeholders); a new one is paid to a person
 *     record named "Individual Recipient" with the id {@code prefix-ind-N}, as the file identifies them.</li>
 * <li>Of the beneficiary locations, the first whose GSS code names one of the council's wards is the grant's ward;
 *     every other one but the council itself (another ward, a region, a country, a place with no code at all, as
 *     many grants to individuals carry) is kept as it is named, a {@link BeneficiaryArea} of the grant. A ward
 *     code (E05..., W05..., S13...) that is not one of the council's wards in the store is refused.</li>
 * <li>Every field the store has no place for ({@code dateModified}, an organisation's address, a second
 *     recipient) is listed in {@link ImportResult#notKept()} with the number of grants that carry it;
 *     the rest of a stored grant (first-time recipient, voting event) is kept.</li>
 * </ul>
 *
 * <p>The import streams: it reads the file three times, holding one grant at a time, the schemes and
 * organisations the file names, and an 8-byte fingerprint of each grant's id and each new person's. Every grant is
 * checked before anything is written; then each scheme and organisation is written just before the first grant
 * that names it, in file order, as the CSV imports are: in one unit of work, or beyond the {@code batchSize}
 * option's changed records (default 10,000; {@code all} for one unit) in batches, a batch the store refuses after
 * others landed stopping with an {@link org.localityworking.interop.ImportInterruptedException} that a run again
 * finishes.
 */
public final class GivingImporter implements DataImporter {
    private static final Set<String> GRANTS = Set.of("grants");
    private static final Set<String> KEPT = Set.of("id", "title", "description", "currency", "amountAwarded", "awardDate",
            "recipientOrganization", "recipientIndividual", "fundingOrganization", "grantProgramme", "beneficiaryLocation");
    /** The fields kept of each object a grant holds (of an array, of its first element). */
    private static final Map<String, Set<String>> KEPT_WITHIN = Map.of(
            "recipientOrganization", Set.of("id", "name", "description", "charityNumber", "companyNumber", "postalCode", "url"),
            "recipientIndividual", Set.of("id", "name"),
            "fundingOrganization", Set.of("id", "name"),
            "grantProgramme", Set.of("code", "title"),
            "beneficiaryLocation", Set.of("name", "geoCode", "geoCodeType", "countryCode"));
    /** GSS entity codes of wards: a beneficiary location of one must be a ward in the store. */
    private static final Set<String> WARD_CODES = Set.of("E05", "W05", "S13", "N08");

    /** Creates the importer. */
    public GivingImporter() {
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
        return "Grants, schemes and recipients from a 360Giving JSON package (--council ID, option prefix=360G-...)";
    }

    @Override
    public ImportResult importInto(LocalityStore store, ImportRequest request, ImportSource source) throws IOException {
        String councilId = request.requireCouncil(id());
        Council council = CouncilInStore.require(store, "ImportRequest.councilId", councilId);
        String prefix = request.option("prefix", "");
        if (!GivingExport.PREFIX.matcher(prefix).matches()) {
            throw new ValidationException("ImportRequest.options.prefix", prefix, "is required: the publisher's"
                    + " registered 360Giving prefix (360G- followed by letters, digits or -), which every grant id starts with");
        }
        int batchSize = Batches.batchSize(request);
        // read three times: the encoding is checked on the first only
        ImportSource checked = InputFile.checked(source);
        Run run = new Run(store, council, prefix, request.option("funderId", ""), checked,
                source.name().toLowerCase(Locale.ROOT).endsWith(".csv") ? new GivingCsv(checked) : null);
        Optional<ImportResult> dry = run.collect().confirm(request.dryRun());
        List<String> notKept = new ArrayList<>();
        run.notKept.forEach((field, grants) -> {
            int note = field.indexOf(" (");
            String count = " in " + grants + (grants == 1 ? " grant" : " grants");
            notKept.add(note < 0 ? field + count : field.substring(0, note) + count + field.substring(note));
        });
        return (dry.isPresent() ? dry.get() : run.write(batchSize)).notKeeping(notKept);
    }

    /**
     * A scheme or organisation the file names, as the import makes it, and the grant that names it first (the
     * record is written just before that grant, so that every batch holds what its grants refer to).
     */
    private static final class Named<T> {
        final Kind<T> kind;
        T value;
        final boolean stored;
        final int first;

        Named(Kind<T> kind, T value, boolean stored, int first) {
            this.kind = kind;
            this.value = value;
            this.stored = stored;
            this.first = first;
        }

        void saveIn(Batches batches, long line) {
            batches.saveChanged(kind, value, line);
        }
    }

    /** One grant as read: the grant over the stored one, and the records it names. */
    private record Parsed(String grantId, Grant grant, String schemeName, Optional<Organisation> organisation,
                          Optional<Person> newPerson, Optional<Organisation> funder, List<Organisation> others) {
    }

    /**
     * One import, reading the file three times and holding one grant at a time. The first read checks each grant
     * and gathers the schemes and organisations the file names (a scheme's cap is the file's largest grant to
     * it), with an 8-byte fingerprint of each grant id and of each new person's id. The second checks each grant
     * against its scheme as the whole file makes it, confirms ids given twice, and counts what would be done.
     * The third writes, in file order, each scheme and organisation before the first grant that names it,
     * {@code batchSize} records to a unit of work. Memory holds the schemes and organisations, the fingerprints,
     * and one batch.
     */
    private static final class Run {
        private final LocalityStore store;
        private final Council council;
        private final String prefix;
        private final String funderId;
        private final ImportSource source;
        private final Map<String, Ward> wardsByCode = new HashMap<>();
        private final List<ImportException.RowError> errors = new ArrayList<>();
        /** What the store keeps nowhere, and how many grants carry it. */
        private final Map<String, Integer> notKept = new TreeMap<>();
        /** The flattened spreadsheet form, when the file is CSV; else null (JSON). */
        private final GivingCsv csv;
        /** Whether the first read is under way: what is not kept is counted in it alone. */
        private boolean firstRead = true;
        private final Map<String, Named<GrantScheme>> schemes = new LinkedHashMap<>();
        private final Map<String, Named<Organisation>> organisations = new LinkedHashMap<>();
        private final Fingerprints grantIds = new Fingerprints();
        private final Fingerprints newPeople = new Fingerprints();
        private Set<Long> sharedGrantIds = Set.of();
        private Set<Long> sharedPeople = Set.of();
        /** The first grant to name each person whose fingerprint another person's id may share. */
        private final Map<String, Integer> firstOfPerson = new HashMap<>();

        Run(LocalityStore store, Council council, String prefix, String funderId, ImportSource source, GivingCsv csv) {
            this.store = store;
            this.csv = csv;
            this.council = council;
            this.prefix = prefix;
            this.funderId = funderId;
            this.source = source;
            for (Versioned<Ward> w : store.query(StandardKinds.WARD, Query.all().council(council.id()))) {
                w.value().gssCode().ifPresent(code -> wardsByCode.put(code, w.value()));
            }
        }

        /** The first read: checks each grant alone and gathers the schemes, organisations and fingerprints. */
        Run collect() throws IOException {
            int[] grants = {0};
            JsonInput head = grants((group, index, in) -> {
                grants[0]++;
                if (errors.size() >= CsvImport.MAX_ERRORS) {
                    return;
                }
                unkept(in.root);
                Parsed p = parse(in, index, errors);
                if (p == null) {
                    return;
                }
                grantIds.add(p.grantId());
                p.newPerson().ifPresent(person -> newPeople.add(person.id()));
                p.organisation().ifPresent(o -> organisation(o, index));
                p.funder().ifPresent(o -> funder(o, index));
                p.others().forEach(o -> organisation(o, index));
                GrantScheme scheme = scheme(p.grant(), p.schemeName(), index);
                if (!scheme.councilId().equals(council.id())) {
                    errors.add(in.problem(in.root, "grants[" + index + "].grantProgramme[0].code", scheme.id(),
                            "is a scheme of another council (" + scheme.councilId() + ")"));
                }
            });
            if (!head.root.isObject() || grants[0] == 0) {
                throw head.error(head.root, "grants", "", csv == null ? "must be a list of at least one grant (a 360Giving"
                        + " package)" : "must have at least one row: a grant");
            }
            firstRead = false;
            return this;
        }

        /** Reads a grant or CSV row: JSON streamed, or the CSV's rows as grants. */
        private JsonInput grants(JsonInput.Elements each) throws IOException {
            return csv == null ? JsonInput.streamArrays(source, GRANTS, each) : csv.grants(each);
        }

        /** Counts the grant's fields the store keeps nowhere, by their path ({@code recipientOrganization.streetAddress}). */
        private void unkept(JsonNode grant) {
            Set<String> fields = new TreeSet<>();
            for (Iterator<String> names = grant.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!KEPT.contains(name)) {
                    fields.add(name.equals("dateModified") ? "dateModified (the store keeps no modification times;"
                            + " an export states its own)" : name);
                }
            }
            KEPT_WITHIN.forEach((object, kept) -> {
                JsonNode value = grant.path(object);
                int i = 0;
                for (JsonNode element : value.isArray() ? value : List.of(value)) {
                    if (!element.isObject()) {
                        continue;
                    }
                    if (i++ > 0 && !object.equals("beneficiaryLocation")) {
                        fields.add(object + " after the first (" + (object.equals("recipientOrganization")
                                ? "kept as an organisation; the grant names its first recipient" : "the store keeps one")
                                + ")");
                        continue;
                    }
                    element.fieldNames().forEachRemaining(f -> {
                        if (!kept.contains(f)) {
                            fields.add(object + "." + f);
                        }
                    });
                }
            });
            fields.forEach(f -> notKept.merge(f, 1, Integer::sum));
        }

        /**
         * Gathers a recipient organisation: the stored one or, for one the store lacks, the file's (VCSE, kind
         * OTHER), with the name and the details the file last gives it.
         */
        private void organisation(Organisation file, int index) {
            Named<Organisation> known = organisations.get(file.id());
            if (known == null) {
                Optional<Organisation> stored = store.get(StandardKinds.ORGANISATION, file.id()).map(Versioned::value);
                known = new Named<>(StandardKinds.ORGANISATION, stored.orElse(file), stored.isPresent(), index);
                organisations.put(file.id(), known);
            }
            Organisation o = known.value;
            Organisation.Builder b = o.toBuilder().name(file.name());
            file.description().ifPresent(b::description);
            file.charityNumber().ifPresent(b::charityNumber);
            file.companyNumber().ifPresent(b::companyNumber);
            file.postcode().ifPresent(b::postcode);
            file.website().ifPresent(b::website);
            known.value = b.build();
        }

        /** Gathers a funder other than the council: the stored organisation, never changed, or the file's. */
        private void funder(Organisation file, int index) {
            if (!organisations.containsKey(file.id())) {
                Optional<Organisation> stored = store.get(StandardKinds.ORGANISATION, file.id()).map(Versioned::value);
                organisations.put(file.id(), new Named<>(StandardKinds.ORGANISATION, stored.orElse(file), stored.isPresent(),
                        index));
            }
        }

        /** The scheme a grant belongs to: stored (its name as the file has it), or made from the file's grants. */
        private GrantScheme scheme(Grant grant, String name, int index) {
            Named<GrantScheme> known = schemes.get(grant.schemeId());
            if (known == null) {
                Optional<GrantScheme> stored = store.get(StandardKinds.GRANT_SCHEME, grant.schemeId()).map(Versioned::value);
                known = stored.map(s -> new Named<>(StandardKinds.GRANT_SCHEME, s.name().equals(name) ? s
                        : s.toBuilder().name(name).build(), true, index)).orElseGet(() -> new Named<>(StandardKinds.GRANT_SCHEME,
                        new GrantScheme(grant.schemeId(), council.id(),
                        Optional.empty(), Optional.empty(), name, grant.amount(), EnumSet.of(grant.recipientKind()),
                        GrantDecisionMethod.PANEL), false, index));
                schemes.put(grant.schemeId(), known);
            } else if (!known.stored) {
                // a scheme made from the file: its cap is the largest grant, its recipients those the file pays
                GrantScheme s = known.value;
                // (a grant in another currency keeps the cap, and is refused against it once the file is read)
                Money cap = !s.capPerGrant().currency().equals(grant.amount().currency())
                        || s.capPerGrant().compareTo(grant.amount()) >= 0 ? s.capPerGrant() : grant.amount();
                Set<RecipientKind> eligible = EnumSet.copyOf(s.eligible());
                eligible.add(grant.recipientKind());
                known.value = s.toBuilder().capPerGrant(cap).eligible(eligible).build();
            }
            return known.value;
        }

        /**
         * The second read: each grant against its scheme as the whole file makes it, and ids given twice confirmed
         * against the ids themselves; then, for a dry run, what the import would do.
         *
         * @return the dry run's result, or empty when the file is good and should be written
         * @throws ImportException when any grant is bad; nothing was written
         */
        Optional<ImportResult> confirm(boolean dryRun) throws IOException {
            sharedGrantIds = grantIds.shared();
            sharedPeople = newPeople.shared();
            int[] counts = new int[3];
            if (errors.isEmpty() || !sharedGrantIds.isEmpty()) {
                Map<String, Integer> firstOfGrant = new HashMap<>();
                boolean checked = errors.isEmpty();
                grants((group, index, in) -> {
                    if (errors.size() >= CsvImport.MAX_ERRORS) {
                        return;
                    }
                    Parsed p = parse(in, index, new ArrayList<>());
                    if (p == null) {
                        return;
                    }
                    Integer first = sharedGrantIds.contains(Fingerprints.of(p.grantId()))
                            ? firstOfGrant.putIfAbsent(p.grantId(), index) : null;
                    if (first != null) {
                        errors.add(in.problem(in.root, "grants[" + index + "].id", prefix + "-" + p.grantId(),
                                "appears twice in the file (first as grants[" + first + "])"));
                    }
                    if (!checked) {
                        return;
                    }
                    try {
                        GrantRules.requireEligible(schemes.get(p.grant().schemeId()).value, p.grant());
                    } catch (ValidationException e) {
                        errors.add(in.problem(in.root, "grants[" + index + "] (" + e.field() + ")", e.value(), e.rule()));
                    }
                    if (firstNaming(p, index)) {
                        counts[0]++;
                    }
                    counts[Batches.change(store, StandardKinds.GRANT, p.grant())]++;
                });
            }
            if (!errors.isEmpty()) {
                errors.sort(java.util.Comparator.comparingLong(ImportException.RowError::line));
                throw new ImportException(source.name(), errors);
            }
            if (!dryRun) {
                return Optional.empty();
            }
            schemes.values().forEach(n -> counts[Batches.change(store, StandardKinds.GRANT_SCHEME, n.value)]++);
            organisations.values().forEach(n -> counts[Batches.change(store, StandardKinds.ORGANISATION, n.value)]++);
            return Optional.of(new ImportResult(counts[0], counts[1], counts[2], true, List.of()));
        }

        /** Whether the grant is the first in the file to name a person the import creates. */
        private boolean firstNaming(Parsed p, int index) {
            return p.newPerson().filter(person -> !sharedPeople.contains(Fingerprints.of(person.id()))
                    || firstOfPerson.computeIfAbsent(person.id(), id -> index) == index).isPresent();
        }

        /** The third read: writes in file order, each record a grant names just before the grant. */
        ImportResult write(int batchSize) throws IOException {
            Batches batches = new Batches(store, source.name(), batchSize);
            Map<Integer, List<Named<?>>> introduced = new HashMap<>();
            schemes.values().forEach(n -> introduced.computeIfAbsent(n.first, k -> new ArrayList<>()).add(n));
            organisations.values().forEach(n -> introduced.computeIfAbsent(n.first, k -> new ArrayList<>()).add(n));
            grants((group, index, in) -> {
                List<ImportException.RowError> late = new ArrayList<>();
                Parsed p = parse(in, index, late);
                long line = in.at(in.root)[0];
                if (p == null) {
                    // the file was good when checked a moment ago: it changed while being imported
                    late.add(0, new ImportException.RowError(line, "-", "", "changed while it was being imported"));
                    throw batches.stopped(line, new ImportException(source.name(), late));
                }
                for (Named<?> n : introduced.getOrDefault(index, List.of())) {
                    n.saveIn(batches, line);
                }
                if (firstNaming(p, index)) {
                    batches.save(StandardKinds.PERSON, p.newPerson().get(), 0, line);
                }
                batches.saveChanged(StandardKinds.GRANT, p.grant(), line);
            });
            batches.commit();
            return batches.result();
        }




        /**
         * Gives the organisation one of the file's details, when the file has it and the organisation can hold it; one it
         * cannot (a web address without {@code http}) is left, and counted among the fields not kept.
         */
        private Organisation.Builder detail(JsonNode organisation, String field, Organisation.Builder b,
                            java.util.function.BiFunction<Organisation.Builder, String, Organisation.Builder> set) {
            JsonNode v = organisation.path(field);
            if (!v.isValueNode() || v.asText().isBlank()) {
                return b;
            }
            try {
                return OrganisationDetails.with(b, set, v.asText());
            } catch (ValidationException e) {
                if (firstRead) {
                    notKept.merge("recipientOrganization." + field + " (not a value an organisation holds: " + e.rule() + ")",
                        1, Integer::sum);
                }
                return b;
            }
        }

        /** {@return a recipient organisation as the file gives it: its org-id as its id, its name and details} */
        private Organisation recipientOrganisation(JsonInput in, JsonNode organisation, String at,
                                                   List<ImportException.RowError> errors) {
            String orgFileId = in.text(organisation, at, "id", errors);
            String orgName = in.text(organisation, at, "name", errors);
            String orgId = orgFileId.startsWith(prefix + "-ORG-") ? orgFileId.substring(prefix.length() + 5) : orgFileId;
            Organisation.Builder ob = Organisation.builder().id(orgId).name(orgName).sector(Sector.VCSE)
                    .kind(OrganisationKind.OTHER);
            ob = detail(organisation, "description", ob, Organisation.Builder::description);
            ob = detail(organisation, "charityNumber", ob, Organisation.Builder::charityNumber);
            ob = detail(organisation, "companyNumber", ob, Organisation.Builder::companyNumber);
            ob = detail(organisation, "postalCode", ob, Organisation.Builder::postcode);
            ob = detail(organisation, "url", ob, Organisation.Builder::website);
            return ob.build();
        }

        /** One grant as a record over the stored one, or null with its problems added to {@code errors}. */
        private Parsed parse(JsonInput in, int index, List<ImportException.RowError> errors) {
            JsonNode g = in.root;
            String at = "grants[" + index + "]";
            int before = errors.size();
            try {
                String fileId = in.text(g, at, "id", errors);
                JsonNode funding = g.path("fundingOrganization").path(0);
                String funder = funding.path("id").asText("");
                String funderName = funding.path("name").asText("");
                // the council's own publication: its grants' ids start with its prefix; another publisher's grant keeps
                // the id it was published under, prefix and all
                boolean ours = fileId.startsWith(prefix + "-");
                if (ours && fileId.length() == prefix.length() + 1) {
                    errors.add(in.problem(g, at + ".id", fileId, "must go on after the prefix " + prefix + "- with the"
                            + " grant's id"));
                    return null;
                }
                boolean councils = funderId.isEmpty() ? ours || funderName.equals(council.name()) : funder.equals(funderId);
                String grantId = ours ? fileId.substring(prefix.length() + 1) : fileId;
                Optional<Grant> stored = store.get(StandardKinds.GRANT, grantId).map(Versioned::value);
                Optional<Grant> storedToIndividual = stored.filter(s -> s.recipientKind() == RecipientKind.INDIVIDUAL);
                JsonNode programme = g.path("grantProgramme").path(0);
                String schemeName = in.text(programme.isMissingNode() ? g : programme, at + ".grantProgramme[0]",
                        "title", errors);
                String schemeId = programme.path("code").isTextual() ? programme.path("code").asText() : slug(schemeName);
                Money amount = money(in, g, at, errors);
                LocalDate awarded = date(in, g, at, errors);
                Optional<Organisation> otherFunder = Optional.empty();
                if (!org.localityworking.core.internal.Checks.isId(funder)) {
                    errors.add(in.problem(g, at + ".fundingOrganization[0].id", funder, "is required: the funder's"
                            + " org-id identifier, such as GB-LAE-TRF or GB-CHC-1164859"));
                } else if (!councils) {
                    otherFunder = Optional.of(new Organisation(funder, funderName.isBlank() ? funder : funderName,
                            Sector.VCSE, OrganisationKind.OTHER, Optional.empty()));
                }
                List<BeneficiaryArea> areas = new ArrayList<>();
                Optional<String> ward = ward(in, g, at, council, wardsByCode, errors, areas);
                JsonNode individual = g.path("recipientIndividual");
                JsonNode organisation = g.path("recipientOrganization").path(0);
                if (individual.isObject() == organisation.isObject()) {
                    errors.add(in.problem(g, at, "", "must have a recipientOrganization or a recipientIndividual, not both"
                            + " or neither"));
                    return null;
                }
                PartyRef recipient;
                Optional<Organisation> named = Optional.empty();
                Optional<Person> newPerson = Optional.empty();
                if (individual.isObject()) {
                    String indId = in.text(individual, at + ".recipientIndividual", "id", errors);
                    recipient = storedToIndividual.map(Grant::recipient).orElse(PartyRef.person(indId.toLowerCase(Locale.ROOT)));
                    if (storedToIndividual.isEmpty() && store.get(StandardKinds.PERSON, recipient.id()).isEmpty()) {
                        newPerson = Optional.of(new Person(recipient.id(), org.localityworking.reporting.builtin.Scope
                                .INDIVIDUAL_RECIPIENT, ContactDetails.none(), ward, List.of()));
                    }
                } else {
                    Organisation first = recipientOrganisation(in, organisation, at + ".recipientOrganization[0]", errors);
                    recipient = PartyRef.organisation(first.id());
                    named = Optional.of(first);
                }
                // a grant's further recipients are organisations in the store too; the grant names its first
                List<Organisation> others = new ArrayList<>();
                for (int r = 1; r < g.path("recipientOrganization").size(); r++) {
                    others.add(recipientOrganisation(in, g.path("recipientOrganization").path(r),
                            at + ".recipientOrganization[" + r + "]", errors));
                }
                if (errors.size() > before) {
                    return null;
                }
                Grant.Builder b = stored.map(Grant::toBuilder).orElseGet(() -> Grant.builder().id(grantId)
                        .firstTimeRecipient(false));
                b.schemeId(schemeId).recipient(recipient).amount(amount).awardedOn(awarded);
                otherFunder.ifPresentOrElse(f -> b.funderId(f.id()), b::noFunderId);
                ward.ifPresentOrElse(b::wardId, b::noWardId);
                b.beneficiaryAreas(areas);
                if (recipient.kind() != PartyKind.PERSON || storedToIndividual.isEmpty()) {
                    b.title(in.text(g, at, "title", errors)).purpose(in.text(g, at, "description", errors));
                }
                Grant grant = b.build();
                return errors.size() > before ? null
                        : new Parsed(grantId, grant, schemeName, named, newPerson, otherFunder, others);
            } catch (ValidationException e) {
                errors.add(in.problem(g, at + " (" + e.field() + ")", e.value(), e.rule()));
                return null;
            }
        }
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

    /**
     * {@return the grant's ward: the first beneficiary location whose GSS code is one of the council's wards; empty
     *         when none is (the council, a wider area, or a place with no code: accepted at the level it names)}
     * Every other location but the council itself is added to {@code areas}, as the file names it. A ward's code
     * that is not one of the council's wards in the store is a problem.
     */
    private static Optional<String> ward(JsonInput in, JsonNode g, String at, Council council, Map<String, Ward> wards,
                                         List<ImportException.RowError> errors, List<BeneficiaryArea> areas) {
        Optional<String> found = Optional.empty();
        int i = 0;
        for (JsonNode location : g.path("beneficiaryLocation")) {
            String code = location.path("geoCode").asText("");
            String where = at + ".beneficiaryLocation[" + i++ + "].geoCode";
            if (wards.containsKey(code) && found.isEmpty()) {
                found = Optional.of(wards.get(code).id());
            } else if (!wards.containsKey(code) && code.length() >= 3 && WARD_CODES.contains(code.substring(0, 3))) {
                errors.add(in.problem(location, where, code, "is a ward's GSS code, but not one of " + council.name()
                        + "'s wards in the store (add the ward, or correct the code)"));
            } else if (council.gssCode().filter(code::equals).isEmpty()) {
                area(in, location, at + ".beneficiaryLocation[" + (i - 1) + "]", errors).ifPresent(areas::add);
            }
        }
        return found;
    }

    /** {@return a beneficiary location as the file names it; empty when it names nothing (no name, code or country)} */
    private static Optional<BeneficiaryArea> area(JsonInput in, JsonNode location, String at,
                                                  List<ImportException.RowError> errors) {
        Optional<String> code = text(location, "geoCode");
        Optional<String> type = text(location, "geoCodeType");
        Optional<String> country = text(location, "countryCode");
        Optional<String> name = text(location, "name").or(() -> code).or(() -> country);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BeneficiaryArea(name.get(), code, type, country));
        } catch (ValidationException e) {
            errors.add(in.problem(location, at + " (" + e.field() + ")", e.value(), e.rule()));
            return Optional.empty();
        }
    }

    /** {@return a field's text, when it has some} */
    private static Optional<String> text(JsonNode object, String field) {
        JsonNode v = object.path(field);
        return v.isValueNode() && !v.asText().isBlank() ? Optional.of(v.asText()) : Optional.empty();
    }

    /** {@return an id made from a programme's title: lower case letters and digits, dashes between words} */
    static String slug(String title) {
        String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "programme" : s.length() > 100 ? s.substring(0, 100) : s;
    }
}
