package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * A reference to a person or an organisation: an asset's owner, a project partner, a grant recipient.
 *
 * @param kind person or organisation
 * @param id   the identifier of the person or organisation
 */
@API(status = STABLE, since = "1.0")
public record PartyRef(PartyKind kind, String id) {
    public PartyRef {
        Checks.present("PartyRef.kind", kind);
        Checks.id("PartyRef.id", id);
    }

    /** A reference to a person. */
    public static PartyRef person(String id) {
        return new PartyRef(PartyKind.PERSON, id);
    }

    /** A reference to an organisation. */
    public static PartyRef organisation(String id) {
        return new PartyRef(PartyKind.ORGANISATION, id);
    }
}
