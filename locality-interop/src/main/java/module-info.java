/**
 * Interchange: data in and out of a store. The exporter SPI ({@code DataExporter}: 360Giving, Open Referral UK,
 * GeoJSON, CSV, snapshot) and the importer SPI ({@code DataImporter}: CSV, snapshot, 360Giving, Open Referral UK),
 * their registries, and the built-in plug-ins (found through {@code ServiceLoader}, not exported).
 */
module org.localityworking.interop {
    requires static transitive org.apiguardian.api;
    requires transitive org.localityworking.reporting;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;

    exports org.localityworking.interop;
    exports org.localityworking.interop.spi;
    exports org.localityworking.interop.run;
    exports org.localityworking.interop.registry;

    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;

    uses org.localityworking.interop.spi.DataExporter;
    uses org.localityworking.interop.spi.DataImporter;

    provides org.localityworking.interop.spi.DataExporter with
            org.localityworking.interop.builtin.GivingExport,
            org.localityworking.interop.builtin.OpenReferralExport,
            org.localityworking.interop.builtin.GeoJsonExport,
            org.localityworking.interop.builtin.CsvExport,
            org.localityworking.interop.builtin.SnapshotExporter,
            org.localityworking.interop.builtin.HexJsonExport;
    provides org.localityworking.interop.spi.DataImporter with
            org.localityworking.interop.builtin.AssetsCsvImporter,
            org.localityworking.interop.builtin.PeopleCsvImporter,
            org.localityworking.interop.builtin.OrganisationsCsvImporter,
            org.localityworking.interop.builtin.SnapshotImporter,
            org.localityworking.interop.builtin.GivingImporter,
            org.localityworking.interop.builtin.OpenReferralImporter;
}
