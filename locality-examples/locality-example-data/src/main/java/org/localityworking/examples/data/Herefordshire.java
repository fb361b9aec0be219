package org.localityworking.examples.data;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.localityworking.core.config.CouncilConfigurations;
import org.localityworking.core.config.CouncilDefinition;
import org.localityworking.core.model.Source;
import org.localityworking.core.model.Assessment;
import org.localityworking.core.model.Asset;
import org.localityworking.core.model.AssetCategory;
import org.localityworking.core.model.EngagementEvent;
import org.localityworking.core.model.EventKind;
import org.localityworking.core.model.Locality;
import org.localityworking.core.model.LocalityNetwork;
import org.localityworking.core.model.LocalityProfile;
import org.localityworking.core.model.LocalityProject;
import org.localityworking.core.model.Organisation;
import org.localityworking.core.model.OrganisationKind;
import org.localityworking.core.model.PartyRef;
import org.localityworking.core.model.ProjectStatus;
import org.localityworking.core.model.Sector;
import org.localityworking.core.model.Statistic;
import org.localityworking.core.model.SuccessMeasure;
import org.localityworking.core.model.Tangibility;
import org.localityworking.core.model.TransferStatus;
import org.localityworking.storage.StandardKinds;

/** Herefordshire's example data (seed 004). Locality names, figures and stages are illustrative. */
final class Herefordshire {
    static final String C = "herefordshire";

    private Herefordshire() {
    }

