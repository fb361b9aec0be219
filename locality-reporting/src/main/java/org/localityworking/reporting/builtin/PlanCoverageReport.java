package org.localityworking.reporting.builtin;

import java.util.ArrayList;
import java.util.List;
import org.localityworking.core.model.Locality;
import org.localityworking.core.model.LocalityPlan;
import org.localityworking.core.model.ThreeQuestion;
import org.localityworking.core.rules.PlanCoverage;
import org.localityworking.reporting.Block;
import org.localityworking.reporting.Note;
import org.localityworking.reporting.Section;
import org.localityworking.reporting.Table;
import org.localityworking.storage.Query;
import org.localityworking.storage.StandardKinds;

/** Locality plans: priorities, stages and coverage of the three questions (seeds 001, 003). */
public final class PlanCoverageReport extends BuiltInReport {
    /** Creates the report definition. */
    public PlanCoverageReport() {
        super("plan-coverage", "Locality plan coverage of the three questions",
                "Each locality plan's priorities and stages, and how its actions answer the three questions.",
                List.of(StandardKinds.PLAN));
    }

    @Override
    List<Section> sections(Scope s) {
        List<Section> sections = new ArrayList<>();
        for (Locality l : s.localities) {
            List<Block> blocks = new ArrayList<>();
            List<LocalityPlan> plans = Scope.values(s.view.query(StandardKinds.PLAN, Query.all().locality(l.id())));
            if (plans.isEmpty()) {
                blocks.add(Note.noData("No locality plan recorded for " + l.name() + "."));
            }
            for (LocalityPlan p : plans) {
                PlanCoverage coverage = PlanCoverage.of(p);
                List<List<?>> rows = new ArrayList<>();
                for (ThreeQuestion q : ThreeQuestion.values()) {
                    rows.add(Blocks.row(q.question(), coverage.actions().get(q)));
                }
                blocks.add(Table.of(p.title() + ": actions by the three questions", List.of("Question", "Actions"), rows));
                if (coverage.isComplete()) {
                    blocks.add(new Note(Note.Kind.INFO, "The plan answers all three questions."));
                } else {
                    coverage.uncovered().forEach(q -> blocks.add(new Note(Note.Kind.WARNING,
                            "No action answers: " + q.question() + ".")));
                }
                blocks.add(Table.of("Priorities", List.of("Priority", "Strategic alignment"), p.priorities().stream()
                        .map(pr -> Blocks.row(pr.title(), pr.strategicAlignment().orElse(""))).toList()));
                if (!p.stages().isEmpty()) {
                    blocks.add(Table.of("Planning stages", List.of("Stage", "From", "To", "Timeframe"), p.stages().stream()
                            .map(st -> Blocks.row(st.number() + ". " + st.name(), st.from(), st.to(),
                                    st.subjectToChange() ? "subject to change" : "fixed")).toList()));
                }
                blocks.add(Table.of("Actions", List.of("Action", "Question"), p.actions().stream()
                        .map(a -> Blocks.row(a.description(), a.question().question())).toList()));
            }
            sections.add(new Section(l.name(), blocks));
        }
        return sections;
    }
}
