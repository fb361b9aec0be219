package org.localityworking.interop.builtin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.localityworking.interop.spi.ImportSource;
import org.localityworking.storage.Dimension;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Query;
import org.localityworking.storage.Reference;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.Versioned;

/**
 * A JSON snapshot of one council's data: every record that belongs to the council (directly, through its
 * localities, or through the scheme, measure or programme it hangs off) and every person and organisation
 * those records refer to. Importing a snapshot streams it and saves it in one unit of work, or in batches beyond
 * {@code batchSize} changed records (see {@link #importInto}).
 */
final class Snapshot {
    /** The snapshot's file name in an export target. */
    static final String FILE = "snapshot.json";

    static final String FORMAT = "locality-working-snapshot";
    static final int VERSION = 1;

    private Snapshot() {
    }

    static ObjectNode export(org.localityworking.reporting.spi.LocalityView store, String councilId, Instant exportedAt) {
        if (store.get(StandardKinds.COUNCIL, councilId).isEmpty()) {
            throw new ValidationException("council", councilId, "must name a council in the store");
        }
        Set<String> localities = new HashSet<>();
        store.query(StandardKinds.LOCALITY, Query.all().council(councilId)).forEach(v -> localities.add(v.value().id()));
        Map<Kind<?>, List<Versioned<?>>> included = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        Set<String> people = new HashSet<>();
        Set<String> organisations = new HashSet<>();
        for (Kind<?> kind : store.kinds()) {
            if (kind == StandardKinds.PERSON || kind == StandardKinds.ORGANISATION) {
                continue;
            }
            collect(store, kind, councilId, localities, ids, included, people, organisations);
        }
        for (Versioned<Person> v : store.query(StandardKinds.PERSON, Query.all())) {
            Person p = v.value();
            if (people.contains(p.id()) || StandardKinds.PERSON.keys(p, Dimension.LOCALITY).stream().anyMatch(localities::contains)) {
                included.computeIfAbsent(StandardKinds.PERSON, k -> new ArrayList<>()).add(v);
            }
        }
        for (Versioned<Organisation> v : store.query(StandardKinds.ORGANISATION, Query.all())) {
            Organisation o = v.value();
            if (organisations.contains(o.id()) || o.localityId().filter(localities::contains).isPresent()) {
                included.computeIfAbsent(StandardKinds.ORGANISATION, k -> new ArrayList<>()).add(v);
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

    private static <T> void collect(org.localityworking.reporting.spi.LocalityView store, Kind<T> kind, String councilId, Set<String> localities,
                                    Set<String> ids, Map<Kind<?>, List<Versioned<?>>> included, Set<String> people,
                                    Set<String> organisations) {
        for (Versioned<T> v : store.query(kind, Query.all())) {
            T value = v.value();
            boolean belongs = kind.keys(value, Dimension.COUNCIL).contains(councilId)
                    || kind.keys(value, Dimension.LOCALITY).stream().anyMatch(localities::contains)
                    || kind.keys(value, Dimension.PARENT).stream().anyMatch(p -> ids.contains(p));
            if (kind == StandardKinds.LOCALITY) {
                belongs = ((Locality) value).councilId().equals(councilId);
            }
            if (belongs) {
                ids.add(kind.id(value));
                included.computeIfAbsent(kind, k -> new ArrayList<>()).add(v);
                people.addAll(kind.keys(value, Dimension.PERSON));
                for (Reference r : kind.references(value)) {
                    if (r.target() == StandardKinds.PERSON) {
                        people.add(r.id());
                    } else if (r.target() == StandardKinds.ORGANISATION) {
                        organisations.add(r.id());
                    }
                }
            }
        }
    }

    /**
     * Imports a snapshot, streaming: the file is read three times, holding one record at a time (and the
     * snapshot's versions, a number per record). The first read takes the header and the versions; the second
     * checks every record and decides what it would do; the third writes, in file order, {@code batchSize}
     * records to a unit of work (one unit for a snapshot with no more changed records than that). A record the
     * store holds in a version newer than the snapshot's (edited since the export), or that differs from it at
     * the same version, or that a snapshot without versions would change, is not overwritten: the whole import is
     * refused, naming them, unless {@code replace} is given. A dry run checks the same and writes nothing (the
     * store's commit-time checks, such as references, run only when records are written).
     */
    static ImportResult importInto(LocalityStore store, ImportSource source, boolean replace, boolean dryRun,
                                   int batchSize) throws IOException {
        source = InputFile.checked(source); // read three times: the encoding is checked on the first only
        JsonInput head = JsonInput.streamGroups(source, "records", null);
        JsonNode root = head.root;
        String file = head.file;
        if (!FORMAT.equals(root.path("format").asText()) || root.path("version").asInt() != VERSION) {
            throw head.error(root, "format", root.path("format").asText() + " v" + root.path("version").asText(),
                    "must be a " + FORMAT + " version " + VERSION + " file (written by the export command)");
        }
        Map<String, Kind<?>> kinds = new HashMap<>();
        store.kinds().forEach(k -> kinds.put(k.name(), k));
        JsonNode versions = root.path("versions");
        List<ImportException.RowError> errors = new ArrayList<>();
        List<String> newer = new ArrayList<>();
        int[] newerCount = {0};
        int[] counts = new int[3];
        Set<String> unknown = new HashSet<>();
        JsonInput.streamGroups(source, "records", (group, index, in) -> {
            Kind<?> kind = kinds.get(group);
            if (kind == null) {
                if (unknown.add(group)) {
                    errors.add(JsonInput.problemAt(in.at(in.root), "records." + group, group, "is not a kind of record"
                            + " this store holds, so its records would be lost: the store holds " + kinds.keySet().stream()
                            .sorted().toList() + " (a council's own kind must be declared when the store is opened)"));
                }
                return;
            }
            Object value = errors.size() >= 1000 ? null : parse(kind, in, index, errors);
            if (value == null) {
                return;
            }
            Decision d = decide(store, kind, value, versions, replace);
            counts[d.count()]++;
            if (d.newer() != null && ++newerCount[0] <= 5) {
                newer.add(d.newer());
            }
        });
        if (!errors.isEmpty()) {
            throw new ImportException(file, errors);
        }
        if (newerCount[0] > 0) {
            throw wouldOverwrite(file, newer, newerCount[0]);
        }
        if (dryRun) {
            return new ImportResult(counts[0], counts[1], counts[2], true, List.of());
        }
        Batches batches = new Batches(store, file, batchSize);
        JsonInput.streamGroups(source, "records", (group, index, in) -> {
            Kind<?> kind = kinds.get(group);
            long line = in.at(in.root)[0];
            List<ImportException.RowError> late = new ArrayList<>();
            Object value = kind == null ? null : parse(kind, in, index, late);
            if (kind == null) {
                return;
            }
            if (value == null) {
                late.add(0, new ImportException.RowError(line, "-", "", "changed while it was being imported"));
                throw batches.stopped(line, new ImportException(file, late));
            }
            // decided again over what the store holds now: a record changed meanwhile is still never overwritten
            Decision d = decide(store, kind, value, versions, replace);
            if (d.newer() != null) {
                throw batches.stopped(line, wouldOverwrite(file, List.of(d.newer()), 1));
            }
            if (d.count() == 2) {
                batches.unchanged(line);
            } else {
                batches.save(kind, value, d.version(), line);
            }
        });
        batches.commit();
        return batches.result();
    }

    /** What importing one record does: created (0), updated (1) or unchanged (2), over which version, or refused. */
    private record Decision(int count, long version, String newer) {
    }

    private static Decision decide(LocalityStore store, Kind<?> kind, Object value, JsonNode versions, boolean replace) {
        String id = idOf(kind, value);
        Optional<? extends Versioned<?>> stored = store.get(kind, id);
        if (stored.isEmpty()) {
            return new Decision(0, 0, null);
        }
        if (stored.get().value().equals(value)) {
            return new Decision(2, stored.get().version(), null);
        }
        JsonNode known = versions.path(kind.name()).path(id);
        long snapshotVersion = known.isIntegralNumber() ? known.asLong() : -1;
        String newer = null;
        if (!replace && (snapshotVersion < 0 || stored.get().version() >= snapshotVersion)) {
            newer = kind.name() + "/" + id + " (stored version " + stored.get().version() + ", snapshot "
                    + (snapshotVersion < 0 ? "without a version" : "version " + snapshotVersion) + ")";
        }
        return new Decision(1, stored.get().version(), newer);
    }

    private static ImportException wouldOverwrite(String file, List<String> newer, int count) {
        return ImportException.at(file, 0, "-", "", "would overwrite " + count
                + " record(s) changed in the store since the snapshot was written (" + String.join(", ", newer)
                + (count > newer.size() ? ", ..." : "") + "); nothing was written: run again with --replace to"
                + " overwrite them with the snapshot");
    }

    /** The element as a record of the kind, or null with the problem added. */
    private static Object parse(Kind<?> kind, JsonInput in, int index, List<ImportException.RowError> errors) {
        try {
            return RecordJson.MAPPER.treeToValue(in.root, kind.type());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            Throwable cause = e instanceof JsonProcessingException ? e.getCause() : e;
            if (cause instanceof ValidationException ve) {
                errors.add(in.problem(in.root, "records." + kind.name() + "[" + index + "] (" + ve.field() + ")",
                        ve.value(), ve.rule()));
            } else {
                String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
                int cut = m == null ? -1 : m.indexOf('\n');
                errors.add(in.problem(in.root, "records." + kind.name() + "[" + index + "]", "",
                        "must be a valid " + kind.name() + " record: " + ImportException.shown(
                                cut < 0 ? String.valueOf(m) : m.substring(0, cut))));
            }
            return null;
        }
    }

    private static <T> String idOf(Kind<T> kind, Object value) {
        return kind.id(kind.type().cast(value));
    }

}
