package org.localityworking.reporting.builtin;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.localityworking.core.model.AcvListing;
import org.localityworking.core.model.Asset;
import org.localityworking.core.rules.AcvDeadlines;
import org.localityworking.reporting.Block;
import org.localityworking.reporting.Cell;
import org.localityworking.reporting.KeyFigures;
import org.localityworking.reporting.Note;
import org.localityworking.reporting.Section;
import org.localityworking.reporting.Table;
import org.localityworking.storage.StandardKinds;

/** Assets of Community Value and their coming deadlines (Localism Act 2011, periods from the council's configuration). */
public final class AcvDeadlinesReport extends BuiltInReport {
    /** How far ahead "coming" deadlines look. */
    static final Period HORIZON = Period.ofMonths(6);

    /** Creates the report definition. */
    public AcvDeadlinesReport() {
        super("acv-deadlines", "Assets of Community Value: coming deadlines",
                "Nominated and listed Assets of Community Value, their deadlines (decision, listing, moratoria, protected"
                        + " period) and those falling in the next six months.",
                List.of(StandardKinds.ASSET), List.of("Localism Act 2011, Part 5, Chapter 3 (Assets of Community Value)"));
    }

    @Override
    List<Section> sections(Scope s) {
        var periods = s.council.configuration().acvPeriods();
        List<List<?>> rows = new ArrayList<>();
        List<List<Cell>> coming = new ArrayList<>();
        List<Block> warnings = new ArrayList<>();
        int listed = 0;
        for (Asset a : s.eachInLocalities(StandardKinds.ASSET)) { // a locality at a time: few assets are nominated
            if (a.acv().isEmpty()) {
                continue;
            }
            AcvListing acv = a.acv().get();
            AcvDeadlines d = AcvDeadlines.of(acv, periods);
            if (acv.isListed()) {
                listed++;
            }
            rows.add(Blocks.row(a.name(), s.localityName(a.localityId()), s.organisationName(acv.nominatingOrganisationId()),
                    acv.nominatedOn(), acv.decision().map(x -> x.outcome() + " on " + x.decidedOn()).orElse("awaiting decision"),
                    d.all().stream().map(x -> x.name() + " " + x.date()).reduce((x, y) -> x + "; " + y).orElse("")));
            for (AcvDeadlines.Deadline x : d.upcoming(s.request.asOf(), HORIZON)) {
                coming.add(Blocks.row(x.date(), a.name(), x.name()));
            }
            if (acv.decision().isEmpty() && s.request.asOf().isAfter(d.decisionDue())) {
                warnings.add(new Note(Note.Kind.WARNING, "The nomination of " + a.name() + " was due a decision by "
                        + d.decisionDue() + " and has none."));
            }
        }
        coming.sort(java.util.Comparator.comparing(x -> ((Cell.Date) x.get(0)).date())); // by day, not by its words
        List<Block> blocks = new ArrayList<>();
        if (!rows.isEmpty()) {
            blocks.add(new KeyFigures(List.of(Blocks.figure("Nominations", rows.size()), Blocks.figure("Listed", listed),
                    Blocks.figure("Deadlines in the next six months", coming.size()))));
        }
        blocks.addAll(warnings);
        Table deadlines = Table.of("Deadlines from " + s.request.asOf() + " to " + s.request.asOf().plus(HORIZON),
                List.of("Date", "Asset", "Deadline"), coming);
        if (rows.isEmpty()) {
            blocks.add(Note.noData("No asset here has been nominated, so no deadline is running."));
        } else {
            // with nominations on the register, no deadline coming is an answer, not missing data
            Blocks.orFinding(blocks, coming.isEmpty(), deadlines, "No deadline falls in the next six months.");
        }
        List<Block> register = new ArrayList<>();
        Blocks.orNoData(register, rows.isEmpty(), Table.of("Nominations and listings", List.of("Asset", "Locality",
                "Nominated by", "Nominated", "Decision", "Deadlines (last days)"), rows),
                "No asset here has been nominated as an Asset of Community Value.");
        return List.of(new Section("Coming deadlines", blocks), new Section("Register", register));
    }
}
