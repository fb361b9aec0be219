package org.localityworking.core.model;

/** The four responsibilities of an Enabling Group (seed 000). */
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
