package org.localityworking.core.config;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import org.apiguardian.api.API;
import org.localityworking.core.ValidationException;
import org.localityworking.core.model.AcvPeriods;
import org.localityworking.core.model.Council;
import org.localityworking.core.model.CouncilConfiguration;
import org.localityworking.core.model.ContactDetails;
import org.localityworking.core.model.EnablingGroupRule;
import org.localityworking.core.model.GssCodes;
import org.localityworking.core.model.Locality;
import org.localityworking.core.model.LocalityBodyForm;
import org.localityworking.core.model.LocalityNetwork;
import org.localityworking.core.model.MembershipMode;
import org.localityworking.core.model.MembershipSector;
import org.localityworking.core.model.Person;
import org.localityworking.core.model.Role;
import org.localityworking.core.model.RoleAssignment;
import org.localityworking.core.model.Strategy;
import org.localityworking.core.model.Terminology;
import org.localityworking.core.model.Ward;
import org.localityworking.core.model.WardPart;
import org.localityworking.core.rules.RuleViolation;
import org.localityworking.core.rules.WardCoverage;

/**
 * Loads council configurations: the shipped ones ({@link #trafford()}, {@link #herefordshire()}) and a
 * council's own file in the same format ({@link #read(Path)}). The format is a UTF-8 properties file;
 * {@code trafford.properties} in this package documents every key. A file is refused whole, with a
 * {@link ValidationException} naming the file and key, when any value breaks a rule, when the localities
 * do not share out the wards properly, or when a key is not recognised.
 */
@API(status = STABLE, since = "1.0")
public final class CouncilConfigurations {
    private CouncilConfigurations() {
    }

    /** The names of the configurations shipped in the library. */
    public static final List<String> SHIPPED = List.of("trafford", "herefordshire");

    /** {@return Trafford Council: 4 localities with Locality Partnerships and Enabling Groups, 21 wards (seeds 000-003)} */
    public static CouncilDefinition trafford() {
        return shipped("trafford");
    }

    /** {@return Herefordshire Council: 9 localities with networks and Lead Locality Officers (seed 004)} */
    public static CouncilDefinition herefordshire() {
        return shipped("herefordshire");
    }

