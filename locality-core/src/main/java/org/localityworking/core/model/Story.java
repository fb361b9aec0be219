package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * A Be Bold ... Be the Difference story (seed 000): how residents responded and became more active.
 * Stories name people, quote them and place them: PUBLIC outputs show a story only when every person it
 * names has an active consent for publication.
 *
 * @param id            identifier
 * @param localityId    the locality
 * @param title         title
 * @param text          the story
 * @param personIds     the people it names, each once
 * @param place         where it happened, if told
 * @param collectedOn   when it was collected
 * @param collectedById the community builder who collected it, if known
 * @param consents      the consents recorded for it
 */
@API(status = STABLE, since = "1.0")
public record Story(String id, String localityId, String title, String text, List<String> personIds,
                    Optional<String> place, LocalDate collectedOn, Optional<String> collectedById,
                    List<Consent> consents) {
    public Story {
        Checks.id("Story.id", id);
        Checks.id("Story.localityId", localityId);
        Checks.name("Story.title", title);
        Checks.text("Story.text", text);
        personIds = Checks.ids("Story.personIds", personIds);
        Checks.optionalName("Story.place", place);
        Checks.present("Story.collectedOn", collectedOn);
        Checks.optionalId("Story.collectedById", collectedById);
        consents = Checks.list("Story.consents", consents);
    }

    /** {@return whether every person named has an active consent for the use on the day} */
    public boolean isConsentedFor(ConsentUse use, LocalDate day) {
        return personIds.stream().allMatch(p -> consents.stream()
                .anyMatch(c -> c.personId().equals(p) && c.use() == use && c.isActiveOn(day)));
    }

    /** {@return a Story builder with nothing set: optional values empty, collections empty} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this record's values, to change some of them and build a new record} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.localityId = localityId;
        b.title = title;
        b.text = text;
        b.personIds = personIds;
        b.place = place;
        b.collectedOn = collectedOn;
        b.collectedById = collectedById;
        b.consents = consents;
        return b;
    }

    /**
     * {@return a copy of this Story with the new value, checked as a new one is}
     *
     * @param text the story
     */
    public Story withText(String text) {
        return toBuilder().text(text).build();
    }

    /**
     * {@return a copy of this Story with the new value, checked as a new one is}
     *
     * @param consents the consents recorded for it
     */
    public Story withConsents(List<Consent> consents) {
        return toBuilder().consents(consents).build();
    }

    /**
     * Builds a {@link Story} with named setters: plain values in (an optional value is simply left
     * unset), and {@link #build()} runs the record's own checks. Required: {@code id}, {@code localityId},
     * {@code title}, {@code text}, {@code collectedOn}.
     */
    public static final class Builder {
        private String id;
        private String localityId;
        private String title;
        private String text;
        private List<String> personIds = List.of();
        private Optional<String> place = Optional.empty();
        private LocalDate collectedOn;
        private Optional<String> collectedById = Optional.empty();
        private List<Consent> consents = List.of();

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
         * @param localityId the locality
         */
        public Builder localityId(String localityId) {
            this.localityId = localityId;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param title title
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param text the story
         */
        public Builder text(String text) {
            this.text = text;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param personIds the people it names, each once
         */
        public Builder personIds(List<String> personIds) {
            this.personIds = personIds;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param place where it happened, if told
         */
        public Builder place(String place) {
            this.place = Optional.of(Checks.present("Story.place", place));
            return this;
        }

        /**
         * {@return this builder, with no place (as when it was never set)}
         */
        public Builder noPlace() {
            this.place = Optional.empty();
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param collectedOn when it was collected
         */
        public Builder collectedOn(LocalDate collectedOn) {
            this.collectedOn = collectedOn;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param collectedById the community builder who collected it, if known
         */
        public Builder collectedById(String collectedById) {
            this.collectedById = Optional.of(Checks.present("Story.collectedById", collectedById));
            return this;
        }

        /**
         * {@return this builder, with no collectedById (as when it was never set)}
         */
        public Builder noCollectedById() {
            this.collectedById = Optional.empty();
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param consents the consents recorded for it
         */
        public Builder consents(List<Consent> consents) {
            this.consents = consents;
            return this;
        }

        /**
         * {@return the record}
         *
         * @throws org.localityworking.core.ValidationException naming the field, the value and the rule, when a
         *                                                      required value is missing or a value breaks a rule
         */
        public Story build() {
            return new Story(id, localityId, title, text, personIds, place, collectedOn, collectedById, consents);
        }
    }

    /**
     * {@return this story once the person is erased: a story that names them loses its title, text and place
     *         ({@link Erasure#MARK}) and their consents; any other story is as it is}
     *
     * @param personId the person being erased
     */
    public Story erasedFor(String personId) {
        return personIds.contains(personId)
                ? toBuilder().title(Erasure.MARK).text(Erasure.MARK).noPlace()
                        .consents(consents.stream().filter(c -> !c.personId().equals(personId)).toList()).build()
                : this;
    }
}
