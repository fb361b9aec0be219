package org.localityworking.benchmarks.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.localityworking.core.model.AcvPeriods;
import org.localityworking.core.model.Asset;
import org.localityworking.core.model.AssetCategory;
import org.localityworking.core.model.ContactDetails;
import org.localityworking.core.model.Council;
import org.localityworking.core.model.CouncilConfiguration;
import org.localityworking.core.model.EnablingGroupRule;
import org.localityworking.core.model.Grant;
import org.localityworking.core.model.GrantDecisionMethod;
import org.localityworking.core.model.GrantScheme;
import org.localityworking.core.model.Locality;
import org.localityworking.core.model.LocalityBodyForm;
import org.localityworking.core.model.MembershipMode;
import org.localityworking.core.model.Money;
import org.localityworking.core.model.PartyRef;
import org.localityworking.core.model.Person;
import org.localityworking.core.model.RecipientKind;
import org.localityworking.core.model.Role;
import org.localityworking.core.model.RoleAssignment;
import org.localityworking.core.model.Tangibility;
import org.localityworking.core.model.Terminology;
import org.localityworking.core.model.TransferStatus;
import org.localityworking.core.model.Ward;
import org.localityworking.core.model.WardPart;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;

/**
 * A deterministic, seeded data set at one {@link Scale}: one body (a council, a combined authority or a
 * national body) with its wards grouped into localities, and assets, people, a grant scheme per locality and
 * grants. The same seed and scale give the same records, run after run.
 */
@SuppressWarnings("EnumOrdinal") // generated data and the baselines index categories by their order on purpose
public final class DataGenerator {
    /** The seed every benchmark uses. */
    public static final long SEED = 20151102L;
    public static final String COUNCIL = "bench";

    private final Scale scale;
    public final Council council;
    public final List<Ward> wards = new ArrayList<>();
    public final List<Locality> localities = new ArrayList<>();
    public final List<Asset> assets = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    public final List<GrantScheme> schemes = new ArrayList<>();
    private final List<Grant> grants = new ArrayList<>();
    private final Random later;

    public DataGenerator(Scale scale) {
        this.scale = scale;
        Random random = new Random(SEED);
        council = new Council(COUNCIL, "Benchmark body (" + scale + ")", Optional.empty(), new CouncilConfiguration(
                new Terminology("Locality", "Locality Partnership", "Locality Lead", Optional.empty()), LocalityBodyForm.PARTNERSHIP,
                MembershipMode.OPEN, Optional.of(new EnablingGroupRule(2, 2, 2)), 1, 0, scale.localities(),
                AcvPeriods.ENGLAND, CouncilConfiguration.DEFAULT_PUBLIC_OFFICE_ROLES));
        for (int w = 0; w < scale.wards; w++) {
            wards.add(new Ward(String.format(Locale.ROOT, "w%05d", w), COUNCIL, "Ward " + w, Optional.empty(), Optional.empty(),
                    Optional.empty()));
        }
        for (int l = 0; l < scale.localities(); l++) {
            List<WardPart> parts = new ArrayList<>();
            for (int w = l * Scale.WARDS_PER_LOCALITY; w < Math.min(scale.wards, (l + 1) * Scale.WARDS_PER_LOCALITY); w++) {
                parts.add(WardPart.whole(wards.get(w).id()));
            }
            localities.add(new Locality(String.format(Locale.ROOT, "l%04d", l), COUNCIL, "Locality " + l, parts, true));
        }
        AssetCategory[] categories = AssetCategory.values();
        TransferStatus[] transfers = TransferStatus.values();
        for (int a = 0; a < scale.assets; a++) {
            Ward ward = wards.get(random.nextInt(wards.size()));
            Locality locality = localityOf(ward);
            assets.add(new Asset(String.format(Locale.ROOT, "a%07d", a), locality.id(), Optional.of(ward.id()), "Asset " + a,
                    "A community asset in " + ward.name(), categories[random.nextInt(categories.length)],
                    random.nextBoolean() ? Tangibility.TANGIBLE : Tangibility.INTANGIBLE, Optional.empty(),
                    random.nextInt(50) == 0, transfers[random.nextInt(20) == 0 ? 1 + random.nextInt(4) : 0],
                    Optional.empty(), Optional.empty()));
        }
        schemes();
        later = random;
    }

