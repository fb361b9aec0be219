package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Whether membership of a locality body is a defined list or open to anyone improving the locality (seed 000). */
@API(status = STABLE, since = "1.0")
public enum MembershipMode {
    DEFINED, OPEN
}
