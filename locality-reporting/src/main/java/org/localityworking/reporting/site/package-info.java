/** A site of reports a committee can read: {@link org.localityworking.reporting.site.ReportSite}. */
package org.localityworking.reporting.site;
