package org.localityworking.interop.builtin;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.localityworking.core.model.AcvListing;
import org.localityworking.core.model.Asset;
import org.localityworking.core.model.PartyKind;
import org.localityworking.core.model.Person;
import org.localityworking.core.model.RoleAssignment;
import org.localityworking.reporting.CsvColumns;
import org.localityworking.interop.ExportRequest;
import org.localityworking.interop.spi.DataExporter;
import org.localityworking.interop.spi.ExportTarget;
import org.localityworking.reporting.builtin.Scope;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;

/**
 * The asset map ({@code assets.csv}) and, for INTERNAL exports, the people list ({@code people.csv}) as CSV in
 * the columns the CLI's {@code import} reads, so that an export imports back to the same records. Values are
 * written exactly (no formula neutralising) because they are meant to be read back; open them in a spreadsheet
 * with care.
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
    public int spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public String description() {
        return "The asset map (assets.csv) and, INTERNAL only, the people list (people.csv) in the import columns";
    }

    @Override
    public List<String> export(LocalityStore store, ExportRequest request, ExportTarget target) throws IOException {
        Scope scope = Exports.scope(store, request);
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
        if (Exports.isPublic(request)) {
            List<Exports.LeftOut> left = new java.util.ArrayList<>(Exports.assetsLeftOut(scope));
            left.add(new Exports.LeftOut("people (people.csv, the people list)", scope.inLocalities(Kind.PERSON).size(),
                    "people's names and contact details are for INTERNAL exports only"));
            return Exports.manifest(target, id(), request, List.of("assets.csv"), left);
        }
        List<List<String>> people = new ArrayList<>();
        for (Person p : scope.inLocalities(Kind.PERSON)) {
            people.add(List.of(p.id(), p.name(), p.contact().email().orElse(""), p.contact().phone().orElse(""),
                    p.contact().address().orElse(""), p.homeWardId().orElse(""),
                    p.roles().stream().map(CsvExport::role).collect(Collectors.joining(";"))));
        }
        Exports.csv(target, "people.csv", CsvColumns.PEOPLE, people);
        return Exports.manifest(target, id(), request, List.of("assets.csv", "people.csv"), List.of());
    }

    /** @return a role as {@code ROLE[@locality][#organisation]} */
    static String role(RoleAssignment r) {
        return r.role().name() + r.localityId().map(l -> "@" + l).orElse("") + r.organisationId().map(o -> "#" + o).orElse("");
    }
}
