package org.localityworking.core.model;

/** What kind of body an organisation is; used to group agencies (for example community builders by agency). */
public enum OrganisationKind {
    COUNCIL, PARISH_OR_TOWN_COUNCIL, POLICE, HEALTH, FIRE, HOUSING, SCHOOL, PROBATION,
    BUSINESS, CHARITY, COMMUNITY_GROUP, FAITH_GROUP, SOCIAL_ENTERPRISE, OTHER
}
