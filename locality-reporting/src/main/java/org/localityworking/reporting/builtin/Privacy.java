package org.localityworking.reporting.builtin;

import org.localityworking.core.model.Grant;
import org.localityworking.core.model.RecipientKind;

/**
 * How the built-in reports word a grant's recipient for the audience. The audience's rules themselves are the
 * library's view's ({@link org.localityworking.reporting.spi.LocalityView}), not this class's.
 */
public final class Privacy {
    private Privacy() {
    }

    /** PUBLIC shows a grant to an individual as "Individual Recipient". */
    static String recipient(Scope s, Grant grant) {
        if (grant.recipientKind() == RecipientKind.INDIVIDUAL) {
            return s.isPublic() ? Scope.INDIVIDUAL_RECIPIENT : s.personName(grant.recipient().id());
        }
        return s.organisationName(grant.recipient().id());
    }
}
