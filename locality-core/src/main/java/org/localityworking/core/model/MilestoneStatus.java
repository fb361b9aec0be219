package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Where a delivery-plan milestone stands. */
@API(status = STABLE, since = "1.0")
public enum MilestoneStatus {
    NOT_STARTED, ON_TRACK, AT_RISK, ACHIEVED, MISSED
}
