package org.hromada.security.internal.audit;

import java.time.Instant;
import java.util.Map;

/** An audit entry as the API and the console show it. */
public record AuditView(long id, Instant at, String actor, String channel, String action, String entityType,
                        String entityId, String summary, Map<String, Object> before, Map<String, Object> after) {
}
