package org.hromada.content.internal.revisions;

import java.time.Instant;

/** {@code GET /{type}/{id}/revisions/{n}}: the revision with its snapshot. */
public record RevisionDetail(int number, String action, String actor, Instant createdAt, Snapshot snapshot) {
}
