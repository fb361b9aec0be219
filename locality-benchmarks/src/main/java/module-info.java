/*
 * JMH benchmarks, each beside a baseline from the same run. Run them from the shaded
 * {@code target/benchmarks.jar}; {@code run-benchmarks.sh} runs the short suite and prints the ratios.
 */
open module org.localityworking.benchmarks {
    requires org.localityworking.storage;
    requires org.localityworking.reporting;
    requires org.localityworking.interop;
    requires com.fasterxml.jackson.dataformat.csv;
    requires jmh.core;
    requires java.sql;
    requires java.management;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;
}
