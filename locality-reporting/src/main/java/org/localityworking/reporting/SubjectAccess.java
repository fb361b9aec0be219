package org.localityworking.reporting;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.localityworking.core.ValidationException;
import org.localityworking.core.model.Money;
import org.localityworking.core.model.Person;
import org.localityworking.storage.Dimension;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.NameRedaction;
import org.localityworking.storage.PersonalData;
import org.localityworking.storage.Reference;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.Versioned;
import org.localityworking.storage.codec.RecordCodec;

/**
 * A subject access document: everything a store holds about one person, in plain words they can read (what
 * each record is, why it is kept, who can see it, and the record itself), ready to send within the statutory
 * month. {@link #document} builds it as a {@link Report}, which any output format renders (HTML and Markdown
 * for the person; the CLI's {@code subject-access} command does it); {@link #writeJson} writes the same
 * records as JSON.
 *
 * <p>Other people named in the person's records are kept out: their names are replaced by
 * {@value #ANOTHER_PERSON} in the records' text, and their ids are shown as {@value #ANOTHER_PERSON} too.
 */
@API(status = STABLE, since = "1.0")
public final class SubjectAccess {
    /** What stands in for anyone else a record names. */
    public static final String ANOTHER_PERSON = "[another person]";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Who can see each standard kind's records: the built-in reports' rules, in plain words. */
    private static final Map<String, String> WHO_CAN_SEE = Map.ofEntries(
            Map.entry("person", "Council staff and partners who use this system. Public reports never show your"
                    + " contact details, and show your name only while your consent to be named is in force, or in"
                    + " the role of a public office you hold (such as councillor)."),
            Map.entry("grant", "Council staff and partners who use this system. Public reports show a grant to you as"
                    + " 'Individual Recipient', by ward, without your name."),
            Map.entry("story", "Council staff and partners who use this system. Public reports show a story only when"
                    + " everyone it names has consented to its publication, and the consent has not been withdrawn."),
            Map.entry("asset", "Council staff and partners who use this system. Public reports leave out assets that"
                    + " belong to a person."));
    private static final String WHO_CAN_SEE_OTHERWISE = "Council staff and partners who use this system. Public reports"
            + " name you only while your consent to be named is in force, or in the role of a public office you hold.";

    private SubjectAccess() {
    }

    /** One record about the person, with its kind, as the document shows it (others' names removed). */
    private record Item(Kind<?> kind, String id, long version, Object value, Set<String> others) {
    }

