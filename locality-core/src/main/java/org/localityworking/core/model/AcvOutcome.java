package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The council's decision on a nomination as an Asset of Community Value. */
@API(status = STABLE, since = "1.0")
public enum AcvOutcome {
    /** Listed in the register of assets of community value. */
    LISTED,
    /** Entered in the list of unsuccessful nominations. */
    UNSUCCESSFUL
}
