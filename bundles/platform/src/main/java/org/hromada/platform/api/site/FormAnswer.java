package org.hromada.platform.api.site;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The page a {@link SiteForm} answers with.
 *
 * @param status     the HTTP status: 200, 404 (nothing matches what was sent), 422 (the form again with its
 *                   errors), 429 (too many submissions)...
 * @param template   the template to render, e.g. {@code requests/form.ftl}; a theme may override it
 * @param model      the data the template shows
 * @param retryAfter seconds for the {@code Retry-After} header, or empty
 */
public record FormAnswer(int status, String template, Map<String, Object> model, OptionalLong retryAfter) {
    public FormAnswer {
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("Not an HTTP status: " + status);
        }
        model = Collections.unmodifiableMap(new LinkedHashMap<>(model)); // a model may hold nulls
    }

    /** {@code template} with {@code model} and {@code status}, without Retry-After. */
    public static FormAnswer of(int status, String template, Map<String, Object> model) {
        return new FormAnswer(status, template, model, OptionalLong.empty());
    }

    /** The same answer telling the client to wait {@code seconds}. */
    public FormAnswer retryAfter(long seconds) {
        return new FormAnswer(status, template, model, OptionalLong.of(seconds));
    }
}
