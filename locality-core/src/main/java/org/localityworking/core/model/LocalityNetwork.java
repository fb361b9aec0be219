package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * A locality network (Herefordshire, seed 004): less formal than a partnership, built on existing
 * community structures with ward, town and parish councils, the third sector and delivery partners.
 *
 * @param id                    identifier
 * @param localityId            the locality
 * @param name                  name
 * @param memberOrganisationIds organisations taking part, each once
 * @param members               people taking part, each once
 */
@API(status = STABLE, since = "1.0")
public record LocalityNetwork(String id, String localityId, String name, List<String> memberOrganisationIds,
                              List<Member> members) {
    public LocalityNetwork {
        Checks.id("LocalityNetwork.id", id);
        Checks.id("LocalityNetwork.localityId", localityId);
        Checks.name("LocalityNetwork.name", name);
        memberOrganisationIds = Checks.ids("LocalityNetwork.memberOrganisationIds", memberOrganisationIds);
        members = Checks.list("LocalityNetwork.members", members);
        Checks.unique("LocalityNetwork.members", members, Member::personId);
    }
}
