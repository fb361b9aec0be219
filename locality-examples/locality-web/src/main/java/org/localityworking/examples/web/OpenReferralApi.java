package org.localityworking.examples.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.localityworking.core.ValidationException;
import org.localityworking.interop.ExportRequest;
import org.localityworking.interop.registry.ExporterRegistry;
import org.localityworking.interop.run.Exporting;
import org.localityworking.interop.spi.DataExporter;
import org.localityworking.reporting.Audience;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;

/**
 * An Open Referral UK API for each council in the store, at {@code /api/COUNCIL/}: the root (which profile it
 * serves), the service list with its filters and paging, a service by id with its records nested, organisations,
 * taxonomies and terms. Every answer is built from the library's PUBLIC Open Referral export of the council (the
 * {@code openreferral} exporter through the privacy view), so the API shows exactly what the PUBLIC export shows and
 * nothing else; it is exported again when older than the refresh interval.
 */
final class OpenReferralApi {
    /** The HSDS version the export writes. */
    static final String VERSION = "3.0";
    /** The profile the API serves. */
    static final String PROFILE = "https://openreferraluk.org/profile";
    static final int MAX_PER_PAGE = 200;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalityStore store;
    private final Duration refresh;
    private final Clock clock;
    private final DataExporter exporter;
    private final Map<String, Refreshed<Tables>> exports = new ConcurrentHashMap<>();

    /** One council's export, table by table. */
    private record Tables(Map<String, List<ObjectNode>> rows) {
        List<ObjectNode> table(String name) {
            return rows.getOrDefault(name, List.of());
        }

        Optional<ObjectNode> byId(String table, String id) {
            return table(table).stream().filter(r -> r.path("id").asText().equals(id)).findFirst();
        }
    }

    OpenReferralApi(LocalityStore store, Duration refresh, Clock clock) {
        this.store = store;
        this.refresh = refresh;
        this.clock = clock;
        this.exporter = ExporterRegistry.discover().byId("openreferral");
    }

