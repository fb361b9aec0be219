package org.localityworking.interop.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.localityworking.interop.ImportException;
import org.localityworking.interop.spi.ImportSource;

/**
 * The tables of an Open Referral (HSDS 3.0) file, in whichever shape the standard publishes it, read one way by
 * the importer:
 * <ul>
 * <li>the {@code tabular.json} shape, an object of arrays, one per table ({@code "service": [...]}), streamed; the
 *     plural keys this library's exports before 1.1 wrote ({@code "services"}) are read too;</li>
 * <li>an object as the API returns it, its records nested ({@code service_full.json}: a service with its
 *     {@code organization}, {@code service_at_locations} and their {@code location}, {@code attributes} and their
 *     {@code taxonomy_term}), or a paginated list of them ({@code "contents": [...]}), flattened into tables, each
 *     nested record given its parent's id ({@code organization_id}, {@code service_id}, {@code link_id});</li>
 * <li>a tabular data package: its {@code datapackage.json} (read from a file, beside its CSV files), each resource
 *     a table by its name ({@code organization}, {@code service}, ...), its rows records.</li>
 * </ul>
 * The tables are named here as the importer names them ({@code organizations}, {@code services}, {@code locations},
 * {@code service_at_locations}, {@code taxonomies}, {@code taxonomy_terms}, {@code attributes}, {@code addresses}, whose
 * postcodes may place a location); every other table
 * or nested list the file holds (phones, schedules, addresses, ...) is counted, as not kept.
 */
abstract class OpenReferralTables {
    /** The tables the importer reads, by the singular name HSDS 3.0 gives each. */
    static final Map<String, String> READ = Map.of("organization", "organizations", "service", "services",
            "location", "locations", "service_at_location", "service_at_locations", "taxonomy", "taxonomies",
            "taxonomy_term", "taxonomy_terms", "attribute", "attributes", "address", "addresses");
    /** Every table name a file may use for a table the importer reads: singular, and the older plural. */
    static final Set<String> READ_NAMES;

    static {
        Set<String> names = new HashSet<>(READ.keySet());
        names.addAll(READ.values());
        READ_NAMES = Set.copyOf(names);
    }

    /** The other tables HSDS 3.0 has, which the store keeps nowhere. */
    static final Set<String> OTHER = Set.of("phone", "contact", "schedule", "program", "funding",
            "service_area", "required_document", "language", "accessibility", "cost_option", "organization_identifier",
            "metadata", "meta_table_description", "url", "service_capacity", "unit");

    /** The other tables' names in a file: singular, and plural as older files spell them. */
    private static final Set<String> OTHER_NAMES;

    static {
        Set<String> names = new HashSet<>();
        OTHER.forEach(t -> {
            names.add(t);
            names.add(plural(t));
        });
        OTHER_NAMES = Set.copyOf(names);
    }

    /** What the file holds that the importer does not read: a table or nested list, and how many records. */
    final Map<String, Integer> unread = new TreeMap<>();

    /** {@return a table's plural name, as files before HSDS 3.0's singular names wrote it ({@code addresses})} */
    static String plural(String table) {
        return table.endsWith("y") ? table.substring(0, table.length() - 1) + "ies"
                : table.endsWith("s") ? table + "es" : table + "s";
    }

    /** {@return the canonical name of a table named in a file, or null when the importer does not read it} */
    static String canonical(String name) {
        return READ.containsKey(name) ? READ.get(name) : READ.containsValue(name) ? name : null;
    }

    /**
     * Gives each record of the named tables to {@code each}, with the table's canonical name.
     *
     * @param tables canonical names
     */
    abstract void read(Set<String> tables, JsonInput.Elements each) throws IOException;

    /**
     * {@return the file's tables, in the shape it has}
     *
     * @param source the file, its encoding checked
     * @param given  the source as the caller gave it: a file on disk, for a data package's folder
     *
     * @throws ImportException when the file is not JSON, or holds no table or record of HSDS
     */
    static OpenReferralTables open(ImportSource source, ImportSource given) throws IOException {
        if (source.name().toLowerCase(Locale.ROOT).endsWith("datapackage.json")) {
            return DataPackage.open(source, given);
        }
        Set<String> all = new HashSet<>(READ_NAMES);
        all.addAll(OTHER_NAMES);
        // which shape: the top-level fields alone (the tables' elements are skipped, not built)
        JsonInput top = JsonInput.streamArrays(source, all, null);
        if (top.root.isObject() && !top.root.path("id").isTextual() && !top.root.path("contents").isArray()) {
            if (top.root.has("openapi_url")) {
                throw top.error(top.root, "openapi_url", "", "is the Open Referral API's base response (its version and"
                        + " profile), which holds no records: import what the API returns for its services, organizations"
                        + " or locations, or a tabular.json or datapackage.json");
            }
            if (all.stream().noneMatch(t -> top.root.path(t).isArray())) {
                throw top.error(top.root, "", "", "holds no table of Open Referral (HSDS 3.0): give the tabular.json"
                        + " shape (\"organization\": [...], \"service\": [...], ...), a record as the API returns it"
                        + " (with its id), a paginated list (\"contents\": [...]) or a datapackage.json");
            }
            return new Streamed(source);
        }
        return Nested.flatten(JsonInput.read(source));
    }

