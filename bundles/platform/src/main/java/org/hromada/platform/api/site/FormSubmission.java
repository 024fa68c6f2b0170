package org.hromada.platform.api.site;

import java.util.List;
import java.util.Map;

/**
 * What a {@link SiteForm} learns of a POST.
 *
 * @param path          the path without the language prefix, e.g. {@code /request-information}
 * @param pathParams    values of the pattern's {@code {name}} segments, URL-decoded
 * @param fields        the decoded body ({@code application/x-www-form-urlencoded}, UTF-8), in the order sent
 * @param clientAddress the client's address as the server sees it (behind a proxy with
 *                      {@code http.behind.proxy=true}, the forwarded one); "unknown" when there is none
 * @param language      {@code uk} or {@code en}
 * @param files         the files of a {@code multipart/form-data} POST to a form that takes them
 *                      ({@link SiteForm#maxUploadBytes()}), in the order sent; empty otherwise. A file input
 *                      left empty sends none.
 */
public record FormSubmission(String path, Map<String, String> pathParams, Map<String, List<String>> fields,
                             String clientAddress, String language, List<FormFile> files) {
    public FormSubmission {
        pathParams = Map.copyOf(pathParams);
        fields = Map.copyOf(fields);
        clientAddress = clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress;
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** A submission without files (a url-encoded POST). */
    public FormSubmission(String path, Map<String, String> pathParams, Map<String, List<String>> fields,
                          String clientAddress, String language) {
        this(path, pathParams, fields, clientAddress, language, List.of());
    }

    /** The files sent in one field. */
    public List<FormFile> files(String field) {
        return files.stream().filter(f -> f.field().equals(field)).toList();
    }

    /** The first value of a field, or "" when it was not sent. */
    public String field(String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }
}
