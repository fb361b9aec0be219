package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * A significant governance issue with the actions planned and dated progress updates, in the shape of
 * an Annual Governance Statement (seed 000: "Locality Working", 2014/15, updated February 2016).
 *
 * @param id             identifier
 * @param councilId      the council
 * @param title          the issue
 * @param source         where it was raised (for example "Annual Governance Statement 2014/15")
 * @param description    what the issue is
 * @param plannedActions the actions planned
 * @param updates        progress updates, oldest first
 */
@API(status = STABLE, since = "1.0")
public record GovernanceIssue(String id, String councilId, String title, String source, String description,
                              List<PlannedAction> plannedActions, List<ProgressUpdate> updates) {
    public GovernanceIssue {
        Checks.id("GovernanceIssue.id", id);
        Checks.id("GovernanceIssue.councilId", councilId);
        Checks.name("GovernanceIssue.title", title);
        Checks.name("GovernanceIssue.source", source);
        Checks.text("GovernanceIssue.description", description);
        plannedActions = Checks.list("GovernanceIssue.plannedActions", plannedActions);
        updates = Checks.list("GovernanceIssue.updates", updates);
        for (int i = 1; i < updates.size(); i++) {
            Checks.notBefore("GovernanceIssue.updates[" + i + "].asOf", updates.get(i).asOf(),
                    "GovernanceIssue.updates[" + (i - 1) + "].asOf", updates.get(i - 1).asOf());
        }
    }

    /**
     * An action planned to address the issue.
     *
     * @param period      the period it is planned for (for example "2015/16")
     * @param description what will be done
     */
    public record PlannedAction(String period, String description) {
        public PlannedAction {
            Checks.name("PlannedAction.period", period);
            Checks.text("PlannedAction.description", description);
        }
    }

    /**
     * A dated progress update.
     *
     * @param asOf    the date of the position described
     * @param summary the progress
     */
    public record ProgressUpdate(LocalDate asOf, String summary) {
        public ProgressUpdate {
            Checks.present("ProgressUpdate.asOf", asOf);
            Checks.text("ProgressUpdate.summary", summary);
        }
    }

    /** {@return a GovernanceIssue builder with nothing set: optional values empty, collections empty} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this record's values, to change some of them and build a new record} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.councilId = councilId;
        b.title = title;
        b.source = source;
        b.description = description;
        b.plannedActions = plannedActions;
        b.updates = updates;
        return b;
    }

    /**
     * {@return a copy of this GovernanceIssue with the new value, checked as a new one is}
     *
     * @param plannedActions the actions planned
     */
    public GovernanceIssue withPlannedActions(List<PlannedAction> plannedActions) {
        return toBuilder().plannedActions(plannedActions).build();
    }

    /**
     * {@return a copy of this GovernanceIssue with the new value, checked as a new one is}
     *
     * @param updates progress updates, oldest first
     */
    public GovernanceIssue withUpdates(List<ProgressUpdate> updates) {
        return toBuilder().updates(updates).build();
    }

    /**
     * Builds a {@link GovernanceIssue} with named setters: plain values in (an optional value is simply left
     * unset), and {@link #build()} runs the record's own checks. Required: {@code id}, {@code councilId},
     * {@code title}, {@code source}, {@code description}.
     */
    public static final class Builder {
        private String id;
        private String councilId;
        private String title;
        private String source;
        private String description;
        private List<PlannedAction> plannedActions = List.of();
        private List<ProgressUpdate> updates = List.of();

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
         * @param title the issue
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param source where it was raised (for example "Annual Governance Statement 2014/15")
         */
        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param description what the issue is
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param plannedActions the actions planned
         */
        public Builder plannedActions(List<PlannedAction> plannedActions) {
            this.plannedActions = plannedActions;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param updates progress updates, oldest first
         */
        public Builder updates(List<ProgressUpdate> updates) {
            this.updates = updates;
            return this;
        }

        /**
         * {@return the record}
         *
         * @throws org.localityworking.core.ValidationException naming the field, the value and the rule, when a
         *                                                      required value is missing or a value breaks a rule
         */
        public GovernanceIssue build() {
            return new GovernanceIssue(id, councilId, title, source, description, plannedActions, updates);
        }
    }
}
