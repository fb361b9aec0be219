package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Who a grant scheme may pay: individual residents and/or groups. */
@API(status = STABLE, since = "1.0")
public enum RecipientKind {
    /** An individual resident (M16 Environmental Action paid individuals, seed 000). */
    INDIVIDUAL,
    /** A group or organisation. */
    GROUP;

    /** The recipient kind of a party: a person is an individual, an organisation a group. */
    public static RecipientKind of(PartyRef party) {
        return party.kind() == PartyKind.PERSON ? INDIVIDUAL : GROUP;
    }
}
