package org.localityworking.core.model;

import java.time.LocalDate;
import java.util.Optional;
import org.localityworking.core.internal.Checks;

/**
 * A grant awarded under a scheme. A grant to an individual is personal data: PUBLIC outputs show the
 * recipient as "Individual Recipient" at ward level only.
 *
 * @param id                 identifier
 * @param schemeId           the scheme
 * @param recipient          the person or group funded
 * @param amount             the amount awarded
 * @param awardedOn          the award date
 * @param wardId             the ward the grant benefits, if known
 * @param title              a short title
 * @param purpose            what it pays for
 * @param firstTimeRecipient whether the recipient had never been funded before (seed 003: 28 of 45)
 * @param votingEventId      the voting event that decided it, if any
 */
public record Grant(String id, String schemeId, PartyRef recipient, Money amount, LocalDate awardedOn,
                    Optional<String> wardId, String title, String purpose, boolean firstTimeRecipient,
                    Optional<String> votingEventId) {
    public Grant {
        Checks.id("Grant.id", id);
        Checks.id("Grant.schemeId", schemeId);
        Checks.present("Grant.recipient", recipient);
        Checks.present("Grant.amount", amount);
        Checks.present("Grant.awardedOn", awardedOn);
        Checks.optionalId("Grant.wardId", wardId);
        Checks.name("Grant.title", title);
        Checks.text("Grant.purpose", purpose);
        Checks.optionalId("Grant.votingEventId", votingEventId);
    }

    /** @return whether the recipient is an individual or a group */
    public RecipientKind recipientKind() {
        return RecipientKind.of(recipient);
    }
}
