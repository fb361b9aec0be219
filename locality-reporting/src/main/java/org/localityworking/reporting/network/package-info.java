/**
 * The association network: organisations, partnerships, networks, Enabling Groups and projects, linked by the
 * people they share and the partnerships they form ({@link org.localityworking.reporting.network.AssociationNetwork}),
 * and what a community builder asks of it: who works alone, which groups hang together, which links hold the
 * network together, and who holds them.
 */
package org.localityworking.reporting.network;
