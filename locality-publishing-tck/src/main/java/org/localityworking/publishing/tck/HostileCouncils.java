package org.localityworking.publishing.tck;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.localityworking.core.config.CouncilConfigurations;
import org.localityworking.core.model.Asset;
import org.localityworking.core.model.AssetCategory;
import org.localityworking.core.model.Consent;
import org.localityworking.core.model.ConsentUse;
import org.localityworking.core.model.ContactDetails;
import org.localityworking.core.model.Council;
import org.localityworking.core.model.EngagementEvent;
import org.localityworking.core.model.EventKind;
import org.localityworking.core.model.Gift;
import org.localityworking.core.model.GiftKind;
import org.localityworking.core.model.Grant;
import org.localityworking.core.model.GrantDecisionMethod;
import org.localityworking.core.model.GrantScheme;
import org.localityworking.core.model.Locality;
import org.localityworking.core.model.LocalityPartnership;
import org.localityworking.core.model.Member;
import org.localityworking.core.model.MembershipMode;
import org.localityworking.core.model.MembershipSector;
import org.localityworking.core.model.Money;
import org.localityworking.core.model.NamingConsent;
import org.localityworking.core.model.Organisation;
import org.localityworking.core.model.OrganisationKind;
import org.localityworking.core.model.PartyRef;
import org.localityworking.core.model.Person;
import org.localityworking.core.model.RecipientKind;
import org.localityworking.core.model.Role;
import org.localityworking.core.model.RoleAssignment;
import org.localityworking.core.model.Sector;
import org.localityworking.core.model.Story;
import org.localityworking.core.model.Tangibility;
import org.localityworking.core.model.Ward;
import org.localityworking.core.model.WardPart;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.UnitOfWork;

/**
 * The publishing kit's data: two councils that are neither example (Alderbrook and Bexmoor, each named its own
 * way), each with {@value #PRIVATE_PEOPLE} residents who gave no consent to be named. Every such resident carries
 * unique tokens, in their name, their e-mail address, their phone number and their address, and each is written
 * into other records' free text: a public asset's description, a grant to them (title and purpose), a grant to a
 * group (purpose), their own gift, a published story by someone else, and a story about them that no one
 * consented to publish. Each council also has a councillor (a public office) and a resident with a naming consent
 * in force, whom PUBLIC may name, a sensitive asset, and hostile text (markup, quotes, formula starts) in names.
 */
@API(status = MAINTAINED, since = "1.0")
public final class HostileCouncils {
    /** The residents without consent in each council. */
    public static final int PRIVATE_PEOPLE = 25;
    /** The day the kit renders for. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    /** The two councils' ids. */
    public static final List<String> COUNCILS = List.of("alderbrook", "bexmoor");

    private HostileCouncils() {
    }

    /** @return the council's code letter in tokens: A or B */
    private static String code(String council) {
        return council.equals("alderbrook") ? "A" : "B";
    }

    /** {@return the council's own name, a word of which marks its records} */
    public static String councilName(String council) {
        return council.equals("alderbrook") ? "Alderbrook District" : "Bexmoor Borough";
    }

