package org.localityworking.reporting.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.localityworking.core.model.EnablingGroup;
import org.localityworking.core.model.Locality;
import org.localityworking.core.model.LocalityNetwork;
import org.localityworking.core.model.LocalityPartnership;
import org.localityworking.core.model.Member;
import org.localityworking.core.model.MembershipSector;
import org.localityworking.core.rules.EnablingGroupBalance;
import org.localityworking.core.rules.RuleViolation;
import org.localityworking.reporting.Block;
import org.localityworking.reporting.KeyFigures;
import org.localityworking.reporting.Note;
import org.localityworking.reporting.Section;
import org.localityworking.reporting.Table;
import org.localityworking.storage.Query;
import org.localityworking.storage.StandardKinds;

/** Partnership, Enabling Group and network composition against the council's rule (seed 000, seed 004). */
public final class CompositionReport extends BuiltInReport {
    /** Creates the report definition. */
    public CompositionReport() {
        super("composition", "Composition of locality bodies",
                "Members of each locality body, in the council's own words, and of its core group where the council"
                        + " has one, by sector (community, agency, elected members), checked against the council's rule.",
                List.of(StandardKinds.PARTNERSHIP, StandardKinds.ENABLING_GROUP, StandardKinds.NETWORK));
    }

    /** Titled in the council's words: its locality body, and its Enabling Groups only where it has them. */
    @Override
    String title(Scope s) {
        var configuration = s.council.configuration();
        return configuration.terminology().localityBody() + (configuration.enablingGroupRule().isPresent()
                ? " and " + configuration.terminology().enablingGroupTerm() + " composition" : " composition");
    }

    /** {@return a sector in words: the council's word for its elected members} */
    static String sector(Scope s, MembershipSector sector) {
        return s.council.configuration().terminology().sectorWord(sector);
    }

    @Override
    List<Section> sections(Scope s) {
        List<Section> sections = new ArrayList<>();
        String group = s.council.configuration().terminology().enablingGroupTerm();
        String rule = s.council.configuration().enablingGroupRule()
                .map(r -> "core of " + r.coreSize() + ": " + r.required(MembershipSector.COMMUNITY) + " community, "
                        + r.required(MembershipSector.AGENCY) + " agency, " + r.required(MembershipSector.COUNCILLOR)
                        + " " + sector(s, MembershipSector.COUNCILLOR).toLowerCase(java.util.Locale.UK))
                .orElse("the council has no rule for it");
        for (Locality l : s.localities) {
            Query<Object> here = Query.all().locality(l.id());
            List<Block> blocks = new ArrayList<>();
            List<LocalityPartnership> partnerships = Scope.values(s.view.query(StandardKinds.PARTNERSHIP, here));
            List<EnablingGroup> groups = Scope.values(s.view.query(StandardKinds.ENABLING_GROUP, here));
            List<LocalityNetwork> networks = Scope.values(s.view.query(StandardKinds.NETWORK, here));
            for (LocalityPartnership p : partnerships) {
                blocks.add(new KeyFigures(List.of(Blocks.figure(p.name(), p.members().size() + " members"),
                        Blocks.figure("Membership", (p.membership() == org.localityworking.core.model.MembershipMode.OPEN
                                ? "Open" : "Defined") + " since " + p.established().getYear()))));
                blocks.add(sectorTable(s, "Members of " + p.name() + " by sector", p.members()));
                memberList(s, blocks, "Members of " + p.name(), p.members());
            }
            for (EnablingGroup g : groups) {
                blocks.add(sectorTable(s, group + " core members by sector (rule: " + rule + ")", g.coreMembers()));
                List<RuleViolation> violations = EnablingGroupBalance.check(g, s.council.configuration());
                if (violations.isEmpty()) {
                    blocks.add(new Note(Note.Kind.INFO, "The " + group + " keeps the council's rule (" + rule + ")."));
                } else {
                    violations.forEach(v -> blocks.add(new Note(Note.Kind.WARNING, group + ": " + v.detail())));
                }
                memberList(s, blocks, group + " core members", g.coreMembers());
            }
            for (LocalityNetwork n : networks) {
                blocks.add(Table.of(n.name(), List.of("Taking part", "Count"), List.of(
                        Blocks.row("Organisations", n.memberOrganisationIds().size()),
                        Blocks.row("People", n.members().size()))));
                if (!n.memberOrganisationIds().isEmpty()) {
                    blocks.add(Table.of("Organisations in " + n.name(), List.of("Organisation"),
                            n.memberOrganisationIds().stream().map(o -> Blocks.row(s.organisationName(o))).toList()));
                }
            }
            if (partnerships.isEmpty() && networks.isEmpty()) {
                blocks.add(Note.noData("No " + s.council.configuration().terminology().localityBody() + " recorded for "
                        + l.name() + "."));
            }
            if (groups.isEmpty() && s.council.configuration().enablingGroupRule().isPresent()) {
                blocks.add(Note.noData("No " + group + " recorded for " + l.name() + "."));
            }
            sections.add(new Section(l.name(), blocks));
        }
        return sections;
    }

    private static Table sectorTable(Scope s, String caption, List<Member> members) {
        Map<MembershipSector, Integer> counts = EnablingGroupBalance.countBySector(members);
        List<List<?>> rows = new ArrayList<>();
        counts.forEach((sector, n) -> rows.add(Blocks.row(sector(s, sector), n)));
        return Table.of(caption, List.of("Sector", "Members"), rows);
    }

    private static void memberList(Scope s, List<Block> blocks, String caption, List<Member> members) {
        if (members.isEmpty()) {
            return;
        }
        // PUBLIC: a holder of a public office is named in that role, everyone else's name is withheld (Scope)
        blocks.add(Table.of(caption, List.of("Member", "Sector", "Organisation"), members.stream()
                .map(m -> Blocks.row(s.personName(m.personId()), sector(s, m.sector()),
                        m.organisationId().map(s::organisationName).orElse("")))
                .toList()));
    }
}
