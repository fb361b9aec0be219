package org.localityworking.storage;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The indexed dimensions a {@link Query} can select on. Each {@link Kind} says which it supports. */
@API(status = STABLE, since = "1.0")
public enum Dimension {
    /** The council the record belongs to. */
    COUNCIL,
    /** The locality (or localities) it belongs to. */
    LOCALITY,
    /** The ward (or wards) it is in. */
    WARD,
    /** Its category: asset category, organisation sector, event kind, governance body kind, person's roles. */
    CATEGORY,
    /** Its status: asset transfer status, project status. */
    STATUS,
    /** Its date: award date, event date, collection date, assessment date, completion date, establishment date. */
    DATE,
    /** The aggregate it hangs off: a grant's scheme, an assessment's measure, a training record's programme. */
    PARENT,
    /** The people it refers to. */
    PERSON
}
