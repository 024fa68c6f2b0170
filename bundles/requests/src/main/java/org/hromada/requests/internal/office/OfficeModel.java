package org.hromada.requests.internal.office;

import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code office} entry of the public pages' models: where to send a request, in the page's language
 * ({@link Office#shown}); empty when it is not set, and the pages then keep their general sentence.
 */
public final class OfficeModel {
    private static final Logger LOG = LoggerFactory.getLogger(OfficeModel.class);

    private OfficeModel() {
    }

    /** {@code model} with {@code office} added; a failed read leaves it empty rather than failing the page. */
    public static Map<String, Object> with(Map<String, Object> model, OfficeBook book, String language) {
        Map<String, Object> m = new HashMap<>(model);
        m.put("office", shown(book, language));
        return m;
    }

    static Map<String, String> shown(OfficeBook book, String language) {
        if (book == null) {
            return Map.of();
        }
        try {
            return book.find().map(v -> v.office().shown(language)).orElse(Map.of());
        } catch (RuntimeException e) {
            LOG.warn("Where to send requests could not be read for a public page", e);
            return Map.of();
        }
    }
}
