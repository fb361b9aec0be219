package org.localityworking.interop.builtin;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.localityworking.core.model.AcvListing;
import org.localityworking.core.model.Asset;
import org.localityworking.core.model.Organisation;
import org.localityworking.core.model.PartyKind;
import org.localityworking.core.model.Person;
import org.localityworking.core.model.RoleAssignment;
import org.localityworking.reporting.CsvColumns;
import org.localityworking.interop.ExportRequest;
import org.localityworking.interop.spi.DataExporter;
import org.localityworking.interop.spi.ExportContext;
import org.localityworking.interop.spi.ExportTarget;
import org.localityworking.reporting.builtin.Scope;
import org.localityworking.storage.StandardKinds;

/**
 * The asset map ({@code assets.csv}), the organisations it and the people list name ({@code organisations.csv})
 * and, for INTERNAL exports, the people list ({@code people.csv}) as CSV in the columns the {@code assets},
 * {@code organisations} and {@code people} importers read, so that an export imports back to the same records
 * (organisations first, then people, then assets). Text cells a spreadsheet would run as a formula are
 * neutralised with a leading apostrophe, which the importers take off again.
 */
public final class CsvExport implements DataExporter {
    /** Creates the exporter. */
    public CsvExport() {
    }

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public String description() {
        return "The asset map (assets.csv), organisations (organisations.csv) and, INTERNAL only, the people list"
                + " (people.csv), in the importers' columns";
    }

    @Override
    public List<String> export(ExportContext context, ExportTarget target) throws IOException {
        ExportRequest request = context.request();
        Scope scope = Exports.scope(context.view(), request);
        List<List<String>> rows = new ArrayList<>();
        for (Asset a : Exports.assets(scope)) {
            Optional<AcvListing> acv = a.acv();
            rows.add(List.of(a.id(), a.localityId(), a.wardId().orElse(""), a.name(), a.description(), a.category().name(),
                    a.tangibility().name(), a.owner().map(o -> (o.kind() == PartyKind.PERSON ? "person:" : "organisation:")
                            + o.id()).orElse(""), a.sensitive() ? "yes" : "no", a.transfer().name(),
                    a.location().map(g -> Double.toString(g.latitude())).orElse(""),
                    a.location().map(g -> Double.toString(g.longitude())).orElse(""),
                    acv.map(AcvListing::nominatingOrganisationId).orElse(""),
                    acv.map(x -> x.nominatedOn().toString()).orElse(""),
                    acv.flatMap(AcvListing::decision).map(d -> d.outcome().name()).orElse(""),
                    acv.flatMap(AcvListing::decision).map(d -> d.decidedOn().toString()).orElse(""),
                    acv.flatMap(AcvListing::ownerNoticeOn).map(Object::toString).orElse(""),
                    acv.flatMap(AcvListing::bidRequestOn).map(Object::toString).orElse("")));
        }
        Exports.csv(target, "assets.csv", CsvColumns.ASSETS, rows);
        List<Person> people = Exports.isPublic(request) ? List.of() : scope.inLocalities(StandardKinds.PERSON);
        List<Organisation> organisations = organisations(scope, people);
        Exports.csv(target, "organisations.csv", CsvColumns.ORGANISATIONS, organisations.stream()
                .map(o -> List.of(o.id(), o.name(), o.sector().name(), o.kind().name(), o.localityId().orElse(""),
                        o.description().orElse(""), o.charityNumber().orElse(""), o.companyNumber().orElse(""),
                        o.postcode().orElse(""), o.website().orElse("")))
                .toList());
        List<Exports.LeftOut> unplaced = request.localityId().isPresent() ? List.of()
                : Exports.unplaced(context.view(), organisations.stream().map(Organisation::id).collect(Collectors.toSet()),
                        people.stream().map(Person::id).collect(Collectors.toSet()), !Exports.isPublic(request));
        if (Exports.isPublic(request)) {
            List<Exports.LeftOut> left = new java.util.ArrayList<>(Exports.assetsLeftOut(scope));
            left.addAll(unplaced);
            int withheld = scope.inLocalities(StandardKinds.PERSON).size();
            if (withheld > 0) {
                left.add(new Exports.LeftOut("people (people.csv, the people list)", withheld,
                        "people's names and contact details are for INTERNAL exports only"));
            }
            return Exports.manifest(target, id(), request, List.of("assets.csv", "organisations.csv"), left);
        }
        List<List<String>> peopleRows = new ArrayList<>();
        for (Person p : people) {
            peopleRows.add(List.of(p.id(), p.name(), p.contact().email().orElse(""), p.contact().phone().orElse(""),
                    p.contact().address().orElse(""), p.homeWardId().orElse(""),
                    p.roles().stream().map(CsvExport::role).collect(Collectors.joining(";"))));
        }
        Exports.csv(target, "people.csv", CsvColumns.PEOPLE, peopleRows);
        return Exports.manifest(target, id(), request, List.of("assets.csv", "organisations.csv", "people.csv"), unplaced);
    }

    /**
     * @return the organisations based in the scope's localities and those the exported assets and people name
     *         (owners, ACV nominators, role organisations), by id, so that the files import back in the order
     *         organisations, people, assets
     */
    private static List<Organisation> organisations(Scope scope, List<Person> people) {
        java.util.TreeMap<String, Organisation> out = new java.util.TreeMap<>();
        scope.inLocalities(StandardKinds.ORGANISATION).forEach(o -> out.put(o.id(), o));
        java.util.Set<String> named = new java.util.TreeSet<>();
        for (Asset a : Exports.assets(scope)) {
            a.owner().filter(o -> o.kind() == PartyKind.ORGANISATION).ifPresent(o -> named.add(o.id()));
            a.acv().ifPresent(x -> named.add(x.nominatingOrganisationId()));
        }
        people.forEach(p -> p.roles().forEach(r -> r.organisationId().ifPresent(named::add)));
        named.forEach(id -> scope.organisation(id).ifPresent(o -> out.put(id, o)));
        return List.copyOf(out.values());
    }

    /** {@return a role as {@code ROLE[@locality][#organisation]}} */
    static String role(RoleAssignment r) {
        return r.role().name() + r.localityId().map(l -> "@" + l).orElse("") + r.organisationId().map(o -> "#" + o).orElse("");
    }
}
