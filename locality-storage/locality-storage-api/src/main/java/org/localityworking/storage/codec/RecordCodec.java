package org.localityworking.storage.codec;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import org.apiguardian.api.API;
import org.localityworking.storage.Kind;
import org.localityworking.storage.StorageException;

/**
 * Records to bytes and back, for backends that store bytes and should never learn the domain's field types
 * (a key-value engine, files, a blob column). The bytes are UTF-8 JSON of the record's components (no
 * derived {@code isX()} properties), dates as ISO text, an empty {@code Optional} as {@code null}; reading
 * runs the record's canonical constructor, so every record read is validated again.
 *
 * <p>The format has a version, {@link #FORMAT_VERSION}. A backend records the version it wrote with (once
 * per store is enough) and reads with {@link #decode(Kind, byte[], int)}; this codec reads every format
 * version it has ever written (golden files in the compatibility kit's tests prove it), so data written
 * today reads back after the codec changes. A component added to a record later reads as absent from older
 * data (the record's constructor gives its documented default); a component that no longer exists is ignored.
 *
 * <p>The formats so far:
 * <ol>
 *   <li>the records as the library first stored them;</li>
 *   <li>adds {@code CouncilConfiguration.publicOfficeRoles} (format 1 reads it as the default: councillors and
 *       the executive member).</li>
 *   <li>adds an organisation's {@code description}, {@code charityNumber}, {@code companyNumber}, {@code postcode}
 *       and {@code website}, a grant's {@code funderId} and {@code beneficiaryAreas}, and an asset's {@code venue} (earlier formats read them
 *       as absent).</li>
 * </ol>
 * Every format so far only adds components, so bytes of an earlier format also read correctly as the current
 * one: a backend that cannot tell which format a stored record was written in reads it as the current one.
 *
 * <p>Thread-safe; use {@link #standard()}.
 */
@API(status = STABLE, since = "1.0")
public final class RecordCodec {
    /** The format this codec writes. */
    public static final int FORMAT_VERSION = 3;

    private static final RecordCodec STANDARD = new RecordCodec();

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.CAN_OVERRIDE_ACCESS_MODIFIERS)
            .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .build();

    /**
     * The same JSON as {@link #encode} writes, made as text: {@code encode}'s UTF-8 generator escapes each half of a
     * surrogate pair as {@code \\uXXXX} (uppercase hex) and writes every other character as it is, so the text
     * generator is told to escape those halves the same way and nothing else.
     */
    private final com.fasterxml.jackson.databind.ObjectWriter textWriter = mapper.writer().with(new SurrogateEscapes());

    private static final class SurrogateEscapes extends com.fasterxml.jackson.core.io.CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
            return ch <= Character.MAX_VALUE && Character.isSurrogate((char) ch)
                    ? new com.fasterxml.jackson.core.io.SerializedString(
                            String.format(java.util.Locale.ROOT, "\\u%04X", ch))
                    : null;
        }
    }

    private RecordCodec() {
    }

    /** {@return the codec} */
    public static RecordCodec standard() {
        return STANDARD;
    }

    /**
     * {@return the record in format {@link #FORMAT_VERSION}, UTF-8 JSON}
     *
     * @param kind  the record's kind
     * @param value the record
     * @param <T>   the record type
     * @throws StorageException when the record cannot be written
     */
    public <T> byte[] encode(Kind<T> kind, T value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new StorageException("Could not encode " + kind.name() + " " + kind.id(value) + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@return the record in format {@link #FORMAT_VERSION} as text: exactly what {@link #encode} writes, decoded from
     * UTF-8} For a backend that stores text (a database's text column), without the bytes made first.
     *
     * @param kind  the record's kind
     * @param value the record
     * @param <T>   the record type
     * @throws StorageException when the record cannot be written
     */
    @API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "1.1")
    public <T> String encodeText(Kind<T> kind, T value) {
        try {
            return textWriter.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StorageException("Could not encode " + kind.name() + " " + kind.id(value) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads bytes written in the current format.
     *
     * @param kind  the record's kind
     * @param bytes what {@link #encode} wrote
     * @param <T>   the record type
     * @return the record, validated by its constructor
     * @throws StorageException when the bytes are not a record of the kind
     */
    public <T> T decode(Kind<T> kind, byte[] bytes) {
        return decode(kind, bytes, FORMAT_VERSION);
    }

    /**
     * Reads bytes written in a format this codec knows.
     *
     * @param kind          the record's kind
     * @param bytes         what {@link #encode} wrote
     * @param formatVersion the format they were written in
     * @param <T>           the record type
     * @return the record, validated by its constructor
     * @throws StorageException when the format is unknown or the bytes are not a record of the kind
     */
    public <T> T decode(Kind<T> kind, byte[] bytes, int formatVersion) {
        if (formatVersion < 1 || formatVersion > FORMAT_VERSION) {
            throw new StorageException("Cannot read " + kind.name() + " records written in record format "
                    + formatVersion + ": this library reads formats 1 to " + FORMAT_VERSION
                    + " (a newer library wrote them; upgrade to read them)");
        }
        try {
            return mapper.readValue(bytes, kind.type());
        } catch (IOException | RuntimeException e) {
            String article = "aeiou".indexOf(kind.name().charAt(0)) >= 0 ? "an " : "a ";
            throw new StorageException("Could not decode " + article + kind.name() + " record (format " + formatVersion + "): "
                    + e.getMessage(), e);
        }
    }
}