    static Dataset build() {
        CouncilDefinition def = CouncilConfigurations.herefordshire();
        Builder b = new Builder();
        b.add(StandardKinds.COUNCIL, def.council());
        b.addAll(StandardKinds.WARD, def.wards());
        b.addAll(StandardKinds.LOCALITY, def.localities());
        List<Locality> localities = def.localities();

        // Profiles exist for each locality (seed 004, paragraph 7); the figures here are illustrative, and
        // two localities are left without one so reports show "no data".
        int[] population = {17_000, 11_000, 30_000, 28_000, 9_000, 15_000, 20_000, 18_000, 12_000};
        for (int i = 0; i < localities.size(); i++) {
            if (i == 4 || i == 8) {
                continue;
            }
            Locality l = localities.get(i);
            b.add(StandardKinds.LOCALITY_PROFILE, new LocalityProfile("profile-" + l.id(), l.id(), List.of(
                    new Statistic("Population", population[i], "people", "illustrative", LocalDate.of(2012, 6, 30)),
                    new Statistic("Satisfied with the local area (Quality of Life Survey 2012)", 80 + i % 7, "%",
                            "illustrative", LocalDate.of(2012, 9, 1)))));
        }

        b.add(StandardKinds.ORGANISATION, new Organisation("herefordshire-council", "Herefordshire Council", Sector.PUBLIC,
                OrganisationKind.COUNCIL, Optional.empty()));
        b.add(StandardKinds.ORGANISATION, new Organisation("west-mercia-police", "West Mercia Police, Herefordshire Division",
                Sector.PUBLIC, OrganisationKind.POLICE, Optional.empty()));
        b.add(StandardKinds.ORGANISATION, new Organisation("amey-wye-valley", "Amey Wye Valley", Sector.PRIVATE,
                OrganisationKind.BUSINESS, Optional.empty()));
        b.add(StandardKinds.ORGANISATION, new Organisation("john-kyrle-high-school", "John Kyrle High School",
                Sector.PUBLIC, OrganisationKind.SCHOOL, Optional.of("ross-on-wye")));
        for (Locality l : localities) {
            b.add(StandardKinds.ORGANISATION, new Organisation("ptc-" + l.id(), l.name() + " Town and Parish Councils (illustrative)",
                    Sector.PUBLIC, OrganisationKind.PARISH_OR_TOWN_COUNCIL, Optional.of(l.id())));
        }
        b.addAll(StandardKinds.PERSON, def.people());
        for (LocalityNetwork n : def.networks()) {
            b.add(StandardKinds.NETWORK, new LocalityNetwork(n.id(), n.localityId(), n.name(),
                    List.of("ptc-" + n.localityId(), "herefordshire-council"), List.of()));
        }

        for (Locality l : localities) {
            String ward = l.wards().get(0).wardId();
            b.add(StandardKinds.ASSET, Asset.of("a-hall-" + l.id(), l.id(), ward, l.name() + " community hall",
                    "Village and market-town hall (illustrative)", AssetCategory.PHYSICAL, Tangibility.TANGIBLE));
            b.add(StandardKinds.ASSET, Asset.of("a-plan-" + l.id(), l.id(), ward, l.name() + " parish plan group",
                    "Community-led parish planning (illustrative group)", AssetCategory.ASSOCIATIONS,
                    Tangibility.INTANGIBLE));
        }
        b.add(StandardKinds.ASSET, new Asset("a-john-kyrle", "ross-on-wye", Optional.of("hfd-w-ross"), "John Kyrle High School",
                "School whose feasibility study came through the locality network", AssetCategory.INSTITUTIONS,
                Tangibility.TANGIBLE, Optional.of(PartyRef.organisation("john-kyrle-high-school")), false,
                TransferStatus.NOT_APPLICABLE, Optional.empty(), Optional.empty()));

        b.add(StandardKinds.PROJECT, new LocalityProject("john-kyrle-feasibility", "ross-on-wye", "John Kyrle High School feasibility study",
                "Developed through the locality network", ProjectStatus.ACTIVE, Optional.empty(),
                List.of(new LocalityProject.Partner(PartyRef.organisation("john-kyrle-high-school"), "School")),
                List.of(), List.of(), List.of()));
        b.add(StandardKinds.PROJECT, new LocalityProject("matac-leominster", "leominster", "Multi-agency tasking (MATAC)",
                "Police working with community contacts on anti-social behaviour", ProjectStatus.ACTIVE,
                Optional.empty(), List.of(new LocalityProject.Partner(PartyRef.organisation("west-mercia-police"), "Police")),
                List.of(), List.of(), List.of()));

        // "Your community - your say", September and October 2012 (seed 004); Kington's is illustratively missing,
        // so the one-event-a-year rule shows a gap.
        for (int i = 0; i < localities.size(); i++) {
            Locality l = localities.get(i);
            if (l.id().equals("kington")) {
                continue;
            }
            b.add(StandardKinds.EVENT, new EngagementEvent("ev-yourSay-" + l.id(), l.id(), EventKind.COMMUNITY_EVENT,
                    "Your community - your say", LocalDate.of(2012, 9, 10).plusDays(4L * i), OptionalInt.of(30 + 5 * i)));
            b.add(StandardKinds.EVENT, new EngagementEvent("ev-np-" + l.id(), l.id(), EventKind.WARD_BRIEFING,
                    "Neighbourhood planning seminar", LocalDate.of(2012, 3, 5).plusDays(2L * i), OptionalInt.empty()));
        }
        b.add(StandardKinds.EVENT, new EngagementEvent("ev-np-kington", "kington", EventKind.WARD_BRIEFING,
                "Neighbourhood planning seminar", LocalDate.of(2011, 11, 14), OptionalInt.empty()));

        b.add(StandardKinds.STRATEGY, def.strategy().orElseThrow());

        // Staged success measures, one per objective (seed 004, Appendix A; the stages are illustrative).
        List<String> objectives = List.of("objective-a", "objective-b", "objective-c", "objective-d");
        List<String> names = List.of("Community leaders work together for the local area",
                "Services reflect local needs", "Local services share resources", "Local people take local decisions");
        for (int m = 0; m < 4; m++) {
            b.add(StandardKinds.MEASURE, new SuccessMeasure("m-" + objectives.get(m), C, Optional.of(objectives.get(m)),
                    names.get(m), List.of("Aware", "Engaged", "Working together", "Leading"), 3));
        }
        int[][] stages = {{2, 1, 1, 0}, {3, 2, 1, 1}, {1, 1, 0, 0}, {2, 2, 2, 1}, {1, 0, 0, 0}, {3, 3, 2, 2},
            {2, 2, 1, 1}, {3, 2, 2, 1}, {1, 1, 1, 0}};
        for (int i = 0; i < localities.size(); i++) {
            Locality l = localities.get(i);
            for (int m = 0; m < 4; m++) {
                if (l.id().equals("wye-valley") && m == 3) {
                    continue; // not yet assessed: the gap analysis says "no data"
                }
                b.add(StandardKinds.ASSESSMENT, new Assessment("as-" + l.id() + "-" + m, "m-" + objectives.get(m), l.id(),
                        stages[i][m], LocalDate.of(2012, 10, 1), Optional.empty()));
            }
        }
        // A group not yet in its locality network (illustrative): seed 004 says networks are "developing", and the
        // connections report finds who still works alone.
        b.add(StandardKinds.ORGANISATION, new Organisation("ledbury-walkers", "Ledbury Walking Group (illustrative)", Sector.VCSE,
                OrganisationKind.COMMUNITY_GROUP, Optional.of("ledbury")));
        // Gifts and needs: town and parish councils' experience of participatory budgeting, and parish planning
        // groups' actions needing it (seed 004: "Participatory budgeting exercise within some parish councils";
        // "supporting planning groups to develop and achieve actions they identify"). Illustrative details.
        b.add(StandardKinds.GIFT, new org.localityworking.core.model.Gift("gift-ledbury-pb", "ledbury", Optional.empty(),
                org.localityworking.core.model.PartyRef.organisation("ptc-ledbury"),
                org.localityworking.core.model.GiftKind.HEAD, "Has run a participatory budgeting exercise and can show how",
                java.util.Set.of("participatory budgeting", "parish plans"), Optional.empty()));
        b.add(StandardKinds.NEED, new org.localityworking.core.model.Need("need-ledbury-plan", "ledbury", Optional.empty(),
                Optional.empty(), Optional.of("Parish plan actions residents choose (illustrative priority)"),
                org.localityworking.core.model.GiftKind.HEAD, "A way for residents to vote on which parish plan actions to fund",
                java.util.Set.of("participatory budgeting")));

        // The source document, cited as data by its title (seed 004).
        b.add(StandardKinds.SOURCE, new Source("src-scrutiny-2012", C, "Locality Working: first year of implementation",
                "Herefordshire Council, Overview and Scrutiny Committee", Optional.of(YearMonth.of(2012, 10)),
                Optional.empty(), List.of("locality", "locality_profile", "network", "measure", "assessment", "event",
                "strategy", "project", "asset", "organisation", "gift", "need")));
        return new Dataset(C, b.entries(), List.of(
                "Nine localities, four objectives, Lead Locality Officers, locality networks, one event a year,"
                        + " success measures and gap analysis: seed 004.",
                "ILLUSTRATIVE: locality and ward names, officers (posts, not people), profile figures, assets, events"
                        + " dates, measure stages and assessments."));
    }
}
