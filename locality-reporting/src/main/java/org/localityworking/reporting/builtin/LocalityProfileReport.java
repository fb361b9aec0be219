package org.localityworking.reporting.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.localityworking.core.model.Locality;
import org.localityworking.core.model.LocalityNetwork;
import org.localityworking.core.model.LocalityPartnership;
import org.localityworking.core.model.LocalityProfile;
import org.localityworking.core.model.Person;
import org.localityworking.core.model.Role;
import org.localityworking.core.model.Statistic;
import org.localityworking.core.model.WardPart;
import org.localityworking.reporting.Block;
import org.localityworking.reporting.KeyFigures;
import org.localityworking.reporting.Note;
import org.localityworking.reporting.Section;
import org.localityworking.reporting.Table;
import org.localityworking.storage.Keys;
import org.localityworking.storage.Query;
import org.localityworking.storage.StandardKinds;

/** The locality profile: wards, statistics, and what the locality holds (seeds 001, 004). */
public final class LocalityProfileReport extends BuiltInReport {
    /** Creates the report definition. */
    public LocalityProfileReport() {
        super("locality-profile", "Locality profile",
                "Each locality's wards, statistics, locality body, lead officers and counts of assets, projects and events.",
                List.of(StandardKinds.LOCALITY, StandardKinds.LOCALITY_PROFILE));
    }

    @Override
    List<Section> sections(Scope s) {
        List<Section> sections = new ArrayList<>();
        for (Locality l : s.localities) {
            List<Block> blocks = new ArrayList<>();
            Query<Object> here = Query.all().locality(l.id());
            Optional<LocalityProfile> profile = Scope.values(s.view.query(StandardKinds.LOCALITY_PROFILE, here)).stream().findFirst();
            long assets = s.view.count(StandardKinds.ASSET, here); // PUBLIC counts what it may show
            String population = profile.flatMap(p -> p.statistics().stream().filter(st -> st.name().equals("Population"))
                    .findFirst()).map(st -> String.format(Locale.UK, "%,.0f", st.value())).orElse(Blocks.NO_DATA);
            blocks.add(new KeyFigures(List.of(Blocks.figure("Wards", l.wards().size()),
                    Blocks.figure("Population", population),
                    Blocks.figure("Assets mapped", assets),
                    Blocks.figure("Projects", s.view.count(StandardKinds.PROJECT, here)),
                    Blocks.figure("Engagement events", s.view.count(StandardKinds.EVENT, here)))));
            if (l.illustrative()) {
                blocks.add(new Note(Note.Kind.INFO, "This locality is illustrative: the source documents do not name it."));
            }
            List<List<?>> wards = new ArrayList<>();
            for (WardPart w : l.wards()) {
                wards.add(Blocks.row(s.wardName(w.wardId()), w.part().map(p -> "part: " + p).orElse("whole ward")));
            }
            Blocks.orNoData(blocks, wards.isEmpty(), Table.of("Wards of " + l.name(), List.of("Ward", "Share"), wards),
                    "No wards recorded for " + l.name() + ".");
            if (profile.isEmpty() || profile.get().statistics().isEmpty()) {
                blocks.add(Note.noData("No profile statistics recorded for " + l.name() + "."));
            } else {
                List<List<?>> rows = new ArrayList<>();
                for (Statistic st : profile.get().statistics()) {
                    rows.add(Blocks.row(st.name(), String.format(Locale.UK, "%,.1f", st.value()).replaceAll("\\.0$", ""), st.unit(),
                            st.source(), st.asOf()));
                }
                blocks.add(Table.of("Statistics for " + l.name(), List.of("Statistic", "Value", "Unit", "Source", "As of"), rows));
            }
            List<String> bodies = new ArrayList<>();
            Scope.values(s.view.query(StandardKinds.PARTNERSHIP, here)).stream().map(LocalityPartnership::name).forEach(bodies::add);
            Scope.values(s.view.query(StandardKinds.NETWORK, here)).stream().map(LocalityNetwork::name).forEach(bodies::add);
            Blocks.orNoData(blocks, bodies.isEmpty(), Table.of(s.council.configuration().terminology().localityBody(),
                    List.of("Name"), bodies.stream().map(Blocks::row).toList()),
                    "No " + s.council.configuration().terminology().localityBody() + " recorded for " + l.name() + ".");
            List<Person> leads = Scope.values(s.view.query(StandardKinds.PERSON, here.where(Keys.PERSON_ROLE, Role.LEAD_LOCALITY_OFFICER)));
            if (!leads.isEmpty()) {
                blocks.add(Table.of(s.council.configuration().terminology().leadOfficer(), List.of("Officer"),
                        leads.stream().map(p -> Blocks.row(s.personName(p.id()))).toList()));
            }
            sections.add(new Section(l.name(), blocks));
        }
        return sections;
    }
}
