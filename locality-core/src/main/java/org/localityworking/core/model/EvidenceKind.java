package org.localityworking.core.model;

/** The kinds of evidence a locality plan rests on (seed 001). */
public enum EvidenceKind {
    QUANTITATIVE_ANALYSIS, STRATEGIC_DIRECTION, ASSET_MAPPING, COMMUNITY_INTELLIGENCE
}
