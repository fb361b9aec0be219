package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How a council organises the people of a locality. */
@API(status = STABLE, since = "1.0")
public enum LocalityBodyForm {
    /** A Locality Partnership with members by Community, Agency and Councillor (Trafford). */
    PARTNERSHIP,
    /** A less formal locality network (Herefordshire: "one size does not fit all"). */
    NETWORK
}
