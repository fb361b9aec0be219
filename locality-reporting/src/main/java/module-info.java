/** Reporting: report definitions and output formats (not yet built; see the README). */
module org.localityworking.reporting {
    requires org.localityworking.core;
}
