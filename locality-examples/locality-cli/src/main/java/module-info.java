/** Example apps built on the library: the demo. */
module org.localityworking.examples {
    requires org.localityworking.core;
    requires org.localityworking.storage;
    requires org.localityworking.reporting;
}
