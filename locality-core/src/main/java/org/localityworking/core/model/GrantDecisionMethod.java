package org.localityworking.core.model;

/** How a grant scheme decides its awards. */
public enum GrantDecisionMethod {
    /** Officers or a panel decide. */
    PANEL,
    /** A Locality Partnership decides. */
    PARTNERSHIP,
    /** Residents vote at public voting events (participatory budgeting). */
    PUBLIC_VOTE
}
