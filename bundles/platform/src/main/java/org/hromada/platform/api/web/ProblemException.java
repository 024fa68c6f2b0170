package org.hromada.platform.api.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Thrown by bundle code to answer with an RFC 9457 {@code application/problem+json} response. The
 * web bundle maps it; bundle code never builds error responses itself.
 */
public class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    public ProblemException(int status, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not Found", detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "Bad Request", detail);
    }

    /** A 422 with one entry per invalid field. */
    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(422, "Unprocessable Content", "The request has invalid fields.", errors);
    }

    /**
     * Adds a response header, e.g. {@code Retry-After} on a 429 or {@code WWW-Authenticate} on a
     * 401; returns this problem.
     */
    public ProblemException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The response headers the problem carries. */
    public Map<String, String> headers() {
        return Map.copyOf(headers);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> errors() {
        return errors;
    }
}
