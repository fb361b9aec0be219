package org.localityworking.examples.report;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.localityworking.core.ValidationException;
import org.localityworking.core.model.Council;
import org.localityworking.core.model.EngagementEvent;
import org.localityworking.core.model.Locality;
import org.localityworking.core.rules.EventFrequency;
import org.localityworking.reporting.BarChart;
import org.localityworking.reporting.Block;
import org.localityworking.reporting.Note;
import org.localityworking.reporting.Report;
import org.localityworking.reporting.ReportRequest;
import org.localityworking.reporting.Section;
import org.localityworking.reporting.Table;
import org.localityworking.reporting.spi.ReportDefinition;
import org.localityworking.reporting.spi.ReportParameter;
import org.localityworking.reporting.spi.LocalityView;
import org.localityworking.reporting.spi.ReportContext;
import org.localityworking.storage.Query;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.Versioned;

/**
 * An example report plug-in: how many engagement events each locality held each year, against the
 * council's "at least N events a year in each locality" rule (Herefordshire: one, 004_d16c4318533eb15e.txt). It
 * reads only through the context's view, which applies the request's audience, and keeps nothing between builds;
 * {@code EventsByYearPublishingTest} runs the publishing kit over it.
 */
public final class EventsByYearReport implements ReportDefinition {
    /** Public no-argument constructor, as ServiceLoader requires. */
    public EventsByYearReport() {
    }

    @Override
    public String id() {
        return "events-by-year";
    }

    @Override
    public String spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public String title() {
        return "Engagement events by locality and year";
    }

    @Override
    public String description() {
        return "Events each locality held each year, checked against the council's yearly minimum.";
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(ReportParameter.LOCALITY);
    }

    @Override
    public Report build(ReportContext context) {
        ReportRequest request = context.request();
        LocalityView store = context.view();
        Council council = store.get(StandardKinds.COUNCIL, request.councilId()).map(Versioned::value).orElseThrow(
                () -> new ValidationException("ReportRequest.councilId", request.councilId(), "must name a stored council"));
        List<Locality> localities = store.query(StandardKinds.LOCALITY, Query.all().council(council.id())).stream()
                .map(Versioned::value).filter(l -> request.localityId().map(l.id()::equals).orElse(true)).toList();
        if (request.localityId().isPresent() && localities.isEmpty()) {
            throw new ValidationException("ReportRequest.localityId", request.localityId().get(),
                    "must name a stored locality of council " + council.id());
        }
        List<EngagementEvent> events = new ArrayList<>();
        localities.forEach(l -> store.query(StandardKinds.EVENT, Query.all().locality(l.id())).forEach(v -> events.add(v.value())));
        TreeSet<Year> years = new TreeSet<>();
        events.forEach(e -> years.add(Year.from(e.heldOn())));
        int minimum = council.configuration().minimumEventsPerLocalityPerYear();

        List<Block> blocks = new ArrayList<>();
        if (years.isEmpty()) {
            blocks.add(Note.noData("No engagement events recorded."));
        } else {
            List<String> headers = new ArrayList<>(List.of("Locality"));
            years.forEach(y -> headers.add(y.toString()));
            List<List<String>> rows = new ArrayList<>();
            for (Locality l : localities) {
                List<String> row = new ArrayList<>(List.of(l.name()));
                for (Year y : years) {
                    row.add(Integer.toString(EventFrequency.count(List.of(l), events, y, minimum).get(0).events()));
                }
                rows.add(row);
            }
            blocks.add(Table.of("Engagement events by locality and year", headers, rows));
            Year latest = years.last();
            List<Double> counts = EventFrequency.count(localities, events, latest, minimum).stream()
                    .map(c -> (double) c.events()).toList();
            blocks.add(new BarChart("Events in " + latest, "events", localities.stream().map(Locality::name).toList(),
                    List.of(new BarChart.Series("Events", counts)), false));
            if (minimum > 0) {
                var missed = EventFrequency.check(localities, events, latest, minimum);
                if (missed.isEmpty()) {
                    blocks.add(new Note(Note.Kind.INFO, "Every locality held at least " + minimum + " event(s) in " + latest + "."));
                }
                missed.forEach(v -> blocks.add(new Note(Note.Kind.WARNING,
                        localityName(localities, v.subject()) + " " + v.detail() + ".")));
            }
        }
        String subject = request.localityId().isPresent() && !localities.isEmpty()
                ? localities.get(0).name() + ", " + council.name() : council.name();
        return Report.builder().reportId(id()).title(title()).subject(subject).audience(request.audience())
                .generatedAt(request.generatedAt())
                .sources(council.configuration().minimumEventsPerLocalityPerYear() > 0
                        ? List.of("The council's configuration: at least " + minimum + " engagement event(s) a year in"
                                + " each locality") : List.of())
                .sections(List.of(new Section("Events", blocks)))
                .build();
    }

    private static String localityName(List<Locality> localities, String id) {
        return localities.stream().filter(l -> l.id().equals(id)).map(Locality::name).findFirst().orElse(id);
    }
}
