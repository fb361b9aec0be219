package org.localityworking.core.model;

import java.time.LocalDate;
import java.util.List;
import org.localityworking.core.internal.Checks;

/**
 * A Locality Partnership (Trafford): councillors, agency partners and Community Ambassadors who
 * govern, engage on and communicate the locality plan, holding it "in trust" for the community.
 *
 * @param id            identifier
 * @param localityId    the locality
 * @param name          name
 * @param membership    defined or open membership
 * @param established   when it was established
 * @param members       its members, each once
 */
public record LocalityPartnership(String id, String localityId, String name, MembershipMode membership,
                                  LocalDate established, List<Member> members) {
    public LocalityPartnership {
        Checks.id("LocalityPartnership.id", id);
        Checks.id("LocalityPartnership.localityId", localityId);
        Checks.name("LocalityPartnership.name", name);
        Checks.present("LocalityPartnership.membership", membership);
        Checks.present("LocalityPartnership.established", established);
        members = Checks.list("LocalityPartnership.members", members);
        Checks.unique("LocalityPartnership.members", members, Member::personId);
    }
}
