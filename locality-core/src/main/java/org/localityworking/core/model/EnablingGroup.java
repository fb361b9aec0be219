package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * An Enabling Group (Trafford, seed 000): a small core that drives locality working. Its size and its
 * split between Community, Agency and Councillor come from the council's
 * {@link EnablingGroupRule}; {@link org.localityworking.core.rules.EnablingGroupBalance} checks it.
 *
 * @param id                    identifier
 * @param localityId            the locality
 * @param coreMembers           the core members, each once
 * @param responsibilities      what the group is responsible for
 * @param invitedProjectLeadIds project leads invited to its meetings (not core members)
 */
@API(status = STABLE, since = "1.0")
public record EnablingGroup(String id, String localityId, List<Member> coreMembers,
                            Set<EnablingResponsibility> responsibilities, List<String> invitedProjectLeadIds) {
    public EnablingGroup {
        Checks.id("EnablingGroup.id", id);
        Checks.id("EnablingGroup.localityId", localityId);
        coreMembers = Checks.list("EnablingGroup.coreMembers", coreMembers);
        Checks.unique("EnablingGroup.coreMembers", coreMembers, Member::personId);
        responsibilities = Checks.enumSet("EnablingGroup.responsibilities", responsibilities,
                EnablingResponsibility.class);
        invitedProjectLeadIds = Checks.ids("EnablingGroup.invitedProjectLeadIds", invitedProjectLeadIds);
    }
}
