package org.localityworking.core.config;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;
import org.localityworking.core.model.Council;
import org.localityworking.core.model.Locality;
import org.localityworking.core.model.LocalityNetwork;
import org.localityworking.core.model.Person;
import org.localityworking.core.model.Strategy;
import org.localityworking.core.model.Ward;

/**
 * A council as its configuration file describes it: the council and its rules, its wards and
 * localities, its strategy, the posts it names (lead officers) and its locality networks.
 *
 * @param council    the council with its configuration
 * @param wards      its wards
 * @param localities its localities
 * @param strategy   its strategy, if the file gives one
 * @param people     the posts the file names (for example Lead Locality Officers)
 * @param networks   its locality networks (councils whose locality bodies are networks)
 * @param notes      what the file says about its sources and what is illustrative
 * @param wardBoundaries the GeoJSON file of the wards' boundaries the file names ({@code wards.boundaries},
 *                   resolved against the configuration file's folder), if it names one: the library's interop
 *                   module reads it ({@code CouncilMaps.withWardBoundaries}), the core has no JSON reader
 */
@API(status = STABLE, since = "1.0")
@SuppressWarnings("OptionalAssignedToNull")
public record CouncilDefinition(Council council, List<Ward> wards, List<Locality> localities,
                                Optional<Strategy> strategy, List<Person> people, List<LocalityNetwork> networks,
                                List<String> notes, Optional<java.nio.file.Path> wardBoundaries) {
    /** Checks every value; no boundaries file given as null is none. */
    public CouncilDefinition {
        wardBoundaries = wardBoundaries == null ? Optional.empty() : Checks.optional("CouncilDefinition.wardBoundaries",
                wardBoundaries);
        Checks.present("CouncilDefinition.council", council);
        wards = Checks.list("CouncilDefinition.wards", wards);
        localities = Checks.list("CouncilDefinition.localities", localities);
        Checks.optional("CouncilDefinition.strategy", strategy);
        people = Checks.list("CouncilDefinition.people", people);
        networks = Checks.list("CouncilDefinition.networks", networks);
        notes = Checks.texts("CouncilDefinition.notes", notes);
    }

    /** {@return the locality with the id} */
    public Optional<Locality> locality(String id) {
        return localities.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** {@return the ward with the id} */
    public Optional<Ward> ward(String id) {
        return wards.stream().filter(w -> w.id().equals(id)).findFirst();
    }

    /**
     * A definition without a boundaries file.
     *
     * @param council    the council with its configuration
     * @param wards      its wards
     * @param localities its localities
     * @param strategy   its strategy, if any
     * @param people     the posts the file names
     * @param networks   its locality networks
     * @param notes      what the file says about its sources
     */
    public CouncilDefinition(Council council, List<Ward> wards, List<Locality> localities, Optional<Strategy> strategy,
                             List<Person> people, List<LocalityNetwork> networks, List<String> notes) {
        this(council, wards, localities, strategy, people, networks, notes, Optional.empty());
    }

    /** {@return a CouncilDefinition builder with nothing set: optional values empty, collections empty} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this record's values, to change some of them and build a new record} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.council = council;
        b.wards = wards;
        b.localities = localities;
        b.strategy = strategy;
        b.people = people;
        b.networks = networks;
        b.notes = notes;
        b.wardBoundaries = wardBoundaries;
        return b;
    }


    /**
     * Builds a {@link CouncilDefinition} with named setters: plain values in (an optional value is simply left
     * unset), and {@link #build()} runs the record's own checks. Required: {@code council}.
     */
    public static final class Builder {
        private Council council;
        private List<Ward> wards = List.of();
        private List<Locality> localities = List.of();
        private Optional<Strategy> strategy = Optional.empty();
        private List<Person> people = List.of();
        private List<LocalityNetwork> networks = List.of();
        private List<String> notes = List.of();

        private Optional<java.nio.file.Path> wardBoundaries = Optional.empty();

        private Builder() {
        }

        /**
         * {@return this builder}
         *
         * @param council the council with its configuration
         */
        public Builder council(Council council) {
            this.council = council;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param wards its wards
         */
        public Builder wards(List<Ward> wards) {
            this.wards = wards;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param localities its localities
         */
        public Builder localities(List<Locality> localities) {
            this.localities = localities;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param strategy its strategy, if the file gives one
         */
        public Builder strategy(Strategy strategy) {
            this.strategy = Optional.of(Checks.present("CouncilDefinition.strategy", strategy));
            return this;
        }

        /**
         * {@return this builder, with no strategy (as when it was never set)}
         */
        public Builder noStrategy() {
            this.strategy = Optional.empty();
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param people the posts the file names (for example Lead Locality Officers)
         */
        public Builder people(List<Person> people) {
            this.people = people;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param networks its locality networks (councils whose locality bodies are networks)
         */
        public Builder networks(List<LocalityNetwork> networks) {
            this.networks = networks;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param notes what the file says about its sources and what is illustrative
         */
        public Builder notes(List<String> notes) {
            this.notes = notes;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param wardBoundaries the GeoJSON file of the wards' boundaries
         */
        public Builder wardBoundaries(java.nio.file.Path wardBoundaries) {
            this.wardBoundaries = Optional.of(Checks.present("CouncilDefinition.wardBoundaries", wardBoundaries));
            return this;
        }

        /** {@return this builder, with no boundaries file (as when it was never set)} */
        public Builder noWardBoundaries() {
            this.wardBoundaries = Optional.empty();
            return this;
        }

        /**
         * {@return the record}
         *
         * @throws org.localityworking.core.ValidationException naming the field, the value and the rule, when a
         *                                                      required value is missing or a value breaks a rule
         */
        public CouncilDefinition build() {
            return new CouncilDefinition(council, wards, localities, strategy, people, networks, notes, wardBoundaries);
        }
    }
}
