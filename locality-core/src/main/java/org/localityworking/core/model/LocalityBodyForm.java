package org.localityworking.core.model;

/** How a council organises the people of a locality. */
public enum LocalityBodyForm {
    /** A Locality Partnership with members by Community, Agency and Councillor (Trafford). */
    PARTNERSHIP,
    /** A less formal locality network (Herefordshire: "one size does not fit all"). */
    NETWORK
}