    /** {@return the people (generated on first use, after the assets, from the same seeded sequence)} */
    public synchronized List<Person> people() {
        if (people.isEmpty()) {
            generatePeopleAndGrants(later);
        }
        return people;
    }

    /** {@return the grants (generated with the people)} */
    public synchronized List<Grant> grants() {
        people();
        return grants;
    }

    private void generatePeopleAndGrants(Random random) {
        for (int p = 0; p < scale.people; p++) {
            Locality locality = localities.get(random.nextInt(localities.size()));
            people.add(new Person(String.format(Locale.ROOT, "p%06d", p), "Person " + p, ContactDetails.none(), Optional.empty(),
                    List.of(new RoleAssignment(Role.RESIDENT, Optional.of(locality.id()), Optional.empty()))));
        }
        for (int g = 0; g < scale.grants; g++) {
            int l = random.nextInt(localities.size());
            grants.add(new Grant(String.format(Locale.ROOT, "g%07d", g), schemes.get(l).id(),
                    PartyRef.person(people.get(random.nextInt(people.size())).id()), Money.pounds(50 + random.nextInt(251)),
                    LocalDate.of(2015, 1, 1).plusDays(random.nextInt(365)),
                    Optional.of(localities.get(l).wards().get(0).wardId()), "Small grant", "A resident's project", false,
                    Optional.empty()));
        }
    }

    private void schemes() {
        for (Locality l : localities) {
            schemes.add(new GrantScheme("s-" + l.id(), COUNCIL, Optional.of(l.id()), Optional.empty(),
                    "Small grants " + l.name(), Money.pounds(300), Set.of(RecipientKind.INDIVIDUAL),
                    GrantDecisionMethod.PARTNERSHIP));
        }
    }

    private Locality localityOf(Ward ward) {
        int index = Integer.parseInt(ward.id().substring(1)) / Scale.WARDS_PER_LOCALITY;
        return localities.get(index);
    }

    /** {@return the scale} */
    public Scale scale() {
        return scale;
    }

    /** Loads the body, its wards, localities, grant schemes and assets, in units of work of at most 50,000 records. */
    public void loadInto(LocalityStore store) {
        store.runInTransaction(u -> {
            u.save(StandardKinds.COUNCIL, council, 0);
            wards.forEach(w -> u.save(StandardKinds.WARD, w, 0));
            localities.forEach(l -> u.save(StandardKinds.LOCALITY, l, 0));
            schemes.forEach(s -> u.save(StandardKinds.GRANT_SCHEME, s, 0));
        });
        saveInChunks(store, StandardKinds.ASSET, assets);
    }

    /** The associations of each locality: organisations (half as many as people), a partnership, a network, projects. */
    public record Associations(List<org.localityworking.core.model.Organisation> organisations,
                               List<org.localityworking.core.model.LocalityPartnership> partnerships,
                               List<org.localityworking.core.model.LocalityNetwork> networks,
                               List<org.localityworking.core.model.LocalityProject> projects) {
    }

