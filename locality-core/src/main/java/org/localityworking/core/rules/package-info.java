/**
 * The rules councils apply to locality working, as code: enabling-group balance, grant caps and
 * eligibility, a plan's coverage of the three questions, success-measure gap analysis, the yearly
 * minimum of engagement events per locality, ward coverage, lead-officer coverage and the Assets of
 * Community Value deadlines.
 *
 * <p>Checks return {@link org.localityworking.core.rules.RuleViolation}s to report on; the
 * {@code require...} methods throw {@link org.localityworking.core.ValidationException} for use at the
 * point where bad data must be refused.
 */
package org.localityworking.core.rules;
