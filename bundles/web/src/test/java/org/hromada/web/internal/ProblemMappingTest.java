package org.hromada.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hromada.platform.api.web.FieldError;
import org.hromada.web.internal.json.ObjectMappers;
import org.hromada.web.internal.problem.ConstraintViolationMapper;
import org.hromada.web.internal.problem.JsonExceptionMapper;
import org.hromada.web.internal.problem.Problem;
import org.hromada.web.internal.problem.WebApplicationExceptionMapper;
import org.junit.jupiter.api.Test;

class ProblemMappingTest {

    record Body(@NotBlank String title, @Size(max = 3) String code, int count) {
    }

    @Test
    void validationFailuresListEveryField() {
        var validator = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
        var violations = validator.validate(new Body(" ", "toolong", 1));
        Response response = new ConstraintViolationMapper().toResponse(new ConstraintViolationException(violations));
        assertEquals(422, response.getStatus());
        assertEquals("application/problem+json", response.getMediaType().toString());
        List<FieldError> errors = ((Problem) response.getEntity()).errors();
        assertEquals(List.of("code", "title"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    void aWrongTypeNamesTheField() {
        InvalidFormatException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidFormatException.class,
                () -> ObjectMappers.shared().readValue("{\"title\":\"a\",\"count\":\"many\"}", Body.class));
        Response response = new JsonExceptionMapper().toResponse(e);
        assertEquals(400, response.getStatus());
        assertEquals("count", ((Problem) response.getEntity()).errors().get(0).field());
    }

    @Test
    void malformedJsonSaysWhereWithoutEchoingInternals() {
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> ObjectMappers.shared().readValue("{\"title\": ", Body.class));
        Response response = new JsonExceptionMapper().toResponse((com.fasterxml.jackson.core.JsonProcessingException) e);
        assertEquals(400, response.getStatus());
        Problem problem = (Problem) response.getEntity();
        assertTrue(problem.detail().contains("line 1"), problem.detail());
        assertTrue(!problem.detail().contains("com.fasterxml"), problem.detail());
    }

    @Test
    void wrongMethodKeepsTheAllowHeader() {
        Response response = new WebApplicationExceptionMapper().toResponse(
                new NotAllowedException("GET", new String[] {"POST"}));
        assertEquals(405, response.getStatus());
        assertTrue(response.getHeaderString("Allow").contains("GET"));
    }
}
