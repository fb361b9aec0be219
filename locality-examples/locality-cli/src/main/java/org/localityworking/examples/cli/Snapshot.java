package org.localityworking.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.localityworking.core.ValidationException;
import org.localityworking.core.model.Locality;
import org.localityworking.core.model.Organisation;
import org.localityworking.core.model.Person;
import org.localityworking.storage.Dimension;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Query;
import org.localityworking.storage.Reference;
import org.localityworking.storage.UnitOfWork;
import org.localityworking.storage.Versioned;

/**
 * A JSON snapshot of one council's data: every record that belongs to the council (directly, through its
 * localities, or through the scheme, measure or programme it hangs off) and every person and organisation
 * those records refer to. Importing a snapshot saves it all in one unit of work.
 */
final class Snapshot {
    static final String FORMAT = "locality-working-snapshot";
    static final int VERSION = 1;

    private Snapshot() {
    }

    static ObjectNode export(LocalityStore store, String councilId) {
        store.get(Kind.COUNCIL, councilId).orElseThrow(() -> new ValidationException("council", councilId,
                "must name a council in the store"));
        Set<String> localities = new HashSet<>();
        store.query(Kind.LOCALITY, Query.all().council(councilId)).forEach(v -> localities.add(v.value().id()));
        Map<Kind<?>, List<Object>> included = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        Set<String> people = new HashSet<>();
        Set<String> organisations = new HashSet<>();
        for (Kind<?> kind : store.kinds()) {
            if (kind == Kind.PERSON || kind == Kind.ORGANISATION) {
                continue;
            }
            collect(store, kind, councilId, localities, ids, included, people, organisations);
        }
        for (Versioned<Person> v : store.all(Kind.PERSON)) {
            Person p = v.value();
            if (people.contains(p.id()) || Kind.PERSON.keys(p, Dimension.LOCALITY).stream().anyMatch(localities::contains)) {
                included.computeIfAbsent(Kind.PERSON, k -> new ArrayList<>()).add(p);
            }
        }
        for (Versioned<Organisation> v : store.all(Kind.ORGANISATION)) {
            Organisation o = v.value();
            if (organisations.contains(o.id()) || o.localityId().filter(localities::contains).isPresent()) {
                included.computeIfAbsent(Kind.ORGANISATION, k -> new ArrayList<>()).add(o);
            }
        }
        ObjectNode root = RecordJson.MAPPER.createObjectNode();
        root.put("format", FORMAT).put("version", VERSION).put("council", councilId)
                .put("exportedAt", Instant.now().toString());
        ObjectNode records = root.putObject("records");
        for (Kind<?> kind : store.kinds()) {
            ArrayNode array = records.putArray(kind.name());
            included.getOrDefault(kind, List.of()).forEach(r -> array.add(RecordJson.MAPPER.valueToTree(r)));
        }
        return root;
    }

    private static <T> void collect(LocalityStore store, Kind<T> kind, String councilId, Set<String> localities,
                                    Set<String> ids, Map<Kind<?>, List<Object>> included, Set<String> people,
                                    Set<String> organisations) {
        for (Versioned<T> v : store.all(kind)) {
            T value = v.value();
            boolean belongs = kind.keys(value, Dimension.COUNCIL).contains(councilId)
                    || kind.keys(value, Dimension.LOCALITY).stream().anyMatch(localities::contains)
                    || kind.keys(value, Dimension.PARENT).stream().anyMatch(p -> ids.contains(p));
            if (kind == Kind.LOCALITY) {
                belongs = ((Locality) value).councilId().equals(councilId);
            }
            if (belongs) {
                ids.add(kind.id(value));
                included.computeIfAbsent(kind, k -> new ArrayList<>()).add(value);
                people.addAll(kind.keys(value, Dimension.PERSON));
                for (Reference r : kind.references(value)) {
                    if (r.target() == Kind.PERSON) {
                        people.add(r.id());
                    } else if (r.target() == Kind.ORGANISATION) {
                        organisations.add(r.id());
                    }
                }
            }
        }
    }

    /** @return how many records were imported */
    static int importInto(LocalityStore store, JsonNode root, String file) {
        if (!FORMAT.equals(root.path("format").asText()) || root.path("version").asInt() != VERSION) {
            throw new ValidationException(file + "#format", root.path("format").asText() + " v" + root.path("version").asText(),
                    "must be a " + FORMAT + " version " + VERSION + " file (written by the export command)");
        }
        List<Object[]> records = new ArrayList<>();
        for (Kind<?> kind : store.kinds()) {
            JsonNode array = root.path("records").path(kind.name());
            for (int i = 0; i < array.size(); i++) {
                try {
                    records.add(new Object[] {kind, RecordJson.MAPPER.treeToValue(array.get(i), kind.type())});
                } catch (JsonProcessingException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof ValidationException ve) {
                        throw new ValidationException(file + "#records." + kind.name() + "[" + i + "] (" + ve.field() + ")",
                                ve.value(), ve.rule());
                    }
                    throw new ValidationException(file + "#records." + kind.name() + "[" + i + "]",
                            array.get(i).toString(), "must be a valid " + kind.name() + " record: " + e.getOriginalMessage());
                }
            }
        }
        store.runInTransaction(u -> records.forEach(r -> save(store, u, (Kind<?>) r[0], r[1])));
        return records.size();
    }

    private static <T> void save(LocalityStore store, UnitOfWork u, Kind<T> kind, Object value) {
        T typed = kind.type().cast(value);
        u.save(kind, typed, store.get(kind, kind.id(typed)).map(Versioned::version).orElse(0L));
    }
}
