package org.localityworking.core.rules;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * One breach of a rule, for reports and for refusing data.
 *
 * @param rule    the rule's name, for example {@code enabling-group-balance}
 * @param subject what breaks it (an identifier)
 * @param detail  what is wrong, in words
 */
@API(status = STABLE, since = "1.0")
public record RuleViolation(String rule, String subject, String detail) {
    public RuleViolation {
        Checks.name("RuleViolation.rule", rule);
        Checks.name("RuleViolation.subject", subject);
        Checks.text("RuleViolation.detail", detail);
    }

    @Override
    public String toString() {
        return rule + " [" + subject + "]: " + detail;
    }
}
