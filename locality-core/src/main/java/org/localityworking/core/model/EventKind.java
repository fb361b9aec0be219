package org.localityworking.core.model;

/** Kinds of engagement event (seeds 000, 001, 003, 004). */
public enum EventKind {
    STAKEHOLDER_WORKSHOP, ASSOCIATION_OF_ASSOCIATIONS, WARD_BRIEFING, WARD_ASSEMBLY, VOTING_EVENT,
    PARTNERSHIP_MEETING, NETWORK_MEETING, COMMUNITY_EVENT, OTHER
}
