package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The four responsibilities of an Enabling Group (seed 000). */
@API(status = STABLE, since = "1.0")
public enum EnablingResponsibility {
    /** Leading engagement, through Locality Partnership events and other engagement activity. */
    LEADING_ENGAGEMENT,
    /** Monitoring the projects: supporting and challenging delivery. */
    MONITORING_PROJECTS,
    /** Communicating success, by increasing media and social media presence. */
    COMMUNICATING_SUCCESS,
    /** Connecting localities to the wider partnership, public bodies, residents and communities. */
    CONNECTING_LOCALITIES
}
