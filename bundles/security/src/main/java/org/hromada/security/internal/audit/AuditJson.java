package org.hromada.security.internal.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.LinkedHashMap;
import java.util.Map;

/** The before/after fields of an entry as JSON text, and back. */
final class AuditJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private static final TypeReference<LinkedHashMap<String, Object>> FIELDS = new TypeReference<>() {
    };

    private AuditJson() {
    }

    /** Null for no fields; a value Jackson cannot write is recorded as its {@code toString()}. */
    static String write(Map<String, Object> fields) {
        if (fields == null || fields.isEmpty()) {
            return null;
        }
        try {
            return MAPPER.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            Map<String, Object> plain = new LinkedHashMap<>();
            fields.forEach((key, value) -> plain.put(key, value == null || value instanceof Number
                    || value instanceof Boolean ? value : String.valueOf(value)));
            try {
                return MAPPER.writeValueAsString(plain);
            } catch (JsonProcessingException again) {
                throw new IllegalStateException("Strings and numbers are always JSON", again);
            }
        }
    }

    static Map<String, Object> read(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return MAPPER.readValue(json, FIELDS);
        } catch (JsonProcessingException e) {
            return Map.of("(unreadable)", json);
        }
    }
}