    /**
     * Builds the document.
     *
     * @param store       the store
     * @param personId    the person who asked
     * @param generatedAt when the document is made
     * @return the document, for any output format
     * @throws ValidationException when the store holds no person with the id
     */
    public static Report document(LocalityStore store, String personId, Instant generatedAt) {
        List<Item> items = items(store, personId);
        Person person = (Person) items.get(0).value();
        LocalDate day = generatedAt.atZone(ZoneOffset.UTC).toLocalDate();
        Map<Kind<?>, List<Item>> byKind = new LinkedHashMap<>();
        items.forEach(i -> byKind.computeIfAbsent(i.kind(), k -> new ArrayList<>()).add(i));
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("About this document", List.of(
                new Paragraph("This document lists everything this system holds about "
                        + person.name() + " (person id " + personId + ") on " + DAY.format(day) + ". You have the"
                        + " right to a copy of your personal data; the council must answer your request within one"
                        + " month of receiving it."),
                new Paragraph("It holds " + items.size() + (items.size() == 1 ? " record" : " records")
                        + " about you, of " + byKind.size() + (byKind.size() == 1 ? " kind" : " kinds")
                        + ". For each kind it says what the records are, why they are kept and who can see them,"
                        + " then shows each record."),
                new Note(Note.Kind.INFO, "Other people named in these records are shown as " + ANOTHER_PERSON
                        + ", to protect their privacy."),
                new Note(Note.Kind.INFO, "The system does not record when each record was first saved. Where a"
                        + " record carries its own date (when a grant was awarded, a story collected, a course"
                        + " completed), it is shown as 'Date on the record'."))));
        java.util.function.Function<Enum<?>, String> enums = enumWords(store, person);
        byKind.forEach((kind, list) -> sections.add(section(kind, list, inCouncilWords(store, kind, list), enums)));
        sections.add(new Section("Your rights", List.of(
                new Paragraph("You can ask for anything here to be corrected, or for your personal details to be"
                        + " erased. When they are erased, your name and contact details are replaced by "
                        + Kind.ERASED + " in every record listed here, your name is removed from their text, and"
                        + " records that others own (a partnership's membership, a grant the council paid) keep"
                        + " only a marker of your place."),
                new Paragraph("To ask, contact the council's data protection officer, quoting your person id, "
                        + personId + "."))));
        return Report.builder().reportId("subject-access").title("Your information: a subject access document")
                .subject(person.name()).audience(Audience.INTERNAL).generatedAt(generatedAt).sections(sections).build();
    }

    /**
     * Writes the same records as JSON: {@code {"document": "subject-access", "personId", "generatedAt",
     * "records": [{"kind", "id", "version", "what", "why", "whoCanSee", "dateOnRecord", "record"}]}}, each record in
     * the library's record format, with other people's names and ids replaced by {@value #ANOTHER_PERSON}.
     *
     * @param store       the store
     * @param personId    the person who asked
     * @param generatedAt when the document is made
     * @param out         where to write (not closed)
     * @throws ValidationException when the store holds no person with the id
     * @throws IOException         when the stream cannot be written
     */
    public static void writeJson(LocalityStore store, String personId, Instant generatedAt, OutputStream out)
            throws IOException {
        List<Item> items = items(store, personId);
        ObjectNode root = JSON.createObjectNode();
        root.put("document", "subject-access").put("personId", personId).put("generatedAt", generatedAt.toString());
        ArrayNode records = root.putArray("records");
        for (Item item : items) {
            ObjectNode r = records.addObject();
            r.put("kind", item.kind().name()).put("id", item.id()).put("version", item.version());
            item.kind().description().ifPresent(d -> r.put("what", d.what()).put("why", d.why()));
            r.put("whoCanSee", whoCanSee(item.kind()));
            dateOf(item).ifPresent(d -> r.put("dateOnRecord", d.toString()));
            JsonNode record = JSON.readTree(encode(item));
            r.set("record", withoutIds(record, item.others()));
        }
        out.write(JSON.writeValueAsBytes(root));
        out.flush();
    }

    private static List<Item> items(LocalityStore store, String personId) {
        PersonalData data = store.exportPerson(personId);
        if (data.isEmpty() || !data.records().get(0).kind().equals(StandardKinds.PERSON.name())) {
            throw new ValidationException("Person.id", personId, "must name a person the store holds");
        }
        Map<String, Kind<?>> kinds = new LinkedHashMap<>();
        store.kinds().forEach(k -> kinds.put(k.name(), k));
        List<Item> items = new ArrayList<>();
        for (PersonalData.Entry e : data.records()) {
            Kind<?> kind = kinds.get(e.kind());
            items.add(item(store, kind, e, personId));
        }
        return items;
    }

    private static <T> Item item(LocalityStore store, Kind<T> kind, PersonalData.Entry e, String personId) {
        T value = kind.type().cast(e.record());
        Set<String> others = new LinkedHashSet<>(kind.keys(value, Dimension.PERSON));
        for (Reference r : kind.references(value)) {
            if (r.target() == StandardKinds.PERSON) {
                others.add(r.id());
            }
        }
        others.remove(personId);
        T shown = value;
        for (String other : others) {
            Optional<Versioned<Person>> p = store.get(StandardKinds.PERSON, other);
            if (p.isPresent()) {
                shown = NameRedaction.of(p.get().value().name(), ANOTHER_PERSON).record(kind, shown);
            }
        }
        return new Item(kind, e.id(), e.version(), shown, others);
    }

    private static <T> byte[] encode(Item item) {
        @SuppressWarnings("unchecked")
        Kind<T> kind = (Kind<T>) item.kind();
        return RecordCodec.standard().encode(kind, kind.type().cast(item.value()));
    }

    private static JsonNode withoutIds(JsonNode node, Set<String> others) {
        if (node.isTextual() && others.contains(node.asText())) {
            return TextNode.valueOf(ANOTHER_PERSON);
        } else if (node.isObject()) {
            ObjectNode o = (ObjectNode) node;
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                f.setValue(withoutIds(f.getValue(), others));
            }
        } else if (node.isArray()) {
            ArrayNode a = (ArrayNode) node;
            for (int i = 0; i < a.size(); i++) {
                a.set(i, withoutIds(a.get(i), others));
            }
        }
        return node;
    }

    private static String whoCanSee(Kind<?> kind) {
        return kind.isStandard() ? WHO_CAN_SEE.getOrDefault(kind.name(), WHO_CAN_SEE_OTHERWISE)
                : "Council staff and partners who use this system. The built-in public reports do not include this"
                        + " kind of record.";
    }

    private static <T> Optional<LocalDate> dateOf(Item item) {
        @SuppressWarnings("unchecked")
        Kind<T> kind = (Kind<T>) item.kind();
        return kind.date(kind.type().cast(item.value()));
    }

    /**
     * {@return an enum value in words ({@code SINGLE_POINT_OF_CONTACT}: "Single point of contact"), a role or
     *         sector in the words of the person's council (the council of the localities of their roles) where
     *         that is one council: its councillors, community builders and lead officers as it names them}
     */
    private static java.util.function.Function<Enum<?>, String> enumWords(LocalityStore store, Person person) {
        Optional<org.localityworking.core.model.Terminology> terms = oneCouncilsWords(store,
                person.roles().stream().flatMap(r -> r.localityId().stream()).toList());
        return e -> {
            if (terms.isPresent() && e instanceof org.localityworking.core.model.Role role) {
                return terms.get().roleWord(role);
            } else if (terms.isPresent() && e instanceof org.localityworking.core.model.MembershipSector sector) {
                return terms.get().sectorWord(sector);
            }
            return words(e.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        };
    }

    /** @return the words of the council the localities belong to, when they all belong to one */
    private static Optional<org.localityworking.core.model.Terminology> oneCouncilsWords(LocalityStore store,
                                                                                         List<String> localityIds) {
        Set<org.localityworking.core.model.Terminology> words = new java.util.HashSet<>();
        for (String l : localityIds) {
            store.get(StandardKinds.LOCALITY, l).flatMap(loc -> store.get(StandardKinds.COUNCIL, loc.value().councilId()))
                    .ifPresent(c -> words.add(c.value().configuration().terminology()));
        }
        return words.size() == 1 ? Optional.of(words.iterator().next()) : Optional.empty();
    }

    /**
     * {@return the heading of a kind whose records are a council's bodies or teams, in that council's words (its
     *         terminology) when every record of the kind here is of one council; empty for any other kind, or
     *         records of several councils (the kind's own neutral description is used)}
     */
    private static Optional<String> inCouncilWords(LocalityStore store, Kind<?> kind, List<Item> items) {
        Set<String> localities = new java.util.HashSet<>();
        for (Item i : items) {
            Object v = i.value();
            if (v instanceof org.localityworking.core.model.LocalityPartnership p) {
                localities.add(p.localityId());
            } else if (v instanceof org.localityworking.core.model.LocalityNetwork n) {
                localities.add(n.localityId());
            } else if (v instanceof org.localityworking.core.model.EnablingGroup g) {
                localities.add(g.localityId());
            } else if (v instanceof org.localityworking.core.model.CommunityBuilderTeam t) {
                localities.add(t.localityId());
            } else {
                return Optional.empty();
            }
        }
        Optional<org.localityworking.core.model.Terminology> words = oneCouncilsWords(store, List.copyOf(localities));
        if (words.isEmpty()) {
            return Optional.empty();
        }
        org.localityworking.core.model.Terminology t = words.get();
        String plural = org.localityworking.core.model.Terminology.plural(t.localityBody());
        if (kind.equals(StandardKinds.PARTNERSHIP) || kind.equals(StandardKinds.NETWORK)) {
            return Optional.of(plural + " you are a member of");
        }
        if (kind.equals(StandardKinds.ENABLING_GROUP)) {
            return Optional.of(org.localityworking.core.model.Terminology.plural(t.enablingGroupTerm())
                    + " you are a member of, or were invited to as a project lead");
        }
        return Optional.of("Teams of " + org.localityworking.core.model.Terminology.plural(t.communityBuilderTerm())
                .toLowerCase(Locale.UK) + " you belong to");
    }

    private static Section section(Kind<?> kind, List<Item> items, Optional<String> heading,
                                   java.util.function.Function<Enum<?>, String> enums) {
        String what = heading.or(() -> kind.description().map(Kind.Description::what))
                .orElse("Records of the kind '" + kind.name().replace('_', ' ') + "' that name you");
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph("Why it is kept: " + kind.description().map(Kind.Description::why)
                .orElse("the council keeps these records for its locality working; ask its data protection officer"
                        + " for the purpose") + "."));
        blocks.add(new Paragraph("Who can see it: " + whoCanSee(kind)));
        for (Item item : items) {
            List<List<String>> rows = new ArrayList<>();
            dateOf(item).ifPresent(d -> rows.add(List.of("Date on the record", DAY.format(d))));
            rows.add(List.of("Times saved", Long.toString(item.version())));
            flatten("", item.value(), item.others(), rows, enums);
            blocks.add(Table.of(kind.name().replace('_', ' ') + " " + item.id(), List.of("Field", "Value"), rows));
        }
        return new Section(what, blocks);
    }

    /** The record's components as field/value rows, nested records and lists named by their path. */
    private static void flatten(String prefix, Object value, Set<String> others, List<List<String>> rows,
                                java.util.function.Function<Enum<?>, String> enums) {
        if (value instanceof Record r && !(value instanceof Money)) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                Object v;
                try {
                    v = c.getAccessor().invoke(r);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Could not read " + c.getName(), e);
                }
                flatten(prefix.isEmpty() ? words(c.getName()) : prefix + ", " + words(c.getName()).toLowerCase(Locale.ROOT),
                        v, others, rows, enums);
            }
        } else if (value instanceof Optional<?> o) {
            if (o.isPresent()) {
                flatten(prefix, o.get(), others, rows, enums);
            } else {
                rows.add(List.of(prefix, "(none)"));
            }
        } else if (value instanceof java.util.Collection<?> c) {
            if (c.isEmpty()) {
                rows.add(List.of(prefix, "(none)"));
            } else if (c.stream().allMatch(x -> x instanceof String || x instanceof Enum<?>)) {
                rows.add(List.of(prefix, String.join(", ", c.stream().map(x -> shown(x, others, enums)).toList())));
            } else {
                int n = 1;
                for (Object x : c) {
                    flatten(prefix + " " + n++, x, others, rows, enums);
                }
            }
        } else {
            rows.add(List.of(prefix, shown(value, others, enums)));
        }
    }

    private static String shown(Object value, Set<String> others, java.util.function.Function<Enum<?>, String> enums) {
        if (value instanceof String s) {
            return others.contains(s) ? ANOTHER_PERSON : s.isBlank() ? "(blank)" : s;
        } else if (value instanceof LocalDate d) {
            return DAY.format(d);
        } else if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        } else if (value instanceof Enum<?> e) {
            return enums.apply(e);
        } else if (value instanceof java.util.OptionalInt i) {
            return i.isPresent() ? Integer.toString(i.getAsInt()) : "(none)";
        }
        return String.valueOf(value);
    }

    /** {@code homeWardId} to {@code Home ward id}. */
    private static String words(String name) {
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
