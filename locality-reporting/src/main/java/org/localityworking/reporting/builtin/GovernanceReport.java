package org.localityworking.reporting.builtin;

import java.util.ArrayList;
import java.util.List;
import org.localityworking.core.model.GovernanceBody;
import org.localityworking.core.model.GovernanceIssue;
import org.localityworking.reporting.Block;
import org.localityworking.reporting.Note;
import org.localityworking.reporting.Paragraph;
import org.localityworking.reporting.Section;
import org.localityworking.reporting.Table;
import org.localityworking.storage.StandardKinds;

/** A governance update in the shape of seed 000: the issue, the actions planned, dated progress. */
public final class GovernanceReport extends BuiltInReport {
    /** Creates the report definition. */
    public GovernanceReport() {
        super("governance-update", "Governance update",
                "Significant governance issues with the actions planned and dated progress updates, and the bodies"
                        + " that govern locality working.",
                List.of(StandardKinds.GOVERNANCE_ISSUE, StandardKinds.GOVERNANCE_BODY, StandardKinds.STRATEGY));
    }

    @Override
    List<Section> sections(Scope s) {
        List<Section> sections = new ArrayList<>();
        if (!s.wholeCouncil()) {
            sections.add(new Section("Scope", List.of(new Note(Note.Kind.INFO,
                    "Governance is council-wide: this report shows the whole council's issues."))));
        }
        List<GovernanceIssue> issues = s.ofCouncil(StandardKinds.GOVERNANCE_ISSUE);
        if (issues.isEmpty()) {
            sections.add(new Section("Issues", List.of(Note.noData("No governance issues recorded for " + s.council.name() + "."))));
        }
        for (GovernanceIssue issue : issues) {
            List<Block> blocks = new ArrayList<>();
            blocks.add(new Paragraph(issue.source() + ": " + issue.description()));
            blocks.add(Table.of("Actions planned", List.of("Period", "Action"), issue.plannedActions().stream()
                    .map(a -> Blocks.row(a.period(), a.description())).toList()));
            Blocks.orNoData(blocks, issue.updates().isEmpty(), Table.of("Progress", List.of("Position as at", "Update"),
                    issue.updates().stream().map(u -> Blocks.row(u.asOf(), u.summary())).toList()),
                    "No progress update recorded yet.");
            sections.add(new Section(issue.title(), blocks));
        }
        List<GovernanceBody> bodies = s.ofCouncil(StandardKinds.GOVERNANCE_BODY);
        List<Block> b = new ArrayList<>();
        Blocks.orNoData(b, bodies.isEmpty(), Table.of("Governance bodies", List.of("Body", "Kind", "Led by", "Reports to"),
                bodies.stream().map(x -> Blocks.row(x.name(), x.kind().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT),
                        x.chairPersonId().map(s::personName).orElse(""),
                        x.reportsToBodyId().flatMap(r -> bodies.stream().filter(o -> o.id().equals(r)).findFirst())
                                .map(GovernanceBody::name).orElse(""))).toList()),
                "No governance bodies recorded.");
        sections.add(new Section("Governance bodies", b));
        return sections;
    }
}
