package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The sector an organisation belongs to. */
@API(status = STABLE, since = "1.0")
public enum Sector {
    /** Public bodies: council, police, NHS, fire, schools, housing, probation. */
    PUBLIC,
    /** Private businesses. */
    PRIVATE,
    /** Voluntary, community, faith and social enterprise organisations. */
    VCSE
}
