package org.localityworking.reporting.builtin;

import org.localityworking.core.model.Asset;
import org.localityworking.core.model.ConsentUse;
import org.localityworking.core.model.Grant;
import org.localityworking.core.model.PartyKind;
import org.localityworking.core.model.RecipientKind;
import org.localityworking.core.model.Story;

/** The PUBLIC audience's rules, in one place (public for the exporters of {@code locality-interop} alone). */
public final class Privacy {
    private Privacy() {
    }

    /** PUBLIC shows a story only when every person it names has an active consent for publication. */
    static boolean showStory(Scope s, Story story) {
        return !s.isPublic() || story.isConsentedFor(ConsentUse.PUBLICATION, s.request.asOf());
    }

    /** PUBLIC leaves out assets flagged sensitive and assets owned by a person (an individual's gifts). */
    public static boolean showAsset(Scope s, Asset asset) {
        return !s.isPublic() || !asset.sensitive() && asset.owner().map(o -> o.kind() != PartyKind.PERSON).orElse(true);
    }

    /** PUBLIC shows a grant to an individual as "Individual Recipient". */
    static String recipient(Scope s, Grant grant) {
        if (grant.recipientKind() == RecipientKind.INDIVIDUAL) {
            return s.isPublic() ? Scope.INDIVIDUAL_RECIPIENT : s.personName(grant.recipient().id());
        }
        return s.organisationName(grant.recipient().id());
    }
}
