package org.localityworking.core.rules;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.localityworking.core.ValidationException;
import org.localityworking.core.model.Grant;
import org.localityworking.core.model.GrantScheme;
import org.localityworking.core.model.RecipientKind;

/**
 * A grant keeps its scheme's rules: it belongs to the scheme, is in the cap's currency, is at most the
 * cap per grant (M16: up to GBP 300, seed 000) and goes to a kind of recipient the scheme allows
 * (individuals, groups or both).
 */
@API(status = STABLE, since = "1.0")
public final class GrantRules {
    private GrantRules() {
    }

    /** The rule's name in violations. */
    public static final String RULE = "grant-eligibility";

    /** {@return the violations, empty when the grant keeps the scheme's rules} */
    public static List<RuleViolation> check(GrantScheme scheme, Grant grant) {
        List<RuleViolation> violations = new ArrayList<>();
        if (!grant.schemeId().equals(scheme.id())) {
            violations.add(new RuleViolation(RULE, grant.id(),
                    "belongs to scheme " + grant.schemeId() + ", not " + scheme.id()));
        }
        if (!grant.amount().currency().equals(scheme.capPerGrant().currency())) {
            violations.add(new RuleViolation(RULE, grant.id(), "is in " + grant.amount().currency()
                    + " but the scheme pays " + scheme.capPerGrant().currency()));
        } else if (grant.amount().compareTo(scheme.capPerGrant()) > 0) {
            violations.add(new RuleViolation(RULE, grant.id(), "amount " + grant.amount()
                    + " is over the scheme's cap of " + scheme.capPerGrant()));
        }
        RecipientKind kind = grant.recipientKind();
        if (!scheme.eligible().contains(kind)) {
            violations.add(new RuleViolation(RULE, grant.id(), "recipient is " + kind
                    + " but the scheme pays only " + scheme.eligible()));
        }
        return List.copyOf(violations);
    }

    /**
     * Refuses a grant that breaks its scheme's rules.
     *
     * @throws ValidationException naming {@code Grant.amount}, {@code Grant.recipient} or {@code Grant.schemeId}
     */
    public static void requireEligible(GrantScheme scheme, Grant grant) {
        if (!grant.schemeId().equals(scheme.id())) {
            throw new ValidationException("Grant.schemeId", grant.schemeId(), "must be the scheme " + scheme.id());
        }
        if (!grant.amount().currency().equals(scheme.capPerGrant().currency())
                || grant.amount().compareTo(scheme.capPerGrant()) > 0) {
            throw new ValidationException("Grant.amount", grant.amount().toString(),
                    "must be at most the scheme's cap of " + scheme.capPerGrant());
        }
        if (!scheme.eligible().contains(grant.recipientKind())) {
            throw new ValidationException("Grant.recipient", grant.recipientKind().toString(),
                    "scheme " + scheme.id() + " pays only " + scheme.eligible());
        }
    }
}
