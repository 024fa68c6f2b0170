package org.hromada.content.internal.revisions;

import java.time.Instant;
import java.util.List;

/** An item's editable fields and status as one revision keeps them (stored as JSON). */
public record Snapshot(String language, String title, String slug, String summary, String body, String section,
                       List<String> tags, boolean pinned, String status, Instant publishAt, Instant unpublishAt,
                       Long parentId, int position, Long coverId, String coverAlt) {
    public Snapshot {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
