package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The three sides whose balance Locality Partnerships and Enabling Groups keep (seed 000). */
@API(status = STABLE, since = "1.0")
public enum MembershipSector {
    /** Residents, Community Ambassadors, VCSE. */
    COMMUNITY,
    /** Public bodies: council, police, NHS/CCG, fire, schools, housing, probation. */
    AGENCY,
    /** Ward members. */
    COUNCILLOR
}
