package org.localityworking.reporting.builtin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.localityworking.core.model.CommunityBuilderTeam;
import org.localityworking.core.model.Locality;
import org.localityworking.core.model.Person;
import org.localityworking.core.model.Role;
import org.localityworking.core.model.RoleAssignment;
import org.localityworking.core.model.TrainingProgramme;
import org.localityworking.core.model.TrainingRecord;
import org.localityworking.reporting.BarChart;
import org.localityworking.reporting.Block;
import org.localityworking.reporting.KeyFigures;
import org.localityworking.reporting.Section;
import org.localityworking.reporting.Table;
import org.localityworking.storage.Keys;
import org.localityworking.storage.Query;
import org.localityworking.storage.StandardKinds;

/** Community builders by locality and agency, their virtual teams and training (seeds 000, 002). */
public final class CommunityBuildersReport extends BuiltInReport {
    /** Creates the report definition. */
    public CommunityBuildersReport() {
        super("community-builders", "Community builders",
                "The people who build community links, by locality and agency, their virtual teams, and the training"
                        + " they have had.",
                List.of(StandardKinds.BUILDER_TEAM, StandardKinds.TRAINING_PROGRAMME, StandardKinds.TRAINING_RECORD));
    }

    /** Titled in the council's word for a community builder. */
    @Override
    String title(Scope s) {
        return org.localityworking.core.model.Terminology.plural(s.council.configuration().terminology().communityBuilderTerm());
    }

    @Override
    List<Section> sections(Scope s) {
        String builders = title(s);
        String lower = builders.toLowerCase(java.util.Locale.UK);
        Map<String, Map<String, Integer>> byLocality = new LinkedHashMap<>();
        List<String> agencies = new ArrayList<>();
        int total = 0;
        int trained = 0;
        for (Locality l : s.localities) {
            Map<String, Integer> counts = new TreeMap<>();
            for (Person p : Scope.values(s.view.query(StandardKinds.PERSON, Query.all().locality(l.id()).where(Keys.PERSON_ROLE, Role.COMMUNITY_BUILDER)))) {
                for (RoleAssignment r : p.roles()) {
                    if (r.role() == Role.COMMUNITY_BUILDER && r.localityId().filter(l.id()::equals).isPresent()) {
                        String agency = r.organisationId().map(s::organisationName).orElse("Community (no agency)");
                        counts.merge(agency, 1, Integer::sum);
                        if (!agencies.contains(agency)) {
                            agencies.add(agency);
                        }
                        total++;
                        if (!s.view.query(StandardKinds.TRAINING_RECORD, Query.all().person(p.id())).isEmpty()) {
                            trained++;
                        }
                    }
                }
            }
            byLocality.put(l.name(), counts);
        }
        List<Block> summary = new ArrayList<>();
        if (total > 0) {
            summary.add(new KeyFigures(List.of(Blocks.figure(builders, total),
                    Blocks.figure("With a training record", trained), Blocks.figure("Agencies", agencies.size()))));
        }
        List<String> headers = new ArrayList<>(List.of("Locality"));
        headers.addAll(agencies);
        headers.add("Total");
        List<List<?>> rows = new ArrayList<>();
        List<BarChart.Series> series = new ArrayList<>();
        for (String a : agencies) {
            series.add(new BarChart.Series(a, byLocality.values().stream().map(m -> (double) m.getOrDefault(a, 0)).toList()));
        }
        byLocality.forEach((loc, counts) -> {
            List<Object> row = new ArrayList<>(List.of(loc));
            agencies.forEach(a -> row.add(counts.getOrDefault(a, 0)));
            row.add(counts.values().stream().mapToInt(Integer::intValue).sum());
            rows.add(row);
        });
        Blocks.orNoData(summary, total == 0, Table.of(builders + " by locality and agency", headers, rows),
                "No " + lower + " recorded.");
        if (total > 0) {
            summary.add(new BarChart(builders + " by locality, stacked by agency", "people",
                    new ArrayList<>(byLocality.keySet()), series, true));
        }

        List<Block> teams = new ArrayList<>();
        List<CommunityBuilderTeam> all = s.inLocalities(StandardKinds.BUILDER_TEAM);
        Blocks.orNoData(teams, all.isEmpty(), Table.of("Virtual teams", List.of("Team", "Locality", "Members"),
                all.stream().map(t -> Blocks.row(t.name(), s.localityName(t.localityId()), t.memberPersonIds().size())).toList()),
                "No teams of " + lower + " recorded.");

        List<Block> training = new ArrayList<>();
        List<TrainingProgramme> programmes = s.ofCouncil(StandardKinds.TRAINING_PROGRAMME);
        List<List<?>> trows = new ArrayList<>();
        for (TrainingProgramme p : programmes) {
            List<TrainingRecord> records = Scope.values(s.view.query(StandardKinds.TRAINING_RECORD, Query.all().parent(p.id())));
            trows.add(Blocks.row(p.title(), p.sessionDates().size() + " days (" + p.sessionDates().get(0) + " to "
                    + p.sessionDates().get(p.sessionDates().size() - 1) + ")",
                    (p.delegatesAtLeast() ? "over " : "") + p.delegates(), records.size(), p.toolkit().orElse("")));
        }
        Blocks.orNoData(training, trows.isEmpty(), Table.of("Training programmes",
                List.of("Programme", "Days", "Delegates", "Individual records", "Toolkit"), trows),
                "No training programmes recorded for " + s.council.name() + ".");
        return List.of(new Section("By locality and agency", summary), new Section("Teams", teams),
                new Section("Training", training));
    }
}
