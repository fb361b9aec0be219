package org.localityworking.reporting.builtin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.localityworking.core.model.Grant;
import org.localityworking.core.model.GrantScheme;
import org.localityworking.core.model.Locality;
import org.localityworking.core.model.RecipientKind;
import org.localityworking.core.model.VotingEvent;
import org.localityworking.core.model.WardPart;
import org.localityworking.reporting.BarChart;
import org.localityworking.reporting.Block;
import org.localityworking.reporting.KeyFigures;
import org.localityworking.reporting.Note;
import org.localityworking.reporting.Section;
import org.localityworking.reporting.Table;
import org.localityworking.storage.Dimension;
import org.localityworking.storage.Query;
import org.localityworking.storage.StandardKinds;

/**
 * Grants: micro-grants and voting events, amounts, counts, individuals and groups, first-time recipients and
 * votes (seeds 000, 002, 003). PUBLIC shows individuals as "Individual Recipient" at ward level.
 */
public final class GrantsReport extends BuiltInReport {
    /** Creates the report definition. */
    public GrantsReport() {
        super("grants", "Grants and voting events",
                "Each grant scheme's awards (amounts, counts, individuals and groups, first-time recipients) and the"
                        + " public voting events that decided them.",
                List.of(StandardKinds.GRANT_SCHEME, StandardKinds.GRANT, StandardKinds.VOTING_EVENT));
    }

