package org.localityworking.core.model;

import java.time.LocalDate;
import java.util.List;
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
}
