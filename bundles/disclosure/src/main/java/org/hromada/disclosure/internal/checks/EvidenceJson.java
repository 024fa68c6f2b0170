package org.hromada.disclosure.internal.checks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.hromada.platform.api.disclosure.Evidence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A result's evidence as the JSON text the history table keeps. */
final class EvidenceJson {
    private static final Logger LOG = LoggerFactory.getLogger(EvidenceJson.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Evidence>> LIST = new TypeReference<>() { };

    private EvidenceJson() {
    }

    static String write(List<Evidence> evidence) {
        try {
            return JSON.writeValueAsString(evidence == null ? List.of() : evidence);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Evidence that cannot be written as JSON", e);
        }
    }

    static List<Evidence> read(String json) {
        try {
            return JSON.readValue(json, LIST);
        } catch (JsonProcessingException e) {
            LOG.warn("Stored evidence is not readable JSON; shown as none", e);
            return List.of();
        }
    }
}
