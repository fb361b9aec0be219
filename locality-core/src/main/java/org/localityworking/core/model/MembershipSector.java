package org.localityworking.core.model;

/** The three sides whose balance Locality Partnerships and Enabling Groups keep (seed 000). */
public enum MembershipSector {
    /** Residents, Community Ambassadors, VCSE. */
    COMMUNITY,
    /** Public bodies: council, police, NHS/CCG, fire, schools, housing, probation. */
    AGENCY,
    /** Ward members. */
    COUNCILLOR
}
