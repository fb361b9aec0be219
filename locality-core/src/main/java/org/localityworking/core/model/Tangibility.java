package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Whether an asset can be touched (a park) or not (community spirit, a skill). */
@API(status = STABLE, since = "1.0")
public enum Tangibility {
    TANGIBLE, INTANGIBLE
}