    @Override
    List<Section> sections(Scope s) {
        Set<String> scopeLocalities = s.localities.stream().map(Locality::id).collect(Collectors.toSet());
        Set<String> scopeWards = s.localities.stream().flatMap(l -> l.wards().stream()).map(WardPart::wardId)
                .collect(Collectors.toSet());
        Map<String, VotingEvent> events = new LinkedHashMap<>();
        for (VotingEvent e : s.ofCouncil(StandardKinds.VOTING_EVENT).stream()
                .sorted(java.util.Comparator.comparing(VotingEvent::heldOn).thenComparing(VotingEvent::name, Blocks.NATURAL))
                .toList()) {
            if (s.request.inPeriod(e.heldOn()) && (s.wholeCouncil() || e.localityId().filter(scopeLocalities::contains).isPresent())) {
                events.put(e.id(), e);
            }
        }
        List<Section> sections = new ArrayList<>();
        List<String> schemeNames = new ArrayList<>();
        List<Double> schemeTotals = new ArrayList<>();
        // A locality's grants of a scheme that is not its own are those in its wards (or decided at its voting
        // events): with no voting event here, they are read by ward, once, not scheme by scheme (a national body has
        // a scheme per locality, and reading every scheme's grants for every locality costs the square of its size).
        Map<String, List<Grant>> inScopeWardsByScheme = null;
        if (!s.wholeCouncil() && events.isEmpty()) {
            inScopeWardsByScheme = new java.util.HashMap<>();
            for (String ward : scopeWards) {
                for (Grant g : Scope.values(s.view.query(StandardKinds.GRANT, Query.all().with(Dimension.WARD, ward)))) {
                    inScopeWardsByScheme.computeIfAbsent(g.schemeId(), k -> new ArrayList<>()).add(g);
                }
            }
        }
        for (GrantScheme scheme : s.ofCouncil(StandardKinds.GRANT_SCHEME)) {
            boolean schemeInScope = s.wholeCouncil() || scheme.localityId().filter(scopeLocalities::contains).isPresent();
            List<Grant> read = schemeInScope || inScopeWardsByScheme == null
                    ? Scope.values(s.view.query(StandardKinds.GRANT, Query.all().parent(scheme.id())))
                    : inScopeWardsByScheme.getOrDefault(scheme.id(), List.of());
            List<Grant> grants = read.stream()
                    .filter(g -> s.request.inPeriod(g.awardedOn()))
                    .filter(g -> schemeInScope || g.wardId().filter(scopeWards::contains).isPresent()
                            || g.votingEventId().filter(events::containsKey).isPresent())
                    .sorted(java.util.Comparator.comparing(Grant::awardedOn)
                            .thenComparing(g -> Privacy.recipient(s, g), Blocks.NATURAL).thenComparing(Grant::id))
                    .toList();
            if (!schemeInScope && grants.isEmpty()) {
                continue;
            }
            long total = grants.stream().mapToLong(g -> g.amount().minorUnits()).sum();
            long individuals = grants.stream().filter(g -> g.recipientKind() == RecipientKind.INDIVIDUAL).count();
            List<Block> blocks = new ArrayList<>();
            blocks.add(new KeyFigures(List.of(Blocks.figure("Grants", grants.size()),
                    Blocks.figure("Total awarded", Blocks.pounds(total)),
                    Blocks.figure("To individuals", individuals),
                    Blocks.figure("To groups", grants.size() - individuals),
                    Blocks.figure("First-time recipients", grants.stream().filter(Grant::firstTimeRecipient).count()),
                    Blocks.figure("Cap per grant", Blocks.money(scheme.capPerGrant())),
                    Blocks.figure("Decided by", scheme.decidedBy().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT)))));
            List<List<?>> rows = new ArrayList<>();
            for (Grant g : grants) {
                rows.add(Blocks.row(Privacy.recipient(s, g), g.wardId().map(s::wardName).orElse(Blocks.NO_DATA),
                        g.amount(), g.awardedOn(), g.firstTimeRecipient() ? "yes" : "no", g.title()));
            }
            Blocks.orNoData(blocks, grants.isEmpty(), Table.of("Grants awarded: " + scheme.name(),
                    List.of("Recipient", "Ward", "Amount", "Awarded", "First time", "Title"), rows),
                    "No grants recorded under " + scheme.name() + " in this period.");
            if (s.isPublic() && individuals > 0) {
                blocks.add(new Note(Note.Kind.INFO, "Grants to individuals are shown as \"" + Scope.INDIVIDUAL_RECIPIENT
                        + "\" at ward level."));
            }
            sections.add(new Section(scheme.name(), blocks));
            schemeNames.add(scheme.name());
            schemeTotals.add(total / 100.0);
        }
        List<Block> summary = new ArrayList<>();
        Blocks.orNoData(summary, schemeNames.isEmpty(), new BarChart("Amount awarded by scheme", BarChart.POUNDS, schemeNames,
                List.of(new BarChart.Series("Awarded", schemeTotals)), false), "No grant schemes recorded here.");
        List<Block> voting = new ArrayList<>();
        List<List<?>> vrows = new ArrayList<>();
        int voters = 0;
        int votes = 0;
        for (VotingEvent e : events.values()) {
            voters += e.voters();
            votes += e.tallies().stream().mapToInt(VotingEvent.Tally::votes).sum();
            vrows.add(Blocks.row(e.name(), e.localityId().map(s::localityName).orElse("council-wide"), e.heldOn(),
                    e.voters(), e.tallies().size(), e.tallies().stream().filter(VotingEvent.Tally::funded).count(),
                    e.tallies().stream().mapToInt(VotingEvent.Tally::votes).sum()));
        }
        if (!events.isEmpty()) {
            voting.add(new KeyFigures(List.of(Blocks.figure("Voting events", events.size()),
                    Blocks.figure("People who voted", voters), Blocks.figure("Votes cast", votes))));
        }
        Blocks.orNoData(voting, vrows.isEmpty(), Table.of("Voting events", List.of("Event", "Locality", "Date", "Voters",
                "Bids", "Funded", "Votes cast"), vrows), "No voting events recorded here.");
        List<Section> all = new ArrayList<>();
        all.add(new Section("Summary", summary));
        all.addAll(sections);
        all.add(new Section("Voting events", voting));
        if (sections.isEmpty()) {
            all.set(0, new Section("Summary", List.of(Note.noData("No grants or grant schemes recorded here."))));
        }
        return all;
    }
}
