package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** What kind of body an organisation is; used to group agencies (for example community builders by agency). */
@API(status = STABLE, since = "1.0")
public enum OrganisationKind {
    COUNCIL, PARISH_OR_TOWN_COUNCIL, POLICE, HEALTH, FIRE, HOUSING, SCHOOL, PROBATION,
    BUSINESS, CHARITY, COMMUNITY_GROUP, FAITH_GROUP, SOCIAL_ENTERPRISE, OTHER
}