    /**
     * The {@code tabular.json} shape, streamed from the file for each read; the first read counts the records of the
     * tables the importer does not read, the others skip them.
     */
    private static final class Streamed extends OpenReferralTables {
        private final ImportSource source;
        private boolean counted;

        Streamed(ImportSource source) {
            this.source = source;
        }

        @Override
        void read(Set<String> tables, JsonInput.Elements each) throws IOException {
            Set<String> arrays = new HashSet<>();
            for (String name : READ_NAMES) {
                if (tables.contains(canonical(name))) {
                    arrays.add(name);
                }
            }
            Set<String> skipped = new HashSet<>(READ_NAMES);
            skipped.removeAll(arrays);
            if (counted) {
                skipped.addAll(OTHER_NAMES);
            } else {
                arrays.addAll(OTHER_NAMES);
                counted = true;
            }
            JsonInput.streamArrays(source, arrays, skipped, (group, index, element) -> {
                String table = canonical(group);
                if (table == null) {
                    unread.merge(group + " (a table)", 1, Integer::sum);
                } else {
                    each.element(table, index, element);
                }
            });
        }
    }

    /** Tables held in memory: a nested file flattened, or a data package's CSV rows. */
    private static class Held extends OpenReferralTables {
        final Map<String, List<JsonInput>> rows = new LinkedHashMap<>();

        @Override
        void read(Set<String> tables, JsonInput.Elements each) {
            rows.forEach((table, records) -> {
                if (tables.contains(table)) {
                    for (int i = 0; i < records.size(); i++) {
                        each.element(table, i, records.get(i));
                    }
                }
            });
        }

        void add(String table, JsonInput record) {
            rows.computeIfAbsent(table, k -> new ArrayList<>()).add(record);
        }
    }

    /** A record as the API returns it, or a page of them, flattened. */
    private static final class Nested extends Held {
        private final JsonInput file;
        private final Set<String> seen = new HashSet<>();

        private Nested(JsonInput file) {
            this.file = file;
        }

        static Nested flatten(JsonInput file) {
            Nested n = new Nested(file);
            JsonNode root = file.root;
            if (root.path("contents").isArray()) {
                for (JsonNode record : root.path("contents")) {
                    n.record(kind(record), record, null, null);
                }
            } else if (root.isObject()) {
                n.record(kind(root), root, null, null);
            }
            return n;
        }

        /** {@return the table a top-level record belongs to, from the fields it has} */
        private static String kind(JsonNode r) {
            if (r.path("service").isObject() || r.path("location").isObject()) {
                return "service_at_location"; // a service or location never holds a service or location of its own
            }
            if (r.has("location_type") || r.has("latitude") || r.has("longitude")) {
                return "location";
            }
            if (r.has("taxonomy_id") || r.has("taxonomy_detail") || r.has("term_uri") || (r.has("code") && r.has("taxonomy"))) {
                return "taxonomy_term";
            }
            if (r.has("version")) {
                return "taxonomy";
            }
            if (r.has("status") || r.path("organization").isObject() || r.has("service_at_locations")) {
                return "service";
            }
            if (r.has("services") || r.has("website") || r.has("legal_status") || r.has("year_incorporated")
                    || r.has("tax_status")) {
                return "organization";
            }
            return "service";
        }

        /**
         * Adds a record of a table and, through its nested objects, theirs; a record seen before (by table and id)
         * is added once.
         */
        private void record(String table, JsonNode node, String parentTable, JsonNode parent) {
            if (!(node instanceof ObjectNode r)) {
                return;
            }
            String parentId = parent == null ? "" : parent.path("id").asText("");
            switch (table) {
                case "service" -> {
                    if (parentTable != null && parentTable.equals("organization") && !r.has("organization_id")) {
                        r.put("organization_id", parentId);
                    }
                    if (r.path("organization").isObject() && !r.has("organization_id")) {
                        r.put("organization_id", r.path("organization").path("id").asText(""));
                    }
                }
                case "service_at_location" -> {
                    if (parentTable != null && parentTable.equals("service") && !r.has("service_id")) {
                        r.put("service_id", parentId);
                    }
                    if (r.path("location").isObject() && !r.has("location_id")) {
                        r.put("location_id", r.path("location").path("id").asText(""));
                    }
                    if (r.path("service").isObject() && !r.has("service_id")) {
                        r.put("service_id", r.path("service").path("id").asText(""));
                    }
                }
                case "attribute" -> {
                    if (parent != null && !r.has("link_id")) {
                        r.put("link_id", parentId);
                        r.put("link_type", parentTable);
                        r.put("link_entity", parentTable);
                    }
                    if (r.path("taxonomy_term").isObject() && !r.has("taxonomy_term_id")) {
                        r.put("taxonomy_term_id", r.path("taxonomy_term").path("id").asText(""));
                    }
                }
                case "location" -> {
                    if (parentTable != null && parentTable.equals("organization") && !r.has("organization_id")) {
                        r.put("organization_id", parentId);
                    }
                }
                case "address" -> {
                    if (parentTable != null && parentTable.equals("location") && !r.has("location_id")) {
                        r.put("location_id", parentId);
                    }
                }
                case "taxonomy_term" -> {
                    if (r.path("taxonomy_detail").isObject() && !r.has("taxonomy_id")) {
                        r.put("taxonomy_id", r.path("taxonomy_detail").path("id").asText(""));
                    }
                }
                default -> {
                }
            }
            // a record the file nests under several others (an organisation, a place, a term, a service on a page of
            // service_at_locations) is one record: the same id, the same record
            String id = r.path("id").asText("");
            if (id.isEmpty() || seen.add(table + "\n" + id)) {
                add(READ.get(table), file.element(r));
            }
            for (Map.Entry<String, JsonNode> field : r.properties()) {
                String name = field.getKey();
                JsonNode value = field.getValue();
                String inner = nested(name);
                if (value.isObject() || value.isArray()) {
                    if (inner == null && table.equals("organization") && name.equals("organization_identifiers")) {
                        continue; // the importer reads an organisation's registration numbers, and counts the rest
                    }
                    if (inner == null) {
                        int n = value.isArray() ? value.size() : 1;
                        if (n > 0) {
                            unread.merge(table + "." + name, n, Integer::sum);
                        }
                        continue;
                    }
                    for (JsonNode child : value.isArray() ? value : List.of(value)) {
                        record(inner, child, table, r);
                    }
                }
            }
        }

