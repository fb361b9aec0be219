package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The roles people take in Locality Working. */
@API(status = STABLE, since = "1.0")
public enum Role {
    /** An elected ward member. */
    COUNCILLOR,
    /** A resident who sits on a Locality Partnership (Trafford). */
    COMMUNITY_AMBASSADOR,
    /** A local volunteer who builds relations and hosts conversations (seed 001). */
    COMMUNITY_CONNECTOR,
    /** Front-line staff, councillors or partnership members trained to enable and connect residents. */
    COMMUNITY_BUILDER,
    /** A senior officer responsible for a locality (Herefordshire, seed 004). */
    LEAD_LOCALITY_OFFICER,
    /** An agency's single point of contact for Locality Working. */
    SINGLE_POINT_OF_CONTACT,
    /** The lead of a locality project. */
    PROJECT_LEAD,
    /** The Executive Member who leads the steering group. */
    EXECUTIVE_MEMBER,
    /** A directorate's senior lead for Locality Working. */
    SENIOR_LEAD,
    /** A resident taking part (volunteer, storyteller, grant recipient). */
    RESIDENT
}
