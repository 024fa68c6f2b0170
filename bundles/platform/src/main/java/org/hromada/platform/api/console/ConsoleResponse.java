package org.hromada.platform.api.console;

import java.util.Map;

/** What a console section answers. */
public sealed interface ConsoleResponse {

    /**
     * A page: the console renders {@code template} (from the section bundle's jar) with
     * {@code model} inside its layout, or alone for an htmx request.
     *
     * @param status   the HTTP status, 200, or 422 for a form sent back with errors
     * @param titleKey the message key of the page title
     * @param template the template path in the section bundle, e.g. {@code console/news/list.ftl}
     * @param model    what the template shows; the console adds its own entries (see the package docs)
     */
    record Page(int status, String titleKey, String template, Map<String, Object> model) implements ConsoleResponse {
        public Page {
            model = Map.copyOf(model);
        }
    }

    /** After a successful POST: go to {@code location} and show the message {@code flashKey} there once. */
    record Redirect(String location, String flashKey) implements ConsoleResponse {
    }

    /** Bytes as they are, e.g. a preview of the public page or a JSON answer for a picker. */
    record Raw(int status, String contentType, byte[] body) implements ConsoleResponse {
    }

    /** A friendly error page with the status and the message {@code messageKey}. */
    record Problem(int status, String messageKey) implements ConsoleResponse {
    }

    static Page page(String titleKey, String template, Map<String, Object> model) {
        return new Page(200, titleKey, template, model);
    }

    /** The form again, with status 422 and the errors the model carries. */
    static Page invalid(String titleKey, String template, Map<String, Object> model) {
        return new Page(422, titleKey, template, model);
    }

    static Redirect redirect(String location, String flashKey) {
        return new Redirect(location, flashKey);
    }

    static Problem notFound() {
        return new Problem(404, "console.error.notFound");
    }

    static Problem forbidden() {
        return new Problem(403, "console.error.forbidden");
    }

    /** The action is not possible in the item's current state (e.g. publishing an archived item). */
    static Problem conflict(String messageKey) {
        return new Problem(409, messageKey);
    }
}
