package org.localityworking.interop.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.localityworking.interop.spi.ImportSource;

/**
 * The flattened spreadsheet form of 360Giving data, as 360Giving's own tools (flatten-tool, the data quality tool)
 * write it: one grant a row, columns titled as the standard titles its fields ({@code Identifier},
 * {@code Amount Awarded}, {@code Recipient Org:Identifier}, {@code Beneficiary Location:0:Geographic Code}). Each
 * row is made into the grant object the JSON package would hold, placed at the row's line, so that the importer
 * reads both forms one way. A title with an array index ({@code :0:}, {@code :1:}) is that element of the array; one
 * without is the first. A column whose title the standard does not give is kept under a field named from its
 * words ({@code Recipient Org:Street Address} is {@code recipientOrganization.streetAddress}), so the importer
 * lists it as not kept; so is a column of an object the standard does not give ({@code Planned Dates:Start Date} is
 * {@code plannedDates.startDate}). A column that would clash with another (a plain column named as an object) is kept
 * under its title as written. Blank cells are left out.
 */
final class GivingCsv {
    /** The objects of a grant, by their titles: the field's name, and whether it is an array. */
    private static final Map<String, String> OBJECTS = Map.of("Recipient Org", "recipientOrganization",
            "Recipient Ind", "recipientIndividual", "Funding Org", "fundingOrganization",
            "Grant Programme", "grantProgramme", "Beneficiary Location", "beneficiaryLocation");
    private static final Set<String> SINGLE = Set.of("recipientIndividual");
    /** The fields, by their titles (the standard's, and the grant's own). */
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("Identifier", "id"),
            Map.entry("Title", "title"), Map.entry("Description", "description"), Map.entry("Currency", "currency"),
            Map.entry("Amount Awarded", "amountAwarded"), Map.entry("Award Date", "awardDate"),
            Map.entry("Last Modified", "dateModified"), Map.entry("Name", "name"),
            Map.entry("Charity Number", "charityNumber"), Map.entry("Company Number", "companyNumber"),
            Map.entry("Postal Code", "postalCode"), Map.entry("Web Address", "url"), Map.entry("Code", "code"),
            Map.entry("Geographic Code", "geoCode"), Map.entry("Geographic Code Type", "geoCodeType"),
            Map.entry("Country Code", "countryCode"), Map.entry("Street Address", "streetAddress"),
            Map.entry("City", "addressLocality"), Map.entry("County", "addressRegion"),
            Map.entry("Country", "addressCountry"), Map.entry("Phone Number", "telephone"),
            Map.entry("Alternate Name", "alternateName"), Map.entry("Organisation Type", "organisationType"));

    private final ImportSource source;

    GivingCsv(ImportSource source) {
        this.source = source;
    }

    /**
     * Gives each row, as a grant, to {@code each}, in file order.
     *
     * @return an empty object standing for the file's top level, as a JSON package's would
     */
    JsonInput grants(JsonInput.Elements each) throws IOException {
        int[] index = {0};
        CsvRows.forEach(source, Set.of(), CsvRows.ANY_COLUMN, n -> { }, row -> {
            each.element("grants", index[0]++, JsonInput.atLine(source.name(), grant(row.values()), row.line()));
            return true;
        });
        return JsonInput.atLine(source.name(), JsonNodeFactory.instance.objectNode(), 1);
    }

    /** {@return the grant a row holds} */
    static ObjectNode grant(Map<String, String> row) {
        ObjectNode grant = JsonNodeFactory.instance.objectNode();
        row.forEach((title, raw) -> {
            String value = org.localityworking.reporting.CsvColumns.restore(raw);
            if (value.isBlank()) {
                return;
            }
            String[] parts = title.split(":", -1);
            if (parts.length == 1) {
                // a plain column named as one of the grant's objects is kept under its title, never in the object's place
                String plain = field(title);
                put(grant, OBJECTS.containsValue(plain) || grant.path(plain).isContainerNode() ? title.strip() : plain, value);
                return;
            }
            String object = OBJECTS.getOrDefault(parts[0].strip(), field(parts[0]));
            int index = 0;
            int at = 1;
            if (parts.length > 2 && parts[1].strip().matches("\\d{1,3}")) {
                index = Integer.parseInt(parts[1].strip());
                at = 2;
            }
            String field = field(String.join(":", java.util.Arrays.copyOfRange(parts, at, parts.length)));
            boolean single = SINGLE.contains(object) || !OBJECTS.containsValue(object);
            JsonNode existing = grant.path(object);
            if (!existing.isMissingNode() && (single ? !existing.isObject() : !existing.isArray())) {
                // a plain column of the same name came first: this one is kept whole, under its title
                put(grant, title.strip(), value);
                return;
            }
            ObjectNode target;
            if (single) {
                target = existing.isObject() ? (ObjectNode) existing : grant.putObject(object);
            } else {
                ArrayNode array = existing.isArray() ? (ArrayNode) existing : grant.putArray(object);
                while (array.size() <= index) {
                    array.addObject();
                }
                target = (ObjectNode) array.get(index);
            }
            put(target, field, value);
        });
        return grant;
    }

    private static void put(ObjectNode object, String field, String value) {
        if (field.equals("amountAwarded")) {
            try {
                object.put(field, new BigDecimal(value.strip()));
                return;
            } catch (NumberFormatException e) {
                // kept as text: the importer refuses it, naming the value
            }
        }
        object.put(field, value);
    }

    /** {@return the field a title names: the standard's, or one made from the title's words} */
    private static String field(String title) {
        String known = FIELDS.get(title.strip());
        if (known != null) {
            return known;
        }
        StringBuilder b = new StringBuilder();
        for (String word : title.strip().split("[^A-Za-z0-9]+")) {
            if (word.isEmpty()) {
                continue;
            }
            b.append(b.length() == 0 ? word.toLowerCase(Locale.ROOT)
                    : Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT));
        }
        return b.length() == 0 ? "column" : b.toString();
    }
}
