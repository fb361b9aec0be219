package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.localityworking.core.ValidationException;
import org.localityworking.core.internal.Checks;

/**
 * A council's strategy for locality working: themes (Trafford's six, seed 003 section 8) or strategic
 * objectives (Herefordshire's four, seed 004 paragraph 2), each with outcomes, and an annual delivery
 * plan's milestones.
 *
 * @param id         identifier
 * @param councilId  the council
 * @param title      title
 * @param from       first day it covers
 * @param to         last day it covers (on or after {@code from})
 * @param themes     themes or objectives, each id once
 * @param milestones delivery-plan milestones, each under one of the themes
 */
@API(status = STABLE, since = "1.0")
public record Strategy(String id, String councilId, String title, LocalDate from, LocalDate to,
                       List<Theme> themes, List<Milestone> milestones) {
    public Strategy {
        Checks.id("Strategy.id", id);
        Checks.id("Strategy.councilId", councilId);
        Checks.name("Strategy.title", title);
        Checks.present("Strategy.from", from);
        Checks.present("Strategy.to", to);
        Checks.notBefore("Strategy.to", to, "Strategy.from", from);
        themes = Checks.list("Strategy.themes", themes);
        Checks.unique("Strategy.themes", themes, Theme::id);
        milestones = Checks.list("Strategy.milestones", milestones);
        Set<String> ids = themes.stream().map(Theme::id).collect(Collectors.toSet());
        for (int i = 0; i < milestones.size(); i++) {
            if (!ids.contains(milestones.get(i).themeId())) {
                throw new ValidationException("Strategy.milestones[" + i + "].themeId", milestones.get(i).themeId(),
                        "must name one of the strategy's themes " + ids);
            }
        }
    }

    /**
     * A theme or strategic objective.
     *
     * @param id          identifier within the strategy
     * @param title       title
     * @param description what it means
     * @param outcomes    the outcomes sought
     */
    public record Theme(String id, String title, String description, List<String> outcomes) {
        public Theme {
            Checks.id("Theme.id", id);
            Checks.name("Theme.title", title);
            Checks.text("Theme.description", description);
            outcomes = Checks.texts("Theme.outcomes", outcomes);
        }
    }

    /**
     * A delivery-plan milestone.
     *
     * @param themeId     the theme it delivers
     * @param description what is to be done
     * @param due         when
     * @param status      where it stands
     * @param outputs     outputs achieved
     */
    public record Milestone(String themeId, String description, LocalDate due, MilestoneStatus status,
                            List<String> outputs) {
        public Milestone {
            Checks.id("Milestone.themeId", themeId);
            Checks.text("Milestone.description", description);
            Checks.present("Milestone.due", due);
            Checks.present("Milestone.status", status);
            outputs = Checks.texts("Milestone.outputs", outputs);
        }
    }

    /** {@return a Strategy builder with nothing set: optional values empty, collections empty} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this record's values, to change some of them and build a new record} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.councilId = councilId;
        b.title = title;
        b.from = from;
        b.to = to;
        b.themes = themes;
        b.milestones = milestones;
        return b;
    }

    /**
     * {@return a copy of this Strategy with the new value, checked as a new one is}
     *
     * @param milestones delivery-plan milestones, each under one of the themes
     */
    public Strategy withMilestones(List<Milestone> milestones) {
        return toBuilder().milestones(milestones).build();
    }

    /**
     * Builds a {@link Strategy} with named setters: plain values in (an optional value is simply left
     * unset), and {@link #build()} runs the record's own checks. Required: {@code id}, {@code councilId},
     * {@code title}, {@code from}, {@code to}.
     */
    public static final class Builder {
        private String id;
        private String councilId;
        private String title;
        private LocalDate from;
        private LocalDate to;
        private List<Theme> themes = List.of();
        private List<Milestone> milestones = List.of();

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
         * @param title title
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param from first day it covers
         */
        public Builder from(LocalDate from) {
            this.from = from;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param to last day it covers (on or after {@code from})
         */
        public Builder to(LocalDate to) {
            this.to = to;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param themes themes or objectives, each id once
         */
        public Builder themes(List<Theme> themes) {
            this.themes = themes;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param milestones delivery-plan milestones, each under one of the themes
         */
        public Builder milestones(List<Milestone> milestones) {
            this.milestones = milestones;
            return this;
        }

        /**
         * {@return the record}
         *
         * @throws org.localityworking.core.ValidationException naming the field, the value and the rule, when a
         *                                                      required value is missing or a value breaks a rule
         */
        public Strategy build() {
            return new Strategy(id, councilId, title, from, to, themes, milestones);
        }
    }
}
