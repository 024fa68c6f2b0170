package org.hromada.web.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hromada.platform.api.web.ProblemException;

/**
 * Validates every request body right after it is read: bean-validation constraints on the body's
 * class (e.g. {@code @NotBlank} on a record component) give a 422 with one error per field; a
 * missing body gives a 400. Resource methods then only see valid input.
 */
public class BodyValidation implements ReaderInterceptor {
    private static final Validator VALIDATOR = Validation.byProvider(org.hibernate.validator.HibernateValidator.class)
            .configure()
            // No expression language: messages are plain templates with {min}/{max} parameters.
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body = context.proceed();
        if (body == null) {
            throw ProblemException.badRequest("The request needs a JSON body.");
        }
        if (VALIDATOR.getConstraintsForClass(body.getClass()).isBeanConstrained()) {
            Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(body);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
        }
        return body;
    }
}