    /**
     * {@return the shipped configuration}
     *
     * @param name one of {@link #SHIPPED}
     * @throws ValidationException when no configuration of that name is shipped
     */
    public static CouncilDefinition shipped(String name) {
        if (!SHIPPED.contains(name)) {
            throw new ValidationException("configuration", name, "must be one of the shipped configurations " + SHIPPED);
        }
        String resource = name + ".properties";
        try (InputStream in = CouncilConfigurations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The library jar lacks " + resource + "; it is damaged");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }

    /**
     * Reads a council's own configuration file (UTF-8, the same format as the shipped ones); a file it names
     * ({@code wards.boundaries}) is found beside it.
     */
    public static CouncilDefinition read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.getFileName().toString(), Optional.ofNullable(file.toAbsolutePath().getParent()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    /**
     * Reads a configuration.
     *
     * @param reader     the file's text
     * @param sourceName the file's name, used in error messages
     */
    public static CouncilDefinition read(Reader reader, String sourceName) {
        return read(reader, sourceName, Optional.empty());
    }

    private static CouncilDefinition read(Reader reader, String sourceName, Optional<Path> folder) {
        Properties properties = new Properties();
        try {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + sourceName, e);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(sourceName, e.getMessage(), "must be a well-formed properties file");
        }
        ConfigFile file = new ConfigFile(sourceName, properties);
        CouncilDefinition definition = parse(file);
        Optional<String> boundaries = file.optional("wards.boundaries");
        file.requireAllKeysRead();
        if (boundaries.isPresent()) {
            Path named = folder.map(d -> d.resolve(boundaries.get())).orElse(Path.of(boundaries.get()));
            if (!Files.isRegularFile(named)) {
                throw new ValidationException(file.field("wards.boundaries"), boundaries.get(),
                        "must name a GeoJSON file beside the configuration file (" + named + " is not a file)");
            }
            definition = definition.toBuilder().wardBoundaries(named).build();
        }
        return definition;
    }

    private static CouncilDefinition parse(ConfigFile f) {
        String councilId = f.required("council.id");
        CouncilConfiguration configuration = f.build("rules", () -> new CouncilConfiguration(
                new Terminology(f.required("terminology.locality"), f.required("terminology.localityBody"),
                        f.required("terminology.leadOfficer"), f.optional("terminology.storyCampaign"),
                        f.optional("terminology.enablingGroup"), f.optional("terminology.communityBuilder"),
                        f.optional("terminology.councillor"), f.optional("terminology.programme")),
                f.enumValue("rules.localityBody", LocalityBodyForm.class),
                f.enumValue("rules.defaultMembership", MembershipMode.class),
                enablingGroupRule(f),
                f.integer("rules.minimumEventsPerLocalityPerYear", 0),
                f.integer("rules.minimumLeadOfficersPerLocality", 0),
                f.integer("rules.expectedLocalities", 1),
                acvPeriods(f), publicOfficeRoles(f)));
        Council council = f.build("council", () -> new Council(councilId, f.required("council.name"),
                f.optional("council.gssCode"), configuration));

        List<Ward> wards = wards(f, councilId);
        List<Locality> localities = localities(f, councilId, wards);
        if (localities.size() != configuration.expectedLocalities()) {
            throw new ValidationException(f.field("localities"), Integer.toString(localities.size()),
                    "must list rules.expectedLocalities = " + configuration.expectedLocalities() + " localities");
        }
        List<RuleViolation> coverage = WardCoverage.check(wards.stream().map(Ward::id).toList(), localities);
        if (!coverage.isEmpty()) {
            RuleViolation v = coverage.get(0);
            throw new ValidationException(f.field("localities"), v.subject(), v.detail());
        }
        return new CouncilDefinition(council, wards, localities, strategy(f, councilId), people(f, localities),
                networks(f, localities), f.texts("notes"));
    }

    private static Optional<EnablingGroupRule> enablingGroupRule(ConfigFile f) {
        String key = "rules.enablingGroup";
        String value = f.optional(key).orElse("none");
        if (value.equals("none")) {
            return Optional.empty();
        }
        Map<MembershipSector, Integer> split = new EnumMap<>(MembershipSector.class);
        for (String part : value.split(",")) {
            String[] kv = part.strip().split(":");
            if (kv.length != 2) {
                throw new ValidationException(f.field(key), value, "must be none or SECTOR:COUNT,... such as "
                        + "COMMUNITY:2,AGENCY:2,COUNCILLOR:2");
            }
            MembershipSector sector = f.enumValue(key, kv[0].strip(), MembershipSector.class);
            try {
                split.put(sector, Integer.parseInt(kv[1].strip()));
            } catch (NumberFormatException e) {
                throw new ValidationException(f.field(key), value, "each count must be a whole number");
            }
        }
        int size = split.values().stream().mapToInt(Integer::intValue).sum();
        return Optional.of(f.build(key, () -> new EnablingGroupRule(size, split)));
    }

    /** {@code rules.publicOfficeRoles}: roles, comma-separated; absent means councillors and the executive member. */
    private static java.util.Set<Role> publicOfficeRoles(ConfigFile f) {
        String key = "rules.publicOfficeRoles";
        if (f.optional(key).isEmpty()) {
            return CouncilConfiguration.DEFAULT_PUBLIC_OFFICE_ROLES;
        }
        java.util.Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
        for (String role : f.list(key)) {
            roles.add(f.enumValue(key, role, Role.class));
        }
        return roles;
    }

    private static AcvPeriods acvPeriods(ConfigFile f) {
        AcvPeriods d = AcvPeriods.ENGLAND;
        return f.build("rules.acv", () -> new AcvPeriods(
                f.period("rules.acv.decisionWithin").orElse(d.decisionWithin()),
                f.period("rules.acv.listingLasts").orElse(d.listingLasts()),
                f.period("rules.acv.interimMoratorium").orElse(d.interimMoratorium()),
                f.period("rules.acv.fullMoratorium").orElse(d.fullMoratorium()),
                f.period("rules.acv.protectedPeriod").orElse(d.protectedPeriod())));
    }

    private static List<Ward> wards(ConfigFile f, String councilId) {
        var defaultFrom = f.date("wards.validFrom");
        var defaultUntil = f.date("wards.validUntil");
        List<Ward> wards = new ArrayList<>();
        for (String id : f.list("wards")) {
            String p = "ward." + id;
            Optional<String> gss = f.optional(p + ".gssCode")
                    .or(() -> GssCodes.WARD.matcher(id).matches() ? Optional.of(id) : Optional.empty());
            Optional<java.time.LocalDate> from = f.date(p + ".validFrom").or(() -> defaultFrom);
            Optional<java.time.LocalDate> until = f.date(p + ".validUntil").or(() -> defaultUntil);
            wards.add(f.build(p, () -> new Ward(id, councilId, f.required(p + ".name"), gss, from, until)));
        }
        return wards;
    }

    private static List<Locality> localities(ConfigFile f, String councilId, List<Ward> wards) {
        boolean defaultIllustrative = f.bool("localities.illustrative", false);
        List<Locality> localities = new ArrayList<>();
        for (String id : f.list("localities")) {
            String p = "locality." + id;
            List<WardPart> parts = new ArrayList<>();
            for (String entry : f.list(p + ".wards")) {
                Matcher m = ConfigFile.WARD_PART.matcher(entry);
                if (!m.matches()) {
                    throw new ValidationException(f.field(p + ".wards"), entry, "must be WARD or WARD[part name]");
                }
                String wardId = m.group(1).strip();
                if (wards.stream().noneMatch(w -> w.id().equals(wardId))) {
                    throw new ValidationException(f.field(p + ".wards"), wardId, "must be one of the wards listed in 'wards'");
                }
                WardPart part = f.build(p + ".wards", () -> new WardPart(wardId, Optional.ofNullable(m.group(2))));
                parts.add(hex(f, wardId, id).map(part::at).orElse(part));
            }
            boolean illustrative = f.bool(p + ".illustrative", defaultIllustrative);
            localities.add(f.build(p, () -> new Locality(id, councilId, f.required(p + ".name"), parts, illustrative)));
        }
        checkHexes(f, localities);
        return localities;
    }

    /**
     * {@code ward.ID.hex}: where the council's own hex map puts the ward, {@code Q,R} (HexJSON odd-r, rows counting
     * upwards); a ward split between localities gives one place for each, {@code LOCALITY:Q,R|LOCALITY:Q,R}.
     */
    private static Optional<org.localityworking.core.model.HexPlace> hex(ConfigFile f, String wardId, String localityId) {
        String key = "ward." + wardId + ".hex";
        Optional<String> value = f.optional(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        for (String place : value.get().split("\\|")) {
            String[] lq = place.split(":");
            if (lq.length > 2 || (lq.length == 2 && !lq[0].strip().equals(localityId))) {
                continue;
            }
            String[] qr = lq[lq.length - 1].split(",");
            try {
                if (qr.length == 2) {
                    return Optional.of(new org.localityworking.core.model.HexPlace(Integer.parseInt(qr[0].strip()),
                            Integer.parseInt(qr[1].strip())));
                }
            } catch (NumberFormatException e) {
                // refused below, with the rule
            }
            throw new ValidationException(f.field(key), value.get(), "must be Q,R (two whole numbers), or for a ward"
                    + " split between localities LOCALITY:Q,R|LOCALITY:Q,R");
        }
        throw new ValidationException(f.field(key), value.get(), "must give a place for the ward's part in locality "
                + localityId + " (LOCALITY:Q,R|LOCALITY:Q,R)");
    }

    /** A hex map drawn by the council: every ward in every locality placed, no two at one place. */
    private static void checkHexes(ConfigFile f, List<Locality> localities) {
        Map<String, String> at = new java.util.HashMap<>();
        boolean any = localities.stream().flatMap(l -> l.wards().stream()).anyMatch(p -> p.hex().isPresent());
        for (Locality l : localities) {
            for (WardPart p : l.wards()) {
                if (any && p.hex().isEmpty()) {
                    throw new ValidationException(f.field("ward." + p.wardId() + ".hex"), null, "must place ward "
                            + p.wardId() + " (locality " + l.id() + ") on the council's hex map, as the other wards are");
                }
                p.hex().ifPresent(h -> {
                    String other = at.putIfAbsent(h.q() + "," + h.r(), p.wardId() + " in " + l.id());
                    if (other != null) {
                        throw new ValidationException(f.field("ward." + p.wardId() + ".hex"), h.q() + "," + h.r(),
                                "must not share its place with ward " + other);
                    }
                });
            }
        }
    }

    private static Optional<Strategy> strategy(ConfigFile f, String councilId) {
        Optional<String> id = f.optional("strategy.id");
        if (id.isEmpty()) {
            return Optional.empty();
        }
        List<Strategy.Theme> themes = new ArrayList<>();
        for (String themeId : f.list("strategy.themes")) {
            String p = "theme." + themeId;
            themes.add(f.build(p, () -> new Strategy.Theme(themeId, f.required(p + ".title"),
                    f.required(p + ".description"), f.texts(p + ".outcomes"))));
        }
        return Optional.of(f.build("strategy", () -> new Strategy(id.get(), councilId, f.required("strategy.title"),
                f.parseDate("strategy.from", f.required("strategy.from")),
                f.parseDate("strategy.to", f.required("strategy.to")), themes, List.of())));
    }

    private static List<Person> people(ConfigFile f, List<Locality> localities) {
        List<Person> people = new ArrayList<>();
        for (String id : f.list("people")) {
            String p = "person." + id;
            List<RoleAssignment> roles = new ArrayList<>();
            for (String entry : f.list(p + ".roles")) {
                String[] roleAt = entry.split("@", 2);
                Role role = f.enumValue(p + ".roles", roleAt[0].strip(), Role.class);
                Optional<String> locality = roleAt.length == 2 ? Optional.of(roleAt[1].strip()) : Optional.empty();
                locality.ifPresent(l -> requireLocality(f, p + ".roles", l, localities));
                roles.add(f.build(p + ".roles", () -> new RoleAssignment(role, locality, Optional.empty())));
            }
            people.add(f.build(p, () -> new Person(id, f.required(p + ".name"), ContactDetails.none(),
                    Optional.empty(), roles)));
        }
        return people;
    }

    private static List<LocalityNetwork> networks(ConfigFile f, List<Locality> localities) {
        List<LocalityNetwork> networks = new ArrayList<>();
        for (String id : f.list("networks")) {
            String p = "network." + id;
            String locality = f.required(p + ".locality");
            requireLocality(f, p + ".locality", locality, localities);
            networks.add(f.build(p, () -> new LocalityNetwork(id, locality, f.required(p + ".name"), List.of(),
                    List.of())));
        }
        return networks;
    }

    private static void requireLocality(ConfigFile f, String key, String localityId, List<Locality> localities) {
        if (localities.stream().noneMatch(l -> l.id().equals(localityId))) {
            throw new ValidationException(f.field(key), localityId, "must be one of the localities listed in 'localities'");
        }
    }
}
