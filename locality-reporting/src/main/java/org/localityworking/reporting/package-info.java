/** Reporting: report definitions and output formats. Not yet built: the reporting issue delivers it. */
package org.localityworking.reporting;
