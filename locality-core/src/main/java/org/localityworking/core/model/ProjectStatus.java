package org.localityworking.core.model;

/** Where a locality project stands. */
public enum ProjectStatus {
    PROPOSED, ACTIVE, ON_HOLD, COMPLETED, CLOSED
}
