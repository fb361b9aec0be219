package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.localityworking.core.ValidationException;
import org.localityworking.core.internal.Checks;

/**
 * An asset's history in the Assets of Community Value scheme (Localism Act 2011). The deadlines that
 * follow from these dates are computed by {@link org.localityworking.core.rules.AcvDeadlines}.
 *
 * @param nominatingOrganisationId the community group that nominated the asset
 * @param nominatedOn              when the nomination was received
 * @param decision                 the council's decision, once made (on or after the nomination)
 * @param ownerNoticeOn            when the owner gave notice of intention to sell (only for a listed asset,
 *                                 on or after the decision)
 * @param bidRequestOn             when a community group asked to be treated as a bidder (only after a notice,
 *                                 on or after it)
 */
@API(status = STABLE, since = "1.0")
public record AcvListing(String nominatingOrganisationId, LocalDate nominatedOn, Optional<AcvDecision> decision,
                         Optional<LocalDate> ownerNoticeOn, Optional<LocalDate> bidRequestOn) {
    public AcvListing {
        Checks.id("AcvListing.nominatingOrganisationId", nominatingOrganisationId);
        Checks.present("AcvListing.nominatedOn", nominatedOn);
        Checks.optional("AcvListing.decision", decision);
        Checks.optional("AcvListing.ownerNoticeOn", ownerNoticeOn);
        Checks.optional("AcvListing.bidRequestOn", bidRequestOn);
        decision.ifPresent(d -> Checks.notBefore("AcvListing.decision.decidedOn", d.decidedOn(),
                "AcvListing.nominatedOn", nominatedOn));
        if (ownerNoticeOn.isPresent()) {
            if (decision.isEmpty() || decision.get().outcome() != AcvOutcome.LISTED) {
                throw new ValidationException("AcvListing.ownerNoticeOn", ownerNoticeOn.get().toString(),
                        "an owner's notice applies only to a listed asset");
            }
            Checks.notBefore("AcvListing.ownerNoticeOn", ownerNoticeOn.get(),
                    "AcvListing.decision.decidedOn", decision.get().decidedOn());
        }
        if (bidRequestOn.isPresent()) {
            if (ownerNoticeOn.isEmpty()) {
                throw new ValidationException("AcvListing.bidRequestOn", bidRequestOn.get().toString(),
                        "a request to bid needs an owner's notice first");
            }
            Checks.notBefore("AcvListing.bidRequestOn", bidRequestOn.get(), "AcvListing.ownerNoticeOn",
                    ownerNoticeOn.get());
        }
    }

    /** A nomination not yet decided. */
    public static AcvListing nominated(String nominatingOrganisationId, LocalDate nominatedOn) {
        return new AcvListing(nominatingOrganisationId, nominatedOn, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** {@return whether the asset was listed} */
    public boolean isListed() {
        return decision.map(d -> d.outcome() == AcvOutcome.LISTED).orElse(false);
    }
}
