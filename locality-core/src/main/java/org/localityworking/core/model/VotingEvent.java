package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
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
@API(status = STABLE, since = "1.0")
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

    /** {@return a VotingEvent builder with nothing set: optional values empty, collections empty} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this record's values, to change some of them and build a new record} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.councilId = councilId;
        b.localityId = localityId;
        b.name = name;
        b.heldOn = heldOn;
        b.voters = voters;
        b.tallies = tallies;
        return b;
    }

    /**
     * {@return a copy of this VotingEvent with the new value, checked as a new one is}
     *
     * @param voters how many people voted
     */
    public VotingEvent withVoters(int voters) {
        return toBuilder().voters(voters).build();
    }

    /**
     * {@return a copy of this VotingEvent with the new value, checked as a new one is}
     *
     * @param tallies the votes per bid, each bid once
     */
    public VotingEvent withTallies(List<Tally> tallies) {
        return toBuilder().tallies(tallies).build();
    }

    /**
     * Builds a {@link VotingEvent} with named setters: plain values in (an optional value is simply left
     * unset), and {@link #build()} runs the record's own checks. Required: {@code id}, {@code councilId},
     * {@code name}, {@code heldOn}.
     */
    public static final class Builder {
        private String id;
        private String councilId;
        private Optional<String> localityId = Optional.empty();
        private String name;
        private LocalDate heldOn;
        private int voters;
        private List<Tally> tallies = List.of();

        private Builder() {
        }

        /**
         * {@return this builder}
         *
         * @param id identifier
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param councilId the council
         */
        public Builder councilId(String councilId) {
            this.councilId = councilId;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param localityId the locality it was held in, if one
         */
        public Builder localityId(String localityId) {
            this.localityId = Optional.of(Checks.present("VotingEvent.localityId", localityId));
            return this;
        }

        /**
         * {@return this builder, with no localityId (as when it was never set)}
         */
        public Builder noLocalityId() {
            this.localityId = Optional.empty();
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param name name
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param heldOn the date
         */
        public Builder heldOn(LocalDate heldOn) {
            this.heldOn = heldOn;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param voters how many people voted
         */
        public Builder voters(int voters) {
            this.voters = voters;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param tallies the votes per bid, each bid once
         */
        public Builder tallies(List<Tally> tallies) {
            this.tallies = tallies;
            return this;
        }

        /**
         * {@return the record}
         *
         * @throws org.localityworking.core.ValidationException naming the field, the value and the rule, when a
         *                                                      required value is missing or a value breaks a rule
         */
        public VotingEvent build() {
            return new VotingEvent(id, councilId, localityId, name, heldOn, voters, tallies);
        }
    }
}
