package org.hromada.disclosure.internal.console;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hromada.disclosure.internal.attestations.Attestation;
import org.hromada.disclosure.internal.status.ItemState;
import org.hromada.platform.api.disclosure.Evidence;

/** Items as the console's templates show them, in the editor's language. */
final class ConsoleItems {
    /** The console's badge colours (console.css) for each status. */
    static final Map<String, String> LOOKS = Map.of("compliant", "ok", "missing", "error", "late", "overdue",
            "stale", "pending", "unknown", "draft", "not_applicable", "inactive");

    private ConsoleItems() {
    }

    static Map<String, Object> of(ItemState s, String lang) {
        Map<String, Object> item = new HashMap<>();
        item.put("id", s.item().id());
        item.put("part", s.item().part());
        item.put("number", s.item().part() == 1 ? s.item().id().substring(2) : s.item().id());
        item.put("point", s.item().parentId() != null);
        item.put("name", s.item().name().in(lang));
        item.put("status", s.status());
        item.put("look", LOOKS.getOrDefault(s.status(), "draft"));
        item.put("source", s.source());
        item.put("checks", s.checks().stream().map(r -> r.title().in(lang)).toList());
        item.put("summary", s.summary().in(lang));
        item.put("advice", s.advice().in(lang));
        item.put("evidence", evidence(s.evidence(), lang));
        item.put("attestable", s.attestable());
        Attestation a = s.attestation();
        item.put("attestation", a == null ? Map.of() : Map.of("by", a.attestedBy(), "on", a.attestedOn().toString(),
                "reviewOn", a.reviewOn().toString(), "url", a.url(), "note", a.note()));
        if (s.checkedAt() != null) {
            item.put("checkedAt", s.checkedAt());
        }
        return item;
    }

    static List<Map<String, String>> evidence(List<Evidence> evidence, String lang) {
        return evidence.stream().map(e -> Map.of("label", e.label().in(lang), "url", e.url() == null ? "" : e.url(),
                "note", e.note() == null ? "" : e.note().in(lang))).toList();
    }
}
