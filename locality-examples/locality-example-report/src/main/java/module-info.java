/** An example report plug-in: engagement events per locality per year against the council's minimum (seed 004). */
module org.localityworking.examples.report {
    requires org.localityworking.reporting;

    provides org.localityworking.reporting.spi.ReportDefinition
            with org.localityworking.examples.report.EventsByYearReport;
}
