package org.localityworking.storage.jdbc;

import java.nio.charset.StandardCharsets;
import org.localityworking.storage.Kind;
import org.localityworking.storage.StorageException;
import org.localityworking.storage.codec.RecordCodec;

/**
 * The body column of every table: the record in the library's published {@link RecordCodec} format, as text.
 * A row does not say which format wrote it; every format so far only adds components, so each row is read as
 * the current format (a row of an earlier one reads correctly that way, as {@link RecordCodec} promises).
 */
final class JsonCodec {
    private final RecordCodec codec = RecordCodec.standard();

    <T> String write(Kind<T> kind, T value) {
        return codec.encodeText(kind, value);
    }

    <T> T read(Kind<T> kind, String id, String json) {
        return read(kind, id, json.getBytes(StandardCharsets.UTF_8));
    }

    <T> T read(Kind<T> kind, String id, byte[] json) {
        try {
            return codec.decode(kind, json);
        } catch (StorageException e) {
            throw new StorageException("The stored " + kind.name() + " " + id + " could not be read: " + e.getMessage(), e);
        }
    }
}
