package org.hromada.content.internal.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.stream.Collectors;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;

/** Reads the optional body of a publish request; a malformed one is a 400 naming the field. */
public final class PublishBodies {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private PublishBodies() {
    }

    public static PublishRequest parse(String body) {
        if (body == null || body.isBlank()) {
            return PublishRequest.NONE;
        }
        try {
            PublishRequest request = JSON.readValue(body, PublishRequest.class);
            return request == null ? PublishRequest.NONE : request;
        } catch (JsonMappingException e) {
            String field = e.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                    .filter(name -> name != null).collect(Collectors.joining("."));
            if (field.isEmpty()) {
                throw ProblemException.badRequest("The body must be a JSON object with publishAt and unpublishAt.");
            }
            throw new ProblemException(400, "Invalid field", "A field of the request body has the wrong type.",
                    List.of(new FieldError(field, "must be a date and time as ISO-8601, e.g. 2026-12-01T09:00:00Z")));
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("The request body is not valid JSON.");
        }
    }
}
