package org.hromada.content.internal.revisions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.LinkedHashMap;
import java.util.Map;

/** Snapshots to and from the JSON in {@code content_revision.snapshot}. */
public final class Snapshots {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // Older snapshots may miss fields added later, newer ones may carry fields we dropped.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() { };

    private Snapshots() {
    }

    public static String toJson(Snapshot snapshot) {
        try {
            return JSON.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a snapshot", e);
        }
    }

    public static Snapshot fromJson(String json) {
        try {
            return JSON.readValue(json, Snapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a snapshot", e);
        }
    }

    /** The snapshot as its JSON fields (dates as ISO strings), for comparing. */
    public static Map<String, Object> toMap(Snapshot snapshot) {
        return JSON.convertValue(snapshot, MAP);
    }
}
