/**
 * The Locality Working domain as immutable records and value types.
 *
 * <p>Every record validates its components in its constructor and throws
 * {@link org.localityworking.core.ValidationException} naming the field, the value and the rule.
 * No component is ever {@code null}: optional values are {@link java.util.Optional}; collections are
 * immutable copies. Identifiers are 1 to 128 letters, digits or {@code . _ : -}.
 *
 * <p>The concepts follow the council reports docs/DOMAIN.md lists under Sources (Trafford Council's and
 * Herefordshire Council's, 2012 to 2016): Trafford's
 * Locality Partnerships and Enabling Groups, Herefordshire's locality networks and Lead Locality Officers,
 * Asset-Based Community Development, the three questions, grants and voting events, Be Bold stories,
 * success measures, strategy and governance.
 */
package org.localityworking.core.model;
