package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Where a locality project stands. */
@API(status = STABLE, since = "1.0")
public enum ProjectStatus {
    PROPOSED, ACTIVE, ON_HOLD, COMPLETED, CLOSED
}
