package org.hromada.platform.api.console;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hromada.platform.api.security.Identity;

/**
 * A request to a console section, already authenticated and (for POST) checked for its CSRF token.
 *
 * @param method      {@code GET} or {@code POST}
 * @param path        the path below the section, {@code ""} or starting with {@code /}: for
 *                    {@code /console/news/12/edit} the news section sees {@code /12/edit}
 * @param params      query and form parameters, in order
 * @param files       files of a multipart form
 * @param identity    the signed-in user; its channel is {@code console}
 * @param locale      the console's language for this user ({@code uk} or {@code en})
 * @param sectionBase the section's absolute path, e.g. {@code /console/news}, for links and redirects
 * @param csrfToken   the session's CSRF token (already checked); it also tells this session from the
 *                    user's others, e.g. to end all but this one after a password change
 */
public record ConsoleRequest(String method, String path, Map<String, List<String>> params, List<ConsoleFile> files,
        Identity identity, Locale locale, String sectionBase, String csrfToken) {

    public ConsoleRequest {
        params = Map.copyOf(params);
        files = List.copyOf(files);
    }

    public boolean isPost() {
        return "POST".equals(method);
    }

    /** The first value of a parameter, trimmed; empty when absent or blank. */
    public Optional<String> param(String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty() || values.get(0) == null) {
            return Optional.empty();
        }
        String value = values.get(0).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** Every value of a parameter (checkboxes, multi-selects), as sent. */
    public List<String> params(String name) {
        return params.getOrDefault(name, List.of());
    }

    /** The first file sent in a field, when one was. */
    public Optional<ConsoleFile> file(String field) {
        return files.stream().filter(f -> f.field().equals(field)).findFirst();
    }

    /** The path split into segments: {@code /12/edit} is {@code ["12", "edit"]}. */
    public List<String> segments() {
        return path.isEmpty() ? List.of() : List.of(path.substring(1).split("/", -1));
    }
}
