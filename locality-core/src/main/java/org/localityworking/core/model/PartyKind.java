package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Whether a party is a person or an organisation. */
@API(status = STABLE, since = "1.0")
public enum PartyKind {
    PERSON, ORGANISATION
}
