package org.localityworking.interop.builtin;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.localityworking.core.model.Asset;
import org.localityworking.reporting.Audience;
import org.localityworking.reporting.CsvColumns;
import org.localityworking.interop.ExportRequest;
import org.localityworking.reporting.ReportRequest;
import org.localityworking.interop.spi.ExportTarget;
import org.localityworking.reporting.spi.LocalityView;
import org.localityworking.reporting.builtin.Scope;
import org.localityworking.storage.StandardKinds;

/** What the exporters share: the scope of an export, and JSON and CSV writing. */
final class Exports {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();

    private Exports() {
    }

    /** {@return the scope of an export, as the reports see it, through the view made for the export's audience} */
    static Scope scope(LocalityView store, ExportRequest request) {
        return Scope.of(store, new ReportRequest(request.councilId(), request.localityId(), request.audience(),
                LocalDate.ofInstant(request.asOf(), java.time.ZoneOffset.UTC), java.util.Optional.empty(),
                java.util.Optional.empty(), request.asOf()));
    }

    /**
     * Something an export left out, and why, for its manifest.
     *
     * @param what  what was left out, in words ("assets flagged sensitive")
     * @param count how many
     * @param why   why
     */
    record LeftOut(String what, long count, String why) {
    }

    /** Why the public view withholds what it withholds, by the reason it gives. */
    private static final java.util.Map<String, String> WHY = java.util.Map.of(
            "assets flagged sensitive", "a public export never shows a sensitive asset",
            "assets that belong to a person", "a person's gifts are personal: never public");

    /** {@return what the view withholds of this scope's assets, by reason (nothing for INTERNAL)} */
    static List<LeftOut> assetsLeftOut(Scope scope) {
        java.util.Map<String, Long> counts = new java.util.TreeMap<>(); // by reason, sensitive assets first
        scope.withheldInLocalities(StandardKinds.ASSET).forEach(w -> counts.merge(w.reason(), 1L, Long::sum));
        List<LeftOut> out = new java.util.ArrayList<>();
        counts.forEach((reason, n) -> out.add(new LeftOut(reason, n, WHY.getOrDefault(reason,
                "the public view of the records does not show them"))));
        return out;
    }

    /**
     * What a whole council's export leaves out because the store cannot tell whose it is: organisations with no
     * locality and people with no role or home ward in any locality, that the export does not hold (it holds those
     * its records name). Neither kind records a council, so such a record is listed by every council's export that
     * leaves it out: the line is about the store, and says how to place the record.
     *
     * @param view          the view the export reads
     * @param organisations the ids of the organisations the export holds
     * @param people        the ids of the people the export holds
     * @param peopleCounted whether to count people (an export that holds people at all)
     * @return the lines for the manifest, none when nothing was left out so
     */
    static List<LeftOut> unplaced(LocalityView view, java.util.Set<String> organisations,
                                  java.util.Set<String> people, boolean peopleCounted) {
        List<LeftOut> out = new java.util.ArrayList<>();
        long orgs = view.query(org.localityworking.storage.StandardKinds.ORGANISATION, org.localityworking.storage.Query.all()).stream().map(v -> v.value())
                .filter(o -> o.localityId().isEmpty() && !organisations.contains(o.id())).count();
        if (orgs > 0) {
            out.add(new LeftOut(UNPLACED_ORGANISATIONS, orgs, "an organisation records no council: one with no"
                    + " locality is exported only with a council whose exported records name it; give it a locality"
                    + " to export it with its council"));
        }
        if (peopleCounted) {
            long unplaced = view.query(org.localityworking.storage.StandardKinds.PERSON, org.localityworking.storage.Query.all()).stream().map(v -> v.value())
                    .filter(p -> org.localityworking.storage.StandardKinds.PERSON.keys(p, org.localityworking.storage.Dimension.LOCALITY)
                            .isEmpty() && !people.contains(p.id())).count();
            if (unplaced > 0) {
                out.add(new LeftOut(UNPLACED_PEOPLE, unplaced, "a person records no council: one with no role or home"
                        + " ward in a locality is exported only with a council whose exported records name them; give"
                        + " them a role in a locality or a home ward to export them with their council"));
            }
        }
        return out;
    }

    /** The manifest's line for organisations no council's export can claim. */
    static final String UNPLACED_ORGANISATIONS = "organisations with no locality, not in this export";
    /** The manifest's line for people no council's export can claim. */
    static final String UNPLACED_PEOPLE = "people with no role or home ward in a locality, not in this export";

    /**
     * Writes {@code manifest.json}: which exporter wrote which files, for which council and audience, and what it
     * left out and why (an empty list when nothing was).
     *
     * @return the files, with the manifest added
     */
    static List<String> manifest(ExportTarget target, String exporter, ExportRequest request, List<String> files,
                                 List<LeftOut> leftOut) throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode m = JSON.createObjectNode().put("exporter", exporter)
                .put("council", request.councilId()).put("audience", request.audience().name());
        request.localityId().ifPresent(l -> m.put("locality", l));
        com.fasterxml.jackson.databind.node.ArrayNode f = m.putArray("files");
        files.forEach(f::add);
        com.fasterxml.jackson.databind.node.ArrayNode left = m.putArray("leftOut");
        leftOut.forEach(l -> left.addObject().put("what", l.what()).put("count", l.count()).put("why", l.why()));
        json(target, "manifest.json", m);
        List<String> all = new java.util.ArrayList<>(files);
        all.add("manifest.json");
        return all;
    }

    /** {@return the assets an export may carry: never individuals' gifts or sensitive assets when PUBLIC} */
    static List<Asset> assets(Scope scope) {
        return scope.inLocalities(StandardKinds.ASSET);
    }

    static void json(ExportTarget target, String name, JsonNode node) throws IOException {
        try (OutputStream out = target.file(name)) {
            JSON.writeValue(out, node);
        }
    }

    /**
     * Writes an RFC 4180 CSV with a header, in every audience with every cell neutralised
     * ({@link CsvColumns#neutralise}: a text cell a spreadsheet could run gets a leading apostrophe; numbers stay
     * numbers), so the importer restores exactly what was written.
     */
    static void csv(ExportTarget target, String name, List<String> header, List<List<String>> rows)
            throws IOException {
        try (OutputStream out = target.file(name);
             SequenceWriter w = CSV.writerFor(String[].class).with(CsvSchema.emptySchema().withLineSeparator("\r\n"))
                     .writeValues(out)) {
            w.write(header.toArray(String[]::new));
            for (List<String> row : rows) {
                w.write(row.stream().map(CsvColumns::neutralise).toArray(String[]::new));
            }
        }
    }

    static boolean isPublic(ExportRequest r) {
        return r.audience() == Audience.PUBLIC;
    }
}
