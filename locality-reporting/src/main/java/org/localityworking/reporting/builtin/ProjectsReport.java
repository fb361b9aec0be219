package org.localityworking.reporting.builtin;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.localityworking.core.model.LocalityProject;
import org.localityworking.core.model.Money;
import org.localityworking.core.model.ProjectStatus;
import org.localityworking.reporting.BarChart;
import org.localityworking.reporting.Block;
import org.localityworking.reporting.KeyFigures;
import org.localityworking.reporting.Section;
import org.localityworking.reporting.Table;
import org.localityworking.storage.StandardKinds;

/** Locality projects with status, partners and monitoring (seeds 000, 002). */
public final class ProjectsReport extends BuiltInReport {
    /** Creates the report definition. */
    public ProjectsReport() {
        super("projects", "Locality projects",
                "Projects with their status, partners, pooled contributions, outcomes and latest monitoring.",
                List.of(StandardKinds.PROJECT));
    }

    @Override
    List<Section> sections(Scope s) {
        List<LocalityProject> projects = s.inLocalities(StandardKinds.PROJECT);
        Map<ProjectStatus, Integer> byStatus = new EnumMap<>(ProjectStatus.class);
        for (ProjectStatus st : ProjectStatus.values()) {
            byStatus.put(st, 0);
        }
        List<List<?>> rows = new ArrayList<>();
        List<List<?>> monitoring = new ArrayList<>();
        for (LocalityProject p : projects) {
            byStatus.merge(p.status(), 1, Integer::sum);
            long pooled = p.contributions().stream().flatMap(c -> c.value().stream()).mapToLong(Money::minorUnits).sum();
            rows.add(Blocks.row(p.name(), s.localityName(p.localityId()), status(p.status()), p.partners().size(),
                    pooled == 0 ? "none recorded" : org.localityworking.core.model.Money.pence(pooled),
                    p.outcomes().isEmpty() ? Blocks.NO_DATA : String.join("; ", p.outcomes())));
            if (p.monitoring().isEmpty()) {
                monitoring.add(Blocks.row(p.name(), Blocks.NO_DATA, "No monitoring recorded"));
            } else {
                LocalityProject.MonitoringNote last = p.monitoring().get(p.monitoring().size() - 1);
                monitoring.add(Blocks.row(p.name(), last.on(), last.note()));
            }
        }
        List<Block> blocks = new ArrayList<>();
        if (!projects.isEmpty()) {
            blocks.add(new KeyFigures(List.of(Blocks.figure("Projects", projects.size()),
                    Blocks.figure("Active", byStatus.get(ProjectStatus.ACTIVE)),
                    Blocks.figure("Completed", byStatus.get(ProjectStatus.COMPLETED)))));
        }
        Blocks.orNoData(blocks, projects.isEmpty(), Table.of("Projects", List.of("Project", "Locality", "Status",
                "Partners", "Pooled contributions", "Outcomes"), rows), "No projects recorded.");
        if (!projects.isEmpty()) {
            List<String> labels = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            byStatus.forEach((st, n) -> {
                labels.add(status(st));
                values.add((double) n);
            });
            blocks.add(new BarChart("Projects by status", "projects", labels, List.of(new BarChart.Series("Projects", values)),
                    false));
        }
        List<Block> monitor = new ArrayList<>();
        Blocks.orNoData(monitor, monitoring.isEmpty(), Table.of("Latest monitoring", List.of("Project", "Date", "Note"),
                monitoring), "No projects to monitor.");
        return List.of(new Section("Projects", blocks), new Section("Monitoring", monitor));
    }

    private static String status(ProjectStatus st) {
        return st.name().charAt(0) + st.name().substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