    /**
     * {@return each locality's associations, from a seed of their own (so the other records stay as they were):
     *         organisations (half as many as people: 50,000 at national scale), a Locality Partnership of a dozen
     *         residents (some for an organisation), a network of a handful of organisations with two residents, and
     *         three projects, each led by a resident with two organisations as partners}
     */
    public Associations associations() {
        Random random = new Random(SEED + 1);
        List<Person> everyone = people();
        java.util.Map<String, List<String>> residents = new java.util.HashMap<>();
        for (Person p : everyone) {
            residents.computeIfAbsent(p.roles().get(0).localityId().orElseThrow(), k -> new ArrayList<>()).add(p.id());
        }
        List<org.localityworking.core.model.Organisation> orgs = new ArrayList<>();
        List<org.localityworking.core.model.LocalityPartnership> partnerships = new ArrayList<>();
        List<org.localityworking.core.model.LocalityNetwork> networks = new ArrayList<>();
        List<org.localityworking.core.model.LocalityProject> projects = new ArrayList<>();
        int perLocality = Math.max(3, scale.people / 2 / localities.size());
        for (Locality l : localities) {
            List<String> here = residents.getOrDefault(l.id(), List.of());
            List<String> orgIds = new ArrayList<>();
            for (int o = 0; o < perLocality; o++) {
                String id = "o-" + l.id() + "-" + o;
                orgIds.add(id);
                orgs.add(new org.localityworking.core.model.Organisation(id, "Group " + o + " of " + l.name(),
                        org.localityworking.core.model.Sector.VCSE, org.localityworking.core.model.OrganisationKind.COMMUNITY_GROUP,
                        Optional.of(l.id())));
            }
            if (here.isEmpty()) {
                continue;
            }
            List<org.localityworking.core.model.Member> members = new ArrayList<>();
            for (int m = 0; m < 12; m++) {
                members.add(new org.localityworking.core.model.Member(here.get(random.nextInt(here.size())),
                        org.localityworking.core.model.MembershipSector.COMMUNITY, random.nextInt(3) == 0
                        ? Optional.of(orgIds.get(random.nextInt(orgIds.size()))) : Optional.empty()));
            }
            partnerships.add(new org.localityworking.core.model.LocalityPartnership("lp-" + l.id(), l.id(),
                    "Partnership of " + l.name(), MembershipMode.OPEN, LocalDate.of(2014, 1, 1),
                    members.stream().collect(java.util.stream.Collectors.toMap(org.localityworking.core.model.Member::personId,
                            m -> m, (a, b) -> a, java.util.LinkedHashMap::new)).values().stream().toList()));
            List<String> networkOrgs = new ArrayList<>();
            for (int n = 0; n < 5; n++) {
                networkOrgs.add(orgIds.get(random.nextInt(orgIds.size())));
            }
            networks.add(new org.localityworking.core.model.LocalityNetwork("net-" + l.id(), l.id(), "Network of " + l.name(),
                    networkOrgs.stream().distinct().toList(), List.of(
                    org.localityworking.core.model.Member.of(here.get(random.nextInt(here.size())),
                            org.localityworking.core.model.MembershipSector.COMMUNITY))));
            for (int p = 0; p < 3; p++) {
                projects.add(org.localityworking.core.model.LocalityProject.builder().id("pr-" + l.id() + "-" + p)
                        .localityId(l.id()).name("Project " + p + " of " + l.name()).description("A project")
                        .status(org.localityworking.core.model.ProjectStatus.values()[0])
                        .leadPersonId(here.get(random.nextInt(here.size())))
                        .partners(List.of(new org.localityworking.core.model.LocalityProject.Partner(PartyRef.organisation(
                                orgIds.get(random.nextInt(orgIds.size()))), "partner"),
                                new org.localityworking.core.model.LocalityProject.Partner(PartyRef.organisation(
                                        orgIds.get(random.nextInt(orgIds.size()))), "partner")).stream().distinct().toList())
                        .build());
            }
        }
        return new Associations(orgs, partnerships, networks, projects);
    }

    /** Loads everything: {@link #loadInto}, the people and grants, and the associations. */
    public void loadNetworkInto(LocalityStore store) {
        loadAllInto(store);
        Associations a = associations();
        saveInChunks(store, StandardKinds.ORGANISATION, a.organisations());
        saveInChunks(store, StandardKinds.PARTNERSHIP, a.partnerships());
        saveInChunks(store, StandardKinds.NETWORK, a.networks());
        saveInChunks(store, StandardKinds.PROJECT, a.projects());
    }

    /** Loads everything: {@link #loadInto} and then the people and grants. */
    public void loadAllInto(LocalityStore store) {
        loadInto(store);
        saveInChunks(store, StandardKinds.PERSON, people());
        saveInChunks(store, StandardKinds.GRANT, grants());
    }

    private static <T> void saveInChunks(LocalityStore store, Kind<T> kind, List<T> values) {
        for (int from = 0; from < values.size(); from += 50_000) {
            List<T> chunk = values.subList(from, Math.min(values.size(), from + 50_000));
            store.runInTransaction(u -> chunk.forEach(v -> u.save(kind, v, 0)));
        }
    }
}
