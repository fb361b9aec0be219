package org.localityworking.storage.jdbc;

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
import org.localityworking.storage.Kind;
import org.localityworking.storage.StorageException;

/**
 * Records to and from JSON, the body column of every table. Records are written by their components
 * only (no derived {@code isX()} properties), dates as ISO text; the canonical constructor re-validates
 * every record read.
 */
final class JsonCodec {
    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.CAN_OVERRIDE_ACCESS_MODIFIERS)
            .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .build();

    <T> String write(Kind<T> kind, T value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StorageException("Could not write " + kind.name() + " " + kind.id(value) + " as JSON", e);
        }
    }

    <T> T read(Kind<T> kind, String id, String json) {
        try {
            return mapper.readValue(json, kind.type());
        } catch (JsonProcessingException e) {
            throw new StorageException("The stored " + kind.name() + " " + id + " could not be read: " + e.getMessage(), e);
        }
    }
}
