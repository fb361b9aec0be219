package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.localityworking.core.ValidationException;
import org.localityworking.core.internal.Checks;

/**
 * A locality plan: a small number of key priorities, evidence-based, delivered through task and finish
 * groups; "a community owned plan held in trust by our Locality Partnership" (seeds 001, 003).
 *
 * @param id           identifier
 * @param localityId   the locality
 * @param title        title
 * @param priorities   the key priorities, each id once
 * @param evidence     what the plan rests on
 * @param stages       the planning stages with their timeframes, numbered from 1 in order
 * @param actions      the actions, each under one of the plan's priorities and classed by the three questions
 * @param taskGroups   task and finish groups, each under one of the plan's priorities
 */
@API(status = STABLE, since = "1.0")
public record LocalityPlan(String id, String localityId, String title, List<Priority> priorities,
                           List<Evidence> evidence, List<Stage> stages, List<Action> actions,
                           List<TaskAndFinishGroup> taskGroups) {
    public LocalityPlan {
        Checks.id("LocalityPlan.id", id);
        Checks.id("LocalityPlan.localityId", localityId);
        Checks.name("LocalityPlan.title", title);
        priorities = Checks.list("LocalityPlan.priorities", priorities);
        Checks.unique("LocalityPlan.priorities", priorities, Priority::id);
        evidence = Checks.list("LocalityPlan.evidence", evidence);
        stages = Checks.list("LocalityPlan.stages", stages);
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).number() != i + 1) {
                throw new ValidationException("LocalityPlan.stages[" + i + "].number",
                        Integer.toString(stages.get(i).number()), "stages are numbered 1, 2, 3 ... in order");
            }
        }
        actions = Checks.list("LocalityPlan.actions", actions);
        taskGroups = Checks.list("LocalityPlan.taskGroups", taskGroups);
        Set<String> ids = priorities.stream().map(Priority::id).collect(Collectors.toSet());
        for (int i = 0; i < actions.size(); i++) {
            if (!ids.contains(actions.get(i).priorityId())) {
                throw new ValidationException("LocalityPlan.actions[" + i + "].priorityId",
                        actions.get(i).priorityId(), "must name one of the plan's priorities " + ids);
            }
        }
        for (int i = 0; i < taskGroups.size(); i++) {
            if (!ids.contains(taskGroups.get(i).priorityId())) {
                throw new ValidationException("LocalityPlan.taskGroups[" + i + "].priorityId",
                        taskGroups.get(i).priorityId(), "must name one of the plan's priorities " + ids);
            }
        }
    }

    /**
     * A key priority.
     *
     * @param id                 identifier within the plan
     * @param title              title
     * @param strategicAlignment the strategic priority it aligns to, if stated
     */
    public record Priority(String id, String title, Optional<String> strategicAlignment) {
        public Priority {
            Checks.id("Priority.id", id);
            Checks.name("Priority.title", title);
            Checks.optionalText("Priority.strategicAlignment", strategicAlignment);
        }
    }

    /**
     * A piece of evidence.
     *
     * @param kind    quantitative analysis, strategic direction, asset mapping or community intelligence
     * @param summary what it says
     */
    public record Evidence(EvidenceKind kind, String summary) {
        public Evidence {
            Checks.present("Evidence.kind", kind);
            Checks.text("Evidence.summary", summary);
        }
    }

    /**
     * A stage of the planning framework (seed 001, Appendix A: Stage 1 initial engagement, Nov 2014 to Mar 2015).
     *
     * @param number          1, 2, 3 ...
     * @param name            name
     * @param from            first day
     * @param to              last day (on or after {@code from})
     * @param subjectToChange whether the timeframe is provisional
     */
    public record Stage(int number, String name, LocalDate from, LocalDate to, boolean subjectToChange) {
        public Stage {
            Checks.atLeast("Stage.number", number, 1);
            Checks.name("Stage.name", name);
            Checks.present("Stage.from", from);
            Checks.present("Stage.to", to);
            Checks.notBefore("Stage.to", to, "Stage.from", from);
        }
    }

    /**
     * An action in the plan.
     *
     * @param description what will be done
     * @param priorityId  the priority it serves
     * @param question    which of the three questions it answers
     */
    public record Action(String description, String priorityId, ThreeQuestion question) {
        public Action {
            Checks.text("Action.description", description);
            Checks.id("Action.priorityId", priorityId);
            Checks.present("Action.question", question);
        }
    }

    /**
     * A task and finish group delivering one priority.
     *
     * @param name            name
     * @param priorityId      the priority it delivers
     * @param memberPersonIds its members, each once
     */
    public record TaskAndFinishGroup(String name, String priorityId, List<String> memberPersonIds) {
        public TaskAndFinishGroup {
            Checks.name("TaskAndFinishGroup.name", name);
            Checks.id("TaskAndFinishGroup.priorityId", priorityId);
            memberPersonIds = Checks.ids("TaskAndFinishGroup.memberPersonIds", memberPersonIds);
        }
    }

    /** {@return a LocalityPlan builder with nothing set: optional values empty, collections empty} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this record's values, to change some of them and build a new record} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.localityId = localityId;
        b.title = title;
        b.priorities = priorities;
        b.evidence = evidence;
        b.stages = stages;
        b.actions = actions;
        b.taskGroups = taskGroups;
        return b;
    }

    /**
     * {@return a copy of this LocalityPlan with the new value, checked as a new one is}
     *
     * @param title title
     */
    public LocalityPlan withTitle(String title) {
        return toBuilder().title(title).build();
    }

    /**
     * {@return a copy of this LocalityPlan with the new value, checked as a new one is}
     *
     * @param actions the actions, each under one of the plan's priorities and classed by the three questions
     */
    public LocalityPlan withActions(List<Action> actions) {
        return toBuilder().actions(actions).build();
    }

    /**
     * Builds a {@link LocalityPlan} with named setters: plain values in (an optional value is simply left
     * unset), and {@link #build()} runs the record's own checks. Required: {@code id}, {@code localityId},
     * {@code title}.
     */
    public static final class Builder {
        private String id;
        private String localityId;
        private String title;
        private List<Priority> priorities = List.of();
        private List<Evidence> evidence = List.of();
        private List<Stage> stages = List.of();
        private List<Action> actions = List.of();
        private List<TaskAndFinishGroup> taskGroups = List.of();

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
         * @param priorities the key priorities, each id once
         */
        public Builder priorities(List<Priority> priorities) {
            this.priorities = priorities;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param evidence what the plan rests on
         */
        public Builder evidence(List<Evidence> evidence) {
            this.evidence = evidence;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param stages the planning stages with their timeframes, numbered from 1 in order
         */
        public Builder stages(List<Stage> stages) {
            this.stages = stages;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param actions the actions, each under one of the plan's priorities and classed by the three questions
         */
        public Builder actions(List<Action> actions) {
            this.actions = actions;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param taskGroups task and finish groups, each under one of the plan's priorities
         */
        public Builder taskGroups(List<TaskAndFinishGroup> taskGroups) {
            this.taskGroups = taskGroups;
            return this;
        }

        /**
         * {@return the record}
         *
         * @throws org.localityworking.core.ValidationException naming the field, the value and the rule, when a
         *                                                      required value is missing or a value breaks a rule
         */
        public LocalityPlan build() {
            return new LocalityPlan(id, localityId, title, priorities, evidence, stages, actions, taskGroups);
        }
    }
}
