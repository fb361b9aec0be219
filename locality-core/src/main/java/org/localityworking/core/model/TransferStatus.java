package org.localityworking.core.model;

/** Where an asset stands in Community Asset Transfer (council land or buildings passed to a community group). */
public enum TransferStatus {
    /** Not a candidate for transfer. */
    NOT_APPLICABLE,
    /** Proposed for transfer. */
    PROPOSED,
    /** Terms are being negotiated. */
    IN_NEGOTIATION,
    /** Transferred to a community group. */
    TRANSFERRED,
    /** A transfer was considered and did not go ahead. */
    DECLINED
}
