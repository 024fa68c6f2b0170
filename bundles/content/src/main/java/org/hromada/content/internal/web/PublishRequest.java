package org.hromada.content.internal.web;

import java.time.Instant;

/** The optional body of {@code POST /{type}/{id}/publish}: a future {@code publishAt} schedules the item. */
public record PublishRequest(Instant publishAt, Instant unpublishAt) {
    public static final PublishRequest NONE = new PublishRequest(null, null);
}
