package org.localityworking.reporting.builtin;

import java.util.ArrayList;
import java.util.List;
import org.localityworking.core.model.Assessment;
import org.localityworking.core.model.Locality;
import org.localityworking.core.model.SuccessMeasure;
import org.localityworking.core.rules.Gap;
import org.localityworking.core.rules.GapAnalysis;
import org.localityworking.reporting.BarChart;
import org.localityworking.reporting.Block;
import org.localityworking.reporting.KeyFigures;
import org.localityworking.reporting.Note;
import org.localityworking.reporting.Section;
import org.localityworking.reporting.Table;
import org.localityworking.storage.StandardKinds;

/** Success-measure gap analysis by locality (seed 004): target stage minus assessed stage. */
public final class GapAnalysisReport extends BuiltInReport {
    /** Creates the report definition. */
    public GapAnalysisReport() {
        super("gap-analysis", "Success measures: gap analysis by locality",
                "Each locality's latest assessed stage against each staged success measure, the gap to the target,"
                        + " and where there is no assessment.",
                List.of(StandardKinds.MEASURE, StandardKinds.ASSESSMENT));
    }

    /** What a cell says where a locality has never been assessed against a measure. */
    static final String NOT_ASSESSED = "not yet assessed";

    /** A stage as the measure defines it: its number and name, or, for 0, that the first stage is not reached. */
    public static String stage(SuccessMeasure m, int stage) {
        return stage == 0 ? "not yet at stage 1 (" + m.stages().get(0) + ")"
                : "stage " + stage + " (" + m.stages().get(stage - 1) + ")";
    }

    @Override
    List<Section> sections(Scope s) {
        List<SuccessMeasure> measures = s.ofCouncil(StandardKinds.MEASURE);
        if (measures.isEmpty()) {
            return List.of(new Section("Gap analysis", List.of(Note.noData("No success measures recorded for "
                    + s.council.name() + "."))));
        }
        List<Assessment> assessments = s.inLocalities(StandardKinds.ASSESSMENT);
        List<Gap> gaps = GapAnalysis.analyse(measures, s.localities, assessments);
        List<String> headers = new ArrayList<>(List.of("Locality"));
        measures.forEach(m -> headers.add(m.name() + " (target " + m.targetStage() + ")"));
        List<List<?>> rows = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Double> totalGap = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        int notAssessed = 0;
        for (Locality l : s.localities) {
            List<String> row = new ArrayList<>(List.of(l.name()));
            double sum = 0;
            boolean complete = true;
            for (SuccessMeasure m : measures) {
                Gap g = gaps.stream().filter(x -> x.localityId().equals(l.id()) && x.measureId().equals(m.id()))
                        .findFirst().orElseThrow();
                if (g.hasData()) {
                    int gap = Math.max(0, g.gap().getAsInt());
                    row.add(stage(m, g.assessedStage().getAsInt()) + ", gap " + gap);
                    sum += gap;
                } else {
                    row.add(NOT_ASSESSED);
                    notAssessed++;
                    complete = false;
                }
            }
            rows.add(row);
            if (complete) {
                names.add(l.name());
                totalGap.add(sum);
            } else {
                leftOut.add(l.name());
            }
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new KeyFigures(List.of(Blocks.figure("Measures", measures.size()),
                Blocks.figure("Localities", s.localities.size()), Blocks.figure("Not yet assessed", notAssessed))));
        blocks.add(Table.of("Assessed stage and gap to target, by locality and measure", headers, rows));
        if (notAssessed > 0) {
            blocks.add(Note.noData(notAssessed + (notAssessed == 1 ? " locality and measure pair has" : " locality and"
                    + " measure pairs have") + " no assessment yet: shown as"
                    + " \"" + NOT_ASSESSED + "\", never as a stage or a gap of zero. Record an assessment (kind"
                    + " assessment: the measure, the locality, the stage reached and the date) to fill them."));
        }
        if (!names.isEmpty()) {
            blocks.add(new BarChart("Total gap to target by locality (stages)", "stages", names,
                    List.of(new BarChart.Series("Gap", totalGap)), false));
        }
        if (!leftOut.isEmpty()) {
            blocks.add(new Note(Note.Kind.INFO, "Left out of the chart, since a total needs every measure assessed: "
                    + String.join(", ", leftOut) + "."));
        }
        List<List<?>> stages = new ArrayList<>();
        for (SuccessMeasure m : measures) {
            for (int i = 0; i < m.stages().size(); i++) {
                stages.add(Blocks.row(m.name(), i + 1, m.stages().get(i)));
            }
        }
        return List.of(new Section("Gap analysis", blocks), new Section("The measures' stages",
                List.of(Table.of("Stages of each measure", List.of("Measure", "Stage", "What it looks like"), stages))));
    }
}
