package org.localityworking.core.model;

/** Whether a party is a person or an organisation. */
public enum PartyKind {
    PERSON, ORGANISATION
}
