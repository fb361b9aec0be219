/** JMH benchmarks, each beside a baseline. Not yet built: the benchmarks issue delivers them. */
package org.localityworking.benchmarks;
