/**
 * Reporting: the format-neutral report model ({@code org.localityworking.reporting}), the report and
 * output-format SPIs ({@code ..spi}), their registries ({@code ..registry}), and the built-in reports and
 * formats (found through {@code ServiceLoader}, not exported).
 */
module org.localityworking.reporting {
    requires static transitive org.apiguardian.api;
    requires transitive org.localityworking.storage;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;
    requires com.google.common;

    exports org.localityworking.reporting;
    exports org.localityworking.reporting.spi;
    exports org.localityworking.reporting.run;
    exports org.localityworking.reporting.registry;
    exports org.localityworking.reporting.site;
    exports org.localityworking.reporting.network;
    // the built-in exporters in locality-interop apply the reports' own scope and PUBLIC rules
    exports org.localityworking.reporting.builtin to org.localityworking.interop;

    uses org.localityworking.reporting.spi.ReportDefinition;
    uses org.localityworking.reporting.spi.OutputFormat;

    provides org.localityworking.reporting.spi.ReportDefinition with
            org.localityworking.reporting.builtin.LocalityProfileReport,
            org.localityworking.reporting.builtin.AssetMapReport,
            org.localityworking.reporting.builtin.CompositionReport,
            org.localityworking.reporting.builtin.CommunityBuildersReport,
            org.localityworking.reporting.builtin.PlanCoverageReport,
            org.localityworking.reporting.builtin.ProjectsReport,
            org.localityworking.reporting.builtin.GrantsReport,
            org.localityworking.reporting.builtin.StoriesReport,
            org.localityworking.reporting.builtin.GapAnalysisReport,
            org.localityworking.reporting.builtin.GovernanceReport,
            org.localityworking.reporting.builtin.AcvDeadlinesReport,
            org.localityworking.reporting.builtin.ConnectionsReport;
    provides org.localityworking.reporting.spi.OutputFormat with
            org.localityworking.reporting.format.MarkdownFormat,
            org.localityworking.reporting.format.HtmlFormat,
            org.localityworking.reporting.format.CsvFormat,
            org.localityworking.reporting.format.JsonFormat;
}
