package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * A virtual team of community builders in one locality (seed 000): front-line staff of any agency,
 * Ward Councillors and partnership members.
 *
 * @param id              identifier
 * @param localityId      the locality
 * @param name            name
 * @param memberPersonIds the community builders, each once
 */
@API(status = STABLE, since = "1.0")
public record CommunityBuilderTeam(String id, String localityId, String name, List<String> memberPersonIds) {
    public CommunityBuilderTeam {
        Checks.id("CommunityBuilderTeam.id", id);
        Checks.id("CommunityBuilderTeam.localityId", localityId);
        Checks.name("CommunityBuilderTeam.name", name);
        memberPersonIds = Checks.ids("CommunityBuilderTeam.memberPersonIds", memberPersonIds);
    }
}
