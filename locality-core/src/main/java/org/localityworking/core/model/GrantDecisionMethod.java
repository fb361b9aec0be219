package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How a grant scheme decides its awards. */
@API(status = STABLE, since = "1.0")
public enum GrantDecisionMethod {
    /** Officers or a panel decide. */
    PANEL,
    /** A Locality Partnership decides. */
    PARTNERSHIP,
    /** Residents vote at public voting events (participatory budgeting). */
    PUBLIC_VOTE
}
