/**
 * The Locality Working domain: councils and their configuration, localities and wards, people and
 * organisations, partnerships and networks, ABCD assets, plans, projects, grants, stories, events,
 * success measures, strategy and governance; the rules that councils apply to them; and the shipped
 * council configurations (Trafford, Herefordshire).
 *
 * <p>This module depends on the JDK and slf4j-api only. Its {@code plugin} package is the plug-in discovery
 * that every SPI of the library shares.
 */
module org.localityworking.core {
    requires static transitive org.apiguardian.api;
    requires org.slf4j;

    exports org.localityworking.core;
    exports org.localityworking.core.model;
    exports org.localityworking.core.rules;
    exports org.localityworking.core.config;
    exports org.localityworking.core.plugin;

    // The validation helpers are shared with the library's own modules only, never with embedding code.
    exports org.localityworking.core.internal to org.localityworking.reporting, org.localityworking.interop;
}
