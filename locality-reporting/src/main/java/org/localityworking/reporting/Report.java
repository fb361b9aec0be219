package org.localityworking.reporting;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Instant;
import java.util.List;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * A report, ready to render in any format.
 *
 * @param reportId    the definition that built it
 * @param title       its title
 * @param subject     what it is about (a locality or a council, by name)
 * @param audience    who it is for
 * @param generatedAt when it was generated
 * @param sources     the documents its data comes from (the council's {@code Source} records of the kinds it draws
 *                    on) and, for a rule it applies that is law, that law; empty where the data carries none
 * @param sections    its sections, in order
 */
@API(status = STABLE, since = "1.0")
public record Report(String reportId, String title, String subject, Audience audience, Instant generatedAt,
                     List<String> sources, List<Section> sections) {
    public Report {
        Checks.id("Report.reportId", reportId);
        Checks.name("Report.title", title);
        Checks.name("Report.subject", subject);
        Checks.present("Report.audience", audience);
        Checks.present("Report.generatedAt", generatedAt);
        sources = Checks.list("Report.sources", sources);
        sections = Checks.list("Report.sections", sections);
    }

    /**
     * {@return whether the report shows any data: a table, figures, a chart or a map, or text; a report of notes alone
     *         (that data is missing, and what to record to fill it), or of notes and figures that are all zero
     *         ({@link KeyFigures#allZero()}: nothing recorded, counted), has none}
     */
    public boolean hasData() {
        return sections.stream().flatMap(s -> s.blocks().stream())
                .anyMatch(b -> !(b instanceof Note) && !(b instanceof KeyFigures k && k.allZero()));
    }

    /** {@return a Report builder with nothing set: optional values empty, collections empty} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this record's values, to change some of them and build a new record} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.reportId = reportId;
        b.title = title;
        b.subject = subject;
        b.audience = audience;
        b.generatedAt = generatedAt;
        b.sources = sources;
        b.sections = sections;
        return b;
    }


    /**
     * Builds a {@link Report} with named setters: plain values in (an optional value is simply left
     * unset), and {@link #build()} runs the record's own checks. Required: {@code reportId}, {@code title},
     * {@code subject}, {@code audience}, {@code generatedAt}.
     */
    public static final class Builder {
        private String reportId;
        private String title;
        private String subject;
        private Audience audience;
        private Instant generatedAt;
        private List<String> sources = List.of();
        private List<Section> sections = List.of();

        private Builder() {
        }

        /**
         * {@return this builder}
         *
         * @param reportId the definition that built it
         */
        public Builder reportId(String reportId) {
            this.reportId = reportId;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param title its title
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param subject what it is about (a locality or a council, by name)
         */
        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param audience who it is for
         */
        public Builder audience(Audience audience) {
            this.audience = audience;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param generatedAt when it was generated
         */
        public Builder generatedAt(Instant generatedAt) {
            this.generatedAt = generatedAt;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param sources the documents its data comes from and any law it applies
         */
        public Builder sources(List<String> sources) {
            this.sources = sources;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param sections its sections, in order
         */
        public Builder sections(List<Section> sections) {
            this.sections = sections;
            return this;
        }

        /**
         * {@return the record}
         *
         * @throws org.localityworking.core.ValidationException naming the field, the value and the rule, when a
         *                                                      required value is missing or a value breaks a rule
         */
        public Report build() {
            return new Report(reportId, title, subject, audience, generatedAt, sources, sections);
        }
    }
}