    /**
     * {@return the tokens nothing PUBLIC of any council may show: each private resident's name token, e-mail
     *         address, phone number (as written and as digits), address token, and the council's sensitive asset's
     *         and unconsented stories' tokens}
     *
     * @param council one of {@link #COUNCILS}
     */
    public static List<String> privateTokens(String council) {
        String c = code(council);
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= PRIVATE_PEOPLE; i++) {
            out.add(nameToken(c, i));
            out.add(email(c, i));
            out.add(phone(c, i));
            out.add(phone(c, i).replace(" ", ""));
            out.add(addressToken(c, i));
            out.add("Xq" + c + two(i) + "st");
        }
        out.add("Xq" + c + "sens");
        return out;
    }

    /**
     * {@return the words that mark the council's own records: no output of the other council may show them}
     *
     * @param council one of {@link #COUNCILS}
     */
    public static List<String> councilMarkers(String council) {
        String c = code(council);
        List<String> out = new ArrayList<>(List.of(councilName(council).split(" ")[0], "Mk" + c + "north", "Mk" + c + "south"));
        out.addAll(privateTokens(council));
        out.add("Ofelia Pubq" + c);
        out.add("Nadia Consq" + c);
        return out;
    }

    /** {@return the names PUBLIC may show: the councillor's and the consenting resident's} */
    public static List<String> namedInPublic(String council) {
        String c = code(council);
        return List.of("Ofelia Pubq" + c, "Nadia Consq" + c);
    }

    private static String two(int i) {
        return String.format(Locale.ROOT, "%02d", i);
    }

    private static String nameToken(String c, int i) {
        return "Xq" + c + two(i) + "n";
    }

    private static String name(String c, int i) {
        return "Hestia " + nameToken(c, i);
    }

    private static String email(String c, int i) {
        return "xq" + c.toLowerCase(Locale.ROOT) + two(i) + "m@mail.example";
    }

    private static String phone(String c, int i) {
        return "0770 0" + (c.equals("A") ? "1" : "2") + two(i) + " 555";
    }

    private static String addressToken(String c, int i) {
        return "Xq" + c + two(i) + "a";
    }

    private static String address(String c, int i, String council) {
        return i + " " + addressToken(c, i) + " Road, " + councilName(council);
    }

    /**
     * Saves both councils in the store, in one unit of work.
     *
     * @param store a store holding the standard kinds
     */
    public static void loadInto(LocalityStore store) {
        store.runInTransaction(u -> COUNCILS.forEach(c -> council(u, c)));
    }

    private static void council(UnitOfWork u, String id) {
        String c = code(id);
        var config = (id.equals("alderbrook") ? CouncilConfigurations.trafford() : CouncilConfigurations.herefordshire())
                .council().configuration();
        u.save(StandardKinds.COUNCIL, new Council(id, councilName(id) + " Council", Optional.empty(), config), 0);
        String w1 = id + "-w1";
        String w2 = id + "-w2";
        u.save(StandardKinds.WARD, Ward.builder().id(w1).councilId(id).name("Mk" + c + "north Ward").build(), 0);
        u.save(StandardKinds.WARD, Ward.builder().id(w2).councilId(id).name("Mk" + c + "south Ward").build(), 0);
        String north = id + "-north";
        String south = id + "-south";
        u.save(StandardKinds.LOCALITY, new Locality(north, id, councilName(id).split(" ")[0] + " Mk" + c + "north",
                List.of(WardPart.whole(w1)), true), 0);
        u.save(StandardKinds.LOCALITY, new Locality(south, id, councilName(id).split(" ")[0] + " Mk" + c + "south",
                List.of(WardPart.whole(w2)), true), 0);
        String org = id + "-group";
        u.save(StandardKinds.ORGANISATION, new Organisation(org, "<b>\"Friends\"</b> of " + councilName(id) + " =SUM(A1)",
                Sector.VCSE, OrganisationKind.COMMUNITY_GROUP, Optional.of(north)), 0);
        String cllr = id + "-cllr";
        u.save(StandardKinds.PERSON, new Person(cllr, "Ofelia Pubq" + c, new ContactDetails(Optional.of("cllr" + c + "@council.example"),
                Optional.of("0161 000 000" + (c.equals("A") ? "1" : "2")), Optional.empty()), Optional.of(w1),
                List.of(new RoleAssignment(Role.COUNCILLOR, Optional.of(north), Optional.empty()))), 0);
        String named = id + "-named";
        u.save(StandardKinds.PERSON, new Person(named, "Nadia Consq" + c, ContactDetails.none(), Optional.of(w1),
                List.of(new RoleAssignment(Role.RESIDENT, Optional.of(north), Optional.empty()))), 0);
        u.save(StandardKinds.NAMING_CONSENT, new NamingConsent(id + "-nc", id, named, AS_OF.minusYears(1), Optional.empty()), 0);
        // a partnership whose members are the councillor, the consenting resident and two private residents
        u.save(StandardKinds.PARTNERSHIP, new LocalityPartnership(id + "-lp", north,
                councilName(id) + " Partnership", MembershipMode.OPEN, AS_OF.minusYears(2),
                List.of(new Member(cllr, MembershipSector.COUNCILLOR, Optional.empty()),
                        new Member(named, MembershipSector.COMMUNITY, Optional.empty()),
                        new Member(id + "-p01", MembershipSector.COMMUNITY, Optional.empty()),
                        new Member(id + "-p03", MembershipSector.COMMUNITY, Optional.of(org)))), 0);
        String scheme = id + "-small";
        u.save(StandardKinds.GRANT_SCHEME, GrantScheme.builder().id(scheme).councilId(id).localityId(north)
                .name(councilName(id) + " small grants").capPerGrant(Money.pounds(300))
                .eligible(Set.of(RecipientKind.INDIVIDUAL, RecipientKind.GROUP)).decidedBy(GrantDecisionMethod.PANEL).build(), 0);
        u.save(StandardKinds.ASSET, Asset.builder().id(id + "-refuge").localityId(north).wardId(w1).name("Refuge Xq" + c + "sens")
                .description("Xq" + c + "sens shelter").category(AssetCategory.PHYSICAL).tangibility(Tangibility.TANGIBLE)
                .sensitive(true).build(), 0);
        for (int i = 1; i <= PRIVATE_PEOPLE; i++) {
            String p = id + "-p" + two(i);
            String locality = i % 2 == 0 ? south : north;
            String ward = i % 2 == 0 ? w2 : w1;
            String mention = name(c, i) + " (" + email(c, i) + ", " + phone(c, i) + ", " + address(c, i, id) + ")";
            u.save(StandardKinds.PERSON, new Person(p, name(c, i), new ContactDetails(Optional.of(email(c, i)), Optional.of(phone(c, i)),
                    Optional.of(address(c, i, id))), Optional.of(ward),
                    List.of(new RoleAssignment(Role.RESIDENT, Optional.of(locality), Optional.empty()))), 0);
            u.save(StandardKinds.ASSET, Asset.builder().id(id + "-hall-" + two(i)).localityId(locality).wardId(ward)
                    .name(councilName(id).split(" ")[0] + " hall " + i).description("Ask " + mention + "; "
                            + nameToken(c, i) + " has the key")
                    .category(AssetCategory.ASSOCIATIONS).tangibility(Tangibility.TANGIBLE).owner(PartyRef.organisation(org))
                    .build(), 0);
            u.save(StandardKinds.GRANT, Grant.builder().id(id + "-g-" + two(i)).schemeId(scheme).recipient(PartyRef.person(p))
                    .amount(Money.pounds(100 + i)).awardedOn(AS_OF.minusMonths(2)).wardId(ward)
                    .title("Grant to " + name(c, i)).purpose("Paid to " + mention).build(), 0);
            u.save(StandardKinds.GRANT, Grant.builder().id(id + "-go-" + two(i)).schemeId(scheme).recipient(PartyRef.organisation(org))
                    .amount(Money.pounds(200)).awardedOn(AS_OF.minusMonths(3)).wardId(ward)
                    .title("Benches " + i).purpose("Thanks to " + mention).build(), 0);
            u.save(StandardKinds.GIFT, new Gift(id + "-gift-" + two(i), locality, Optional.of(ward), PartyRef.person(p), GiftKind.HANDS,
                    nameToken(c, i) + " bakes bread; call " + phone(c, i), Set.of("baking"), Optional.of(AS_OF.minusYears(1))), 0);
            u.save(StandardKinds.STORY, Story.builder().id(id + "-s-" + two(i)).localityId(locality).title("A story " + i)
                    .text("Nadia Consq" + c + " met " + mention + " at the hall.").personIds(List.of(named))
                    .collectedOn(AS_OF.minusMonths(1)).consents(List.of(new Consent(named, ConsentUse.PUBLICATION,
                            AS_OF.minusMonths(1), Optional.empty()))).build(), 0);
            u.save(StandardKinds.STORY, Story.builder().id(id + "-su-" + two(i)).localityId(locality).title("Story Xq" + c + two(i) + "st")
                    .text("About " + name(c, i) + ".").personIds(List.of(p)).collectedOn(AS_OF.minusMonths(1)).build(), 0);
            u.save(StandardKinds.EVENT, EngagementEvent.builder().id(id + "-ev-" + two(i)).localityId(locality)
                    .kind(EventKind.COMMUNITY_EVENT).title("Meeting with " + name(c, i)).heldOn(AS_OF.minusDays(i)).build(), 0);
        }
    }
}
