package org.localityworking.core.model;

/** The council's decision on a nomination as an Asset of Community Value. */
public enum AcvOutcome {
    /** Listed in the register of assets of community value. */
    LISTED,
    /** Entered in the list of unsuccessful nominations. */
    UNSUCCESSFUL
}
