package org.hromada.content.internal.revisions;

import java.time.Instant;

/** One entry of {@code GET /{type}/{id}/revisions}. */
public record RevisionSummary(int number, String action, String actor, Instant createdAt) {
}
