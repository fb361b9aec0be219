package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** What a person agreed their story or name may be used for. */
@API(status = STABLE, since = "1.0")
public enum ConsentUse {
    /** Use inside the partnership and its agencies (INTERNAL reports). */
    INTERNAL,
    /** Publication: PUBLIC reports, websites, media (Be Bold showcases). */
    PUBLICATION
}