        /** {@return the table of a record's nested object or list, or null when the importer does not read it} */
        private static String nested(String field) {
            return switch (field) {
                case "organization" -> "organization";
                case "services", "service" -> "service";
                case "service_at_locations" -> "service_at_location";
                case "location", "locations" -> "location";
                case "attributes" -> "attribute";
                case "taxonomy_term" -> "taxonomy_term";
                case "taxonomy_detail" -> "taxonomy";
                case "addresses", "address", "physical_addresses" -> "address";
                default -> null;
            };
        }
    }

    /** A tabular data package: {@code datapackage.json} and its CSV files, from its folder. */
    private static final class DataPackage extends Held {
        static DataPackage open(ImportSource source, ImportSource given) throws IOException {
            JsonInput descriptor = JsonInput.read(source);
            if (!(given instanceof ImportSource.FromFile file)) {
                throw descriptor.error(descriptor.root, "resources", "", "a tabular data package is read from its"
                        + " folder: give the path of its datapackage.json, beside its CSV files");
            }
            Path folder = file.file().toAbsolutePath().getParent();
            DataPackage p = new DataPackage();
            JsonNode resources = descriptor.root.path("resources");
            if (!resources.isArray() || resources.isEmpty()) {
                throw descriptor.error(descriptor.root, "resources", "", "is required: a list of the package's tables");
            }
            for (JsonNode resource : resources) {
                String name = resource.path("name").asText("");
                String path = resource.path("path").asText("");
                String table = canonical(name);
                if (path.isEmpty() || path.contains("..") || path.startsWith("/") || path.contains("://")) {
                    throw descriptor.error(resource, "path", path, "must name a CSV file in the package's folder");
                }
                Path csv = folder.resolve(path);
                if (table == null) {
                    if (Files.exists(csv)) {
                        long[] n = {0};
                        CsvRows.forEach(ImportSource.file(csv), Set.of(), CsvRows.ANY_COLUMN, x -> { }, row -> {
                            n[0]++;
                            return true;
                        });
                        if (n[0] > 0) {
                            p.unread.merge(name + " (a table)", (int) n[0], Integer::sum);
                        }
                    }
                    continue;
                }
                if (!Files.exists(csv)) {
                    continue; // a resource the publisher left empty
                }
                String shown = source.name().contains("/") || source.name().contains("\\")
                        ? folder.resolve(path).toString() : path;
                CsvRows.forEach(ImportSource.file(csv), Set.of(), CsvRows.ANY_COLUMN, x -> { }, row -> {
                    ObjectNode record = JsonNodeFactory.instance.objectNode();
                    row.values().forEach((column, raw) -> {
                        String value = org.localityworking.reporting.CsvColumns.restore(raw);
                        if (value.isEmpty()) {
                            return;
                        }
                        if (column.equals("latitude") || column.equals("longitude")) {
                            try {
                                record.put(column, new java.math.BigDecimal(value.strip()));
                                return;
                            } catch (NumberFormatException e) {
                                // kept as text: the importer says it is not a number
                            }
                        }
                        record.put(column, value);
                    });
                    p.add(table, JsonInput.atLine(shown, record, row.line()));
                    return true;
                });
            }
            return p;
        }
    }

    /** {@return how many records each unread table or nested list held, as the import's words} */
    List<String> unreadWords() {
        List<String> words = new ArrayList<>();
        unread.forEach((what, n) -> words.add(what + ": " + n + (n == 1 ? " record" : " records")));
        return words;
    }
}
