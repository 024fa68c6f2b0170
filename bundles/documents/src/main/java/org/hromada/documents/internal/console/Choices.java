package org.hromada.documents.internal.console;

import org.hromada.platform.api.console.ConsoleForms;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hromada.documents.internal.web.DocumentView;
import org.hromada.documents.internal.web.KindView;
import org.hromada.documents.internal.web.ListParams;
import org.hromada.platform.api.console.ConsoleRequest;

/** The options of the console's selects: kinds in the editor's language, and documents to link to. */
final class Choices {
    /** How many of the newest documents a document select offers (narrowed with words). */
    static final int DOCUMENTS = 100;

    private final DocumentsConsole services;

    Choices(DocumentsConsole services) {
        this.services = services;
    }

    /** The kinds as {@code {value, label}}, in their order. */
    List<Map<String, Object>> kinds(ConsoleRequest request) {
        boolean en = ConsoleForms.english(request);
        return services.kinds.list().stream()
                .map(k -> Map.<String, Object>of("value", k.code(), "label", en ? k.nameEn() : k.nameUk())).toList();
    }

    /** A kind code to its name in the editor's language. */
    Map<String, String> kindNames(ConsoleRequest request) {
        boolean en = ConsoleForms.english(request);
        Map<String, String> names = new java.util.HashMap<>();
        for (KindView k : services.kinds.list()) {
            names.put(k.code(), en ? k.nameEn() : k.nameUk());
        }
        return names;
    }

    /**
     * Documents as {@code {value, label}}: an empty choice first, then the newest documents (those
     * matching {@code words} when given), and the ones already chosen even when they are older.
     */
    List<Map<String, Object>> documents(String words, Set<Long> chosen, long except, String noneLabel) {
        List<Map<String, Object>> options = new ArrayList<>();
        options.add(Map.of("value", "", "label", noneLabel));
        Set<Long> shown = new LinkedHashSet<>();
        String q = words == null || words.isBlank() ? null : ConsoleForms.cut(words.strip(), 200);
        for (DocumentView d : services.documents.list(new ListParams(null, null, null, null, null, null, null, null, q,
                1, DOCUMENTS, false)).items()) {
            if (d.id() != except) {
                options.add(option(d));
                shown.add(d.id());
            }
        }
        for (Long id : chosen) {
            if (id != null && !shown.contains(id)) {
                services.documents.find(id, false).ifPresent(d -> options.add(option(d)));
            }
        }
        return options;
    }

    private static Map<String, Object> option(DocumentView d) {
        return Map.of("value", String.valueOf(d.id()), "label", d.kindName() + " № " + d.number() + " ("
                + d.adoptedOn() + "): " + ConsoleForms.cut(d.title(), 120));
    }
}
