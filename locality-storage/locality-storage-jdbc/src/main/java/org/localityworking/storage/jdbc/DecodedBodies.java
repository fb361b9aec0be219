package org.localityworking.storage.jdbc;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.localityworking.storage.Dimension;
import org.localityworking.storage.Kind;

/**
 * Records that commits' checks have decoded, kept for the next checks. The records a unit refers to are read inside
 * its transaction (another process may have changed or deleted them since), and units in a row refer to the same few
 * (a thousand assets of one locality name it and one of its wards, unit after unit); a body that is, byte for byte,
 * the body decoded before gives the record decoded then instead of a second decode. A body that differs in any byte
 * is decoded and replaces what was kept.
 *
 * <p>Only records of the library's own kinds are kept (immutable records, so one decoded record can serve several
 * checks), and of those only the kinds that hold nothing about a person: no free text and no person among their keys
 * (a council's places and structures), so nothing an erasure removes lingers here. At most {@value #KEPT} records
 * are kept; when more are read, all are dropped and kept again from the next read.
 */
final class DecodedBodies {
    static final int KEPT = 256;

    /** A body as read (UTF-8 bytes from SQLite, text from PostgreSQL) and the record decoded from it. */
    private record Decoded(Object body, Object value) {
        boolean sameBody(Object other) {
            return body instanceof byte[] b ? other instanceof byte[] o && Arrays.equals(b, o) : body.equals(other);
        }
    }

    private final Map<JdbcBackend.RecordKey, Decoded> kept = new ConcurrentHashMap<>();

    /** {@return whether records of the kind may be kept: the library's own, holding nothing about a person} */
    static boolean keeps(Kind<?> kind) {
        return kind.isStandard() && kind.declaresFreeText() && kind.freeText().isEmpty()
                && !kind.dimensions().contains(Dimension.PERSON);
    }

    /**
     * {@return the record decoded from the body: the one kept for the record when its body is the same, else a new
     * decode, kept when the kind may be}
     *
     * @param body   the stored body: {@code byte[]} or {@code String}
     * @param decode decodes the body
     */
    <T> T decode(Kind<T> kind, String id, Object body, java.util.function.Function<Object, T> decode) {
        if (!keeps(kind)) {
            return decode.apply(body);
        }
        JdbcBackend.RecordKey place = new JdbcBackend.RecordKey(kind, id);
        Decoded d = kept.get(place);
        if (d != null && d.sameBody(body)) {
            return kind.type().cast(d.value());
        }
        T value = decode.apply(body);
        if (kept.size() >= KEPT) {
            kept.clear();
        }
        kept.put(place, new Decoded(body, value));
        return value;
    }

    /** {@return how many records are kept} */
    int size() {
        return kept.size();
    }
}
