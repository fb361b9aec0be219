package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Kinds of engagement event (seeds 000, 001, 003, 004). */
@API(status = STABLE, since = "1.0")
public enum EventKind {
    STAKEHOLDER_WORKSHOP, ASSOCIATION_OF_ASSOCIATIONS, WARD_BRIEFING, WARD_ASSEMBLY, VOTING_EVENT,
    PARTNERSHIP_MEETING, NETWORK_MEETING, COMMUNITY_EVENT, OTHER
}
