package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Kinds of governance body around locality working (seed 003, section 9). */
@API(status = STABLE, since = "1.0")
public enum GovernanceBodyKind {
    STEERING_GROUP, PARTNERSHIP_BOARD, PARTNERSHIP_EXECUTIVE, SCRUTINY_COMMITTEE, AUDIT_COMMITTEE,
    HEALTH_AND_WELLBEING_BOARD, CABINET, OTHER
}
