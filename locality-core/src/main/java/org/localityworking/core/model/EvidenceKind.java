package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The kinds of evidence a locality plan rests on (seed 001). */
@API(status = STABLE, since = "1.0")
public enum EvidenceKind {
    QUANTITATIVE_ANALYSIS, STRATEGIC_DIRECTION, ASSET_MAPPING, COMMUNITY_INTELLIGENCE
}