    /** {@return the council's PUBLIC export, made again when older than the refresh interval; empty for no council} */
    private Optional<Tables> tables(String council) {
        if (store.get(StandardKinds.COUNCIL, council).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(exports.computeIfAbsent(council, c -> new Refreshed<>(refresh, clock))
                .get(now -> export(council, now)));
    }

    /** {@return the council's PUBLIC Open Referral export, made in memory, table by table} */
    private Tables export(String council, Instant now) {
        Map<String, ByteArrayOutputStream> files = new LinkedHashMap<>();
        try {
            Exporting.export(store, exporter, new ExportRequest(council, Optional.empty(), Audience.PUBLIC, Map.of(), now),
                    name -> files.computeIfAbsent(name, n -> new ByteArrayOutputStream()));
            JsonNode tabular = JSON.readTree(files.get("openreferral.json").toByteArray());
            Map<String, List<ObjectNode>> rows = new LinkedHashMap<>();
            tabular.fields().forEachRemaining(e -> {
                List<ObjectNode> list = new ArrayList<>();
                e.getValue().forEach(n -> list.add((ObjectNode) n));
                rows.put(e.getKey(), List.copyOf(list));
            });
            return new Tables(Map.copyOf(rows));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("the export is made in memory", e);
        }
    }

    private static void json(Context ctx, int status, JsonNode body) {
        ctx.status(status).contentType("application/json").header("Access-Control-Allow-Origin", "*")
                .header("Cache-Control", status == 200 ? "public, max-age=60" : "no-store").result(body.toString());
    }

    private static void notFound(Context ctx, String what) {
        json(ctx, 404, JSON.createObjectNode().put("status", 404).put("error", what));
    }

    /** The error for a bad query parameter: which, its value, and the rule (as the library's messages do). */
    private static void badParameter(Context ctx, ValidationException e) {
        json(ctx, 400, JSON.createObjectNode().put("status", 400).put("error", e.getMessage())
                .put("parameter", e.field()));
    }

    private static int number(Context ctx, String name, int fallback, int max) {
        String given = ctx.queryParam(name);
        if (given == null || given.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(given.strip());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ValidationException(name, given, "must be a whole number from 1 to " + max);
    }

    /** A page of rows, in HSDS 3.0's paginated shape. */
    private static ObjectNode page(Context ctx, List<ObjectNode> rows) {
        int perPage = number(ctx, "per_page", 50, MAX_PER_PAGE);
        int pageNumber = number(ctx, "page", 1, Integer.MAX_VALUE);
        int totalPages = Math.max(1, (rows.size() + perPage - 1) / perPage);
        long from = Math.min((long) (pageNumber - 1) * perPage, rows.size());
        List<ObjectNode> contents = rows.subList((int) from, (int) Math.min(from + perPage, rows.size()));
        ObjectNode out = JSON.createObjectNode().put("total_items", rows.size()).put("total_pages", totalPages)
                .put("page_number", pageNumber).put("size", contents.size()).put("first_page", pageNumber == 1)
                .put("last_page", pageNumber >= totalPages).put("empty", contents.isEmpty());
        ArrayNode array = out.putArray("contents");
        contents.forEach(array::add);
        return out;
    }

    /** Runs the answer for a council the store holds; 404 for another, 400 for a bad parameter. */
    private void answer(Context ctx, java.util.function.BiConsumer<Context, Tables> answer) {
        String council = ctx.pathParam("council");
        Optional<Tables> t = tables(council);
        if (t.isEmpty()) {
            notFound(ctx, "There is no council '" + council + "' here.");
            return;
        }
        try {
            answer.accept(ctx, t.get());
        } catch (ValidationException e) {
            badParameter(ctx, e);
        }
    }

    void root(Context ctx) {
        answer(ctx, (c, t) -> json(c, 200, JSON.createObjectNode().put("version", VERSION).put("profile", PROFILE)
                .put("council", c.pathParam("council"))));
    }

    void services(Context ctx) {
        answer(ctx, (c, t) -> {
            Predicate<ObjectNode> keep = s -> true;
            String text = c.queryParam("text");
            if (text != null && !text.isBlank()) {
                String needle = text.strip().toLowerCase(Locale.ROOT);
                keep = keep.and(s -> (s.path("name").asText() + " " + s.path("description").asText())
                        .toLowerCase(Locale.ROOT).contains(needle));
            }
            String term = c.queryParam("taxonomy_term_id");
            if (term != null && !term.isBlank()) {
                List<String> linked = t.table("attribute").stream()
                        .filter(a -> a.path("taxonomy_term_id").asText().equals(term.strip()))
                        .map(a -> a.path("link_id").asText()).toList();
                keep = keep.and(s -> linked.contains(s.path("id").asText()));
            }
            String organisation = c.queryParam("organization_id");
            if (organisation != null && !organisation.isBlank()) {
                keep = keep.and(s -> s.path("organization_id").asText().equals(organisation.strip()));
            }
            json(c, 200, page(c, t.table("service").stream().filter(keep).toList()));
        });
    }

    /** Answers the record of the table with the path's id, as {@code shape} makes it; 404 naming it otherwise. */
    private void record(Context ctx, String table, String noun,
                        java.util.function.BiFunction<Tables, ObjectNode, ObjectNode> shape) {
        answer(ctx, (c, t) -> t.byId(table, c.pathParam("id")).ifPresentOrElse(
                r -> json(c, 200, shape.apply(t, r.deepCopy())),
                () -> notFound(c, "There is no " + noun + " '" + c.pathParam("id") + "' here.")));
    }

    void service(Context ctx) {
        record(ctx, "service", "service", (t, s) -> {
            t.byId("organization", s.path("organization_id").asText()).ifPresent(o -> s.set("organization", o));
            ArrayNode at = s.putArray("service_at_locations");
            for (ObjectNode link : t.table("service_at_location")) {
                if (link.path("service_id").asText().equals(s.path("id").asText())) {
                    ObjectNode l = link.deepCopy();
                    t.byId("location", link.path("location_id").asText()).ifPresent(loc -> l.set("location", loc));
                    at.add(l);
                }
            }
            s.set("attributes", attributes(t, s.path("id").asText()));
            return s;
        });
    }

    /** {@return the record's attributes, each with its taxonomy term} */
    private static ArrayNode attributes(Tables t, String linkId) {
        ArrayNode out = JSON.createArrayNode();
        for (ObjectNode a : t.table("attribute")) {
            if (a.path("link_id").asText().equals(linkId)) {
                ObjectNode copy = a.deepCopy();
                t.byId("taxonomy_term", a.path("taxonomy_term_id").asText()).ifPresent(term -> copy.set("taxonomy_term", term));
                out.add(copy);
            }
        }
        return out;
    }

    void organizations(Context ctx) {
        answer(ctx, (c, t) -> json(c, 200, page(c, t.table("organization"))));
    }

    void organization(Context ctx) {
        record(ctx, "organization", "organization", (t, o) -> {
            ArrayNode services = o.putArray("services");
            t.table("service").stream().filter(s -> s.path("organization_id").asText().equals(o.path("id").asText()))
                    .forEach(services::add);
            return o;
        });
    }

    void taxonomies(Context ctx) {
        answer(ctx, (c, t) -> json(c, 200, page(c, t.table("taxonomy"))));
    }

    void taxonomy(Context ctx) {
        record(ctx, "taxonomy", "taxonomy", (t, x) -> x);
    }

    void taxonomyTerms(Context ctx) {
        answer(ctx, (c, t) -> {
            String taxonomy = c.queryParam("taxonomy_id");
            json(c, 200, page(c, t.table("taxonomy_term").stream().filter(term -> taxonomy == null || taxonomy.isBlank()
                    || term.path("taxonomy_id").asText().equals(taxonomy.strip())).toList()));
        });
    }

    void taxonomyTerm(Context ctx) {
        record(ctx, "taxonomy_term", "taxonomy term", (t, x) -> x);
    }
}
