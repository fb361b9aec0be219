/** JMH benchmarks (not yet built; see the README). */
module org.localityworking.benchmarks {
    requires org.localityworking.core;
}
