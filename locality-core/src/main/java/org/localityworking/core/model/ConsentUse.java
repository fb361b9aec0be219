package org.localityworking.core.model;

/** What a person agreed their story or name may be used for. */
public enum ConsentUse {
    /** Use inside the partnership and its agencies (INTERNAL reports). */
    INTERNAL,
    /** Publication: PUBLIC reports, websites, media (Be Bold showcases). */
    PUBLICATION
}
