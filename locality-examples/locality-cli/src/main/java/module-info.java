/** The command-line app: demo, import, report and export, with any storage location. */
module org.localityworking.examples.cli {
    requires java.sql; // to check, before removing a new SQLite file a failed command made, that nobody uses it
    requires org.localityworking.core;
    requires org.localityworking.storage;
    requires org.localityworking.interop;
    requires org.localityworking.examples.data;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.dataformat.csv;

    opens org.localityworking.examples.cli to info.picocli;
}
