package org.hromada.requests.internal.web;

import java.util.Locale;
import java.util.Map;

/** A submission sent as form fields (multipart) rather than JSON: the same names, {@code urgent} ticked or not. */
final class SubmissionFields {

    private SubmissionFields() {
    }

    static SubmissionRequest of(Map<String, String> sent) {
        Map<String, String> f = new java.util.HashMap<>();
        sent.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                f.put(name, value);
            }
        });
        String urgent = f.getOrDefault("urgent", "").strip().toLowerCase(Locale.ROOT);
        String signed = f.getOrDefault("signed", "").strip().toLowerCase(Locale.ROOT);
        return new SubmissionRequest(f.get("name"), f.get("email"), f.get("postalAddress"), f.get("phone"),
                f.get("description"), urgent.isEmpty() ? null : "true".equals(urgent) || "on".equals(urgent)
                || "1".equals(urgent), f.get("urgencyGround"), f.get("urgencyJustification"), f.get("website"),
                f.get("channel"), f.get("receivedAt"), f.get("department"), f.get("assignee"), f.get("form"),
                f.get("writtenOn"), signed.isEmpty() ? null : "true".equals(signed) || "on".equals(signed)
                || "1".equals(signed), f.get("recordedBy"), f.get("recordedByPhone"));
    }
}
