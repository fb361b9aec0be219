package org.localityworking.core.model;

/** The sector an organisation belongs to. */
public enum Sector {
    /** Public bodies: council, police, NHS, fire, schools, housing, probation. */
    PUBLIC,
    /** Private businesses. */
    PRIVATE,
    /** Voluntary, community, faith and social enterprise organisations. */
    VCSE
}
