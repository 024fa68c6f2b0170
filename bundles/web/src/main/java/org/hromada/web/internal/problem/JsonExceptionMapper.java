package org.hromada.web.internal.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.stream.Collectors;
import org.hromada.platform.api.web.FieldError;

/** A body that is not JSON, or JSON of the wrong shape: 400, naming the field when there is one. */
public class JsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {
    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(JsonProcessingException e) {
        if (e instanceof JsonParseException || !(e instanceof JsonMappingException mapping)) {
            return ProblemResponses.of(400, "Malformed JSON",
                    "The request body is not valid JSON" + location(e) + ".", List.of(), uri);
        }
        String field = path(mapping);
        String message = e instanceof InvalidFormatException invalid
                ? "must be of type " + invalid.getTargetType().getSimpleName()
                : e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null
                ? "must be " + describe(mismatched.getTargetType())
                : "has an unexpected value";
        if (field.isEmpty()) {
            return ProblemResponses.of(400, "Malformed JSON", "The request body has the wrong shape: it "
                    + message + ".", List.of(), uri);
        }
        return ProblemResponses.of(400, "Invalid field", "A field of the request body has the wrong type.",
                List.of(new FieldError(field, message)), uri);
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String describe(Class<?> type) {
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "an object";
    }
}
