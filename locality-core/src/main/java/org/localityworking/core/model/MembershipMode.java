package org.localityworking.core.model;

/** Whether membership of a locality body is a defined list or open to anyone improving the locality (seed 000). */
public enum MembershipMode {
    DEFINED, OPEN
}
