package org.localityworking.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.localityworking.core.ValidationException;
import org.localityworking.core.internal.Checks;

/**
 * A public voting event (participatory budgeting): residents vote on bids (seed 003: summer 2015, over
 * 1,450 people voted at four events).
 *
 * @param id         identifier
 * @param councilId  the council
 * @param localityId the locality it was held in, if one
 * @param name       name
 * @param heldOn     the date
 * @param voters     how many people voted
 * @param tallies    the votes per bid, each bid once
 */
public record VotingEvent(String id, String councilId, Optional<String> localityId, String name, LocalDate heldOn,
                          int voters, List<Tally> tallies) {
    public VotingEvent {
        Checks.id("VotingEvent.id", id);
        Checks.id("VotingEvent.councilId", councilId);
        Checks.optionalId("VotingEvent.localityId", localityId);
        Checks.name("VotingEvent.name", name);
        Checks.present("VotingEvent.heldOn", heldOn);
        Checks.atLeast("VotingEvent.voters", voters, 0);
        tallies = Checks.list("VotingEvent.tallies", tallies);
        Checks.unique("VotingEvent.tallies", tallies, Tally::bidId);
        if (!tallies.isEmpty() && voters == 0) {
            throw new ValidationException("VotingEvent.voters", "0", "an event with tallied votes has voters");
        }
    }

    /**
     * The votes cast for one bid.
     *
     * @param bidId     identifier of the bid within the event
     * @param bidder    who bid
     * @param bidTitle  what the bid was for
     * @param votes     votes cast for it
     * @param funded    whether it was funded
     */
    public record Tally(String bidId, PartyRef bidder, String bidTitle, int votes, boolean funded) {
        public Tally {
            Checks.id("Tally.bidId", bidId);
            Checks.present("Tally.bidder", bidder);
            Checks.name("Tally.bidTitle", bidTitle);
            Checks.atLeast("Tally.votes", votes, 0);
        }
    }
}
