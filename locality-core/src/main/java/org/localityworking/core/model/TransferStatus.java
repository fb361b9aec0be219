package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Where an asset stands in Community Asset Transfer (council land or buildings passed to a community group). */
@API(status = STABLE, since = "1.0")
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
