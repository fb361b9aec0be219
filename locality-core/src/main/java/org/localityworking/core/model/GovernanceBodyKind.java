package org.localityworking.core.model;

/** Kinds of governance body around locality working (seed 003, section 9). */
public enum GovernanceBodyKind {
    STEERING_GROUP, PARTNERSHIP_BOARD, PARTNERSHIP_EXECUTIVE, SCRUTINY_COMMITTEE, AUDIT_COMMITTEE,
    HEALTH_AND_WELLBEING_BOARD, CABINET, OTHER
}
