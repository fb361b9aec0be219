/** Where reports are built: {@link org.localityworking.reporting.run.Reports} makes the audience's view and hands a report only that. */
package org.localityworking.reporting.run;
