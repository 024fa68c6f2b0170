package org.hromada.platform.api.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.hromada.platform.api.security.Identity;

/**
 * One change, as the audit log keeps it. The log adds the time.
 *
 * @param actor      the username, or a system actor such as {@code scheduler}
 * @param channel    how the change came (see {@link org.hromada.platform.api.security.Channels})
 * @param action     what was done, {@code <kind>.<verb>}: {@code news.update}, {@code user.create}
 * @param entityType the kind of thing changed: {@code news}, {@code user}, {@code bundle}
 * @param entityId   which one (an id, a username, a symbolic name)
 * @param summary    a short human-readable line, e.g. the title; may be empty
 * @param before     the changed fields before (empty for a creation); values must be JSON-friendly
 * @param after      the changed fields after (empty for a deletion)
 */
public record AuditEntry(String actor, String channel, String action, String entityType, String entityId,
        String summary, Map<String, Object> before, Map<String, Object> after) {

    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entityType, "entityType");
        entityId = entityId == null ? "" : entityId;
        summary = summary == null ? "" : summary;
        before = before == null ? Map.of() : unmodifiable(before);
        after = after == null ? Map.of() : unmodifiable(after);
    }

    /** An entry for a change made by {@code who}, without field values yet. */
    public static AuditEntry of(Identity who, String action, String entityType, Object entityId) {
        return new AuditEntry(who.username(), who.channel(), action, entityType, String.valueOf(entityId), "",
                Map.of(), Map.of());
    }

    public AuditEntry withSummary(String text) {
        return new AuditEntry(actor, channel, action, entityType, entityId, text, before, after);
    }

    /** The fields that changed, before and after. */
    public AuditEntry withChange(Map<String, Object> fieldsBefore, Map<String, Object> fieldsAfter) {
        return new AuditEntry(actor, channel, action, entityType, entityId, summary, fieldsBefore, fieldsAfter);
    }

    // Map.copyOf refuses null values, and "was empty" is worth recording.
    private static Map<String, Object> unmodifiable(Map<String, Object> fields) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
