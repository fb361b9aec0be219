package org.localityworking.core.model;

/** Where a delivery-plan milestone stands. */
public enum MilestoneStatus {
    NOT_STARTED, ON_TRACK, AT_RISK, ACHIEVED, MISSED
}
