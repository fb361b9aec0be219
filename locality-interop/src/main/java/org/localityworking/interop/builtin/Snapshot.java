package org.localityworking.interop.builtin;

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
import java.util.Optional;
import java.util.Set;
import org.localityworking.core.ValidationException;
import org.localityworking.core.model.Locality;
import org.localityworking.core.model.Organisation;
import org.localityworking.core.model.Person;
import org.localityworking.interop.ImportException;
import org.localityworking.interop.ImportResult;
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
    /** The snapshot's file name in an export target. */
    static final String FILE = "snapshot.json";

    static final String FORMAT = "locality-working-snapshot";
    static final int VERSION = 1;

    private Snapshot() {
    }

    static ObjectNode export(LocalityStore store, String councilId, Instant exportedAt) {
        store.get(Kind.COUNCIL, councilId).orElseThrow(() -> new ValidationException("council", councilId,
                "must name a council in the store"));
        Set<String> localities = new HashSet<>();
        store.query(Kind.LOCALITY, Query.all().council(councilId)).forEach(v -> localities.add(v.value().id()));
        Map<Kind<?>, List<Versioned<?>>> included = new LinkedHashMap<>();
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
                included.computeIfAbsent(Kind.PERSON, k -> new ArrayList<>()).add(v);
            }
        }
        for (Versioned<Organisation> v : store.all(Kind.ORGANISATION)) {
            Organisation o = v.value();
            if (organisations.contains(o.id()) || o.localityId().filter(localities::contains).isPresent()) {
                included.computeIfAbsent(Kind.ORGANISATION, k -> new ArrayList<>()).add(v);
            }
        }
        ObjectNode root = RecordJson.MAPPER.createObjectNode();
        root.put("format", FORMAT).put("version", VERSION).put("council", councilId)
                .put("exportedAt", exportedAt.toString());
        ObjectNode records = root.putObject("records");
        ObjectNode versions = root.putObject("versions");
        for (Kind<?> kind : store.kinds()) {
            if (!included.containsKey(kind)) {
                continue; // a kind with no records of this council is left out: the file is the same in any store
            }
            ArrayNode array = records.putArray(kind.name());
            ObjectNode kindVersions = versions.putObject(kind.name());
            for (Versioned<?> r : included.get(kind)) {
                array.add(RecordJson.MAPPER.valueToTree(r.value()));
                kindVersions.put(idOf(kind, r.value()), r.version());
            }
        }
        return root;
    }

    private static <T> void collect(LocalityStore store, Kind<T> kind, String councilId, Set<String> localities,
                                    Set<String> ids, Map<Kind<?>, List<Versioned<?>>> included, Set<String> people,
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
                included.computeIfAbsent(kind, k -> new ArrayList<>()).add(v);
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

    /**
     * Imports a snapshot in one unit of work. A record the store holds in a version newer than the snapshot's
     * (edited since the export), or that differs from it at the same version, or that a snapshot without
     * versions would change, is not overwritten: the whole import is refused, naming them, unless
     * {@code replace} is given. A dry run checks the same and writes nothing (the store's commit-time checks, such
     * as references, run only when the records are written).
     */
    static ImportResult importInto(LocalityStore store, JsonInput in, boolean replace, boolean dryRun) {
        JsonNode root = in.root;
        String file = in.file;
        if (!FORMAT.equals(root.path("format").asText()) || root.path("version").asInt() != VERSION) {
            throw in.error(root, "format", root.path("format").asText() + " v" + root.path("version").asText(),
                    "must be a " + FORMAT + " version " + VERSION + " file (written by the export command)");
        }
        List<ImportException.RowError> errors = new ArrayList<>();
        List<Object[]> records = new ArrayList<>();
        for (Kind<?> kind : store.kinds()) {
            JsonNode array = root.path("records").path(kind.name());
            for (int i = 0; i < array.size(); i++) {
                try {
                    records.add(new Object[] {kind, RecordJson.MAPPER.treeToValue(array.get(i), kind.type())});
                } catch (JsonProcessingException | IllegalArgumentException e) {
                    Throwable cause = e instanceof JsonProcessingException ? e.getCause() : e;
                    if (cause instanceof ValidationException ve) {
                        errors.add(in.problem(array.get(i), "records." + kind.name() + "[" + i + "] (" + ve.field() + ")",
                                ve.value(), ve.rule()));
                    } else {
                        String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
                        int cut = m == null ? -1 : m.indexOf('\n');
                        errors.add(in.problem(array.get(i), "records." + kind.name() + "[" + i + "]", "",
                                "must be a valid " + kind.name() + " record: " + ImportException.shown(
                                        cut < 0 ? String.valueOf(m) : m.substring(0, cut))));
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportException(file, errors);
        }
        List<Object[]> writes = new ArrayList<>();
        List<String> newer = new ArrayList<>();
        int created = 0;
        int unchanged = 0;
        for (Object[] r : records) {
            Kind<?> kind = (Kind<?>) r[0];
            String id = idOf(kind, r[1]);
            Optional<? extends Versioned<?>> stored = store.get(kind, id);
            JsonNode known = root.path("versions").path(kind.name()).path(id);
            long snapshotVersion = known.isIntegralNumber() ? known.asLong() : -1;
            if (stored.isEmpty()) {
                created++;
                writes.add(new Object[] {kind, r[1], 0L});
            } else if (stored.get().value().equals(r[1])) {
                unchanged++;
            } else {
                if (!replace && (snapshotVersion < 0 || stored.get().version() >= snapshotVersion)) {
                    newer.add(kind.name() + "/" + id + " (stored version " + stored.get().version() + ", snapshot "
                            + (snapshotVersion < 0 ? "without a version" : "version " + snapshotVersion) + ")");
                }
                writes.add(new Object[] {kind, r[1], stored.get().version()});
            }
        }
        if (!newer.isEmpty()) {
            throw ImportException.at(file, 0, "-", "", "would overwrite " + newer.size()
                    + " record(s) changed in the store since the snapshot was written (" + String.join(", ",
                    newer.subList(0, Math.min(5, newer.size()))) + (newer.size() > 5 ? ", ..." : "") + "); nothing was"
                    + " written: run again with --replace to overwrite them with the snapshot");
        }
        if (!dryRun) {
            store.runInTransaction(u -> writes.forEach(r -> save(u, (Kind<?>) r[0], r[1], (Long) r[2])));
        }
        return new ImportResult(created, writes.size() - created, unchanged, dryRun, List.of());
    }

    private static <T> String idOf(Kind<T> kind, Object value) {
        return kind.id(kind.type().cast(value));
    }

    /** Saves the record over the version read when the import was checked (a change since then is a conflict). */
    private static <T> void save(UnitOfWork u, Kind<T> kind, Object value, long version) {
        u.save(kind, kind.type().cast(value), version);
    }
}
