package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * A document a council's records come from (provenance, as data): its title, who published it, when, and where
 * to find it, and the kinds of the council's records it supports. A report cites the sources of the records it
 * draws on, and only those: a council with no sources recorded gets reports without citations.
 *
 * @param id        the source's id
 * @param councilId the council whose records it supports
 * @param title     the document's title, as published
 * @param publisher who published it
 * @param published the month it was published, if known
 * @param link      where to read it, if public
 * @param supports  the kinds of the council's records it supports, by kind name (for example {@code grant}); at
 *                  least one
 */
@API(status = STABLE, since = "1.0")
public record Source(String id, String councilId, String title, String publisher, Optional<YearMonth> published,
                     Optional<String> link, List<String> supports) {
    /** Checks every value. */
    public Source {
        Checks.id("Source.id", id);
        Checks.id("Source.councilId", councilId);
        Checks.name("Source.title", title);
        Checks.name("Source.publisher", publisher);
        Checks.optional("Source.published", published);
        Checks.optional("Source.link", link).ifPresent(l -> Checks.name("Source.link", l));
        supports = Checks.list("Source.supports", supports);
        if (supports.isEmpty()) {
            throw new org.localityworking.core.ValidationException("Source.supports", "[]",
                    "must name at least one kind of record the source supports");
        }
        supports.forEach(k -> Checks.id("Source.supports", k));
    }

    /** {@return a Source builder with nothing set: optional values empty, the supported kinds empty} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this record's values, to change some of them and build a new record} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.councilId = councilId;
        b.title = title;
        b.publisher = publisher;
        b.published = published;
        b.link = link;
        b.supports = supports;
        return b;
    }

    /**
     * Builds a {@link Source} with named setters: plain values in (an optional value is simply left unset), and
     * {@link #build()} runs the record's own checks. Required: {@code id}, {@code councilId}, {@code title},
     * {@code publisher}, {@code supports}.
     */
    public static final class Builder {
        private String id;
        private String councilId;
        private String title;
        private String publisher;
        private Optional<YearMonth> published = Optional.empty();
        private Optional<String> link = Optional.empty();
        private List<String> supports = List.of();

        private Builder() {
        }

        /**
         * Sets the source's id.
         *
         * @param id the source's id
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the council whose records it supports.
         *
         * @param councilId the council whose records it supports
         * @return this builder
         */
        public Builder councilId(String councilId) {
            this.councilId = councilId;
            return this;
        }

        /**
         * Sets the document's title, as published.
         *
         * @param title the document's title, as published
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * Sets who published it.
         *
         * @param publisher who published it
         * @return this builder
         */
        public Builder publisher(String publisher) {
            this.publisher = publisher;
            return this;
        }

        /**
         * Sets the month it was published.
         *
         * @param published the month it was published
         * @return this builder
         */
        public Builder published(YearMonth published) {
            this.published = Optional.of(Checks.present("Source.published", published));
            return this;
        }

        /**
         * Sets where to read it.
         *
         * @param link where to read it
         * @return this builder
         */
        public Builder link(String link) {
            this.link = Optional.of(Checks.present("Source.link", link));
            return this;
        }

        /**
         * Sets the kinds of record it supports, by kind name.
         *
         * @param supports the kinds of record it supports, by kind name
         * @return this builder
         */
        public Builder supports(List<String> supports) {
            this.supports = supports;
            return this;
        }

        /**
         * {@return the record}
         *
         * @throws org.localityworking.core.ValidationException naming the field, the value and the rule
         */
        public Source build() {
            return new Source(id, councilId, title, publisher, published, link, supports);
        }
    }

    /** {@return the citation as a reader sees it: title, publisher, month and link} */
    public String citation() {
        StringBuilder sb = new StringBuilder(title).append(", ").append(publisher);
        published.ifPresent(m -> sb.append(", ").append(m.format(java.time.format.DateTimeFormatter.ofPattern(
                "MMMM uuuu", java.util.Locale.UK))));
        link.ifPresent(l -> sb.append(" (").append(l).append(')'));
        return sb.toString();
    }
}
