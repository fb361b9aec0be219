package org.localityworking.core.model;

/** Whether an asset can be touched (a park) or not (community spirit, a skill). */
public enum Tangibility {
    TANGIBLE, INTANGIBLE
}
