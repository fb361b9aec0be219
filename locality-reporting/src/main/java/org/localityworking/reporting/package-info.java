/**
 * The format-neutral report model: a {@link org.localityworking.reporting.Report} of
 * {@link org.localityworking.reporting.Section}s holding {@link org.localityworking.reporting.Block}s (key
 * figures, tables, bar charts, notes, paragraphs), and the {@link org.localityworking.reporting.ReportRequest}
 * that asks for one, for an {@link org.localityworking.reporting.Audience}.
 *
 * <p>Every value in the model is plain text; output formats escape it for their syntax.
 */
package org.localityworking.reporting;
