package org.hromada.content.internal.site;

import java.time.Instant;
import java.util.List;
import org.hromada.content.internal.model.ContentType;
import org.hromada.content.internal.model.PublicUrls;

/**
 * A published item as the public pages need it. Lists read no body and no tags ({@code body} null,
 * {@code tags} empty); a single item's page reads both.
 */
public record PublicItem(long id, ContentType type, String language, String title, String slug, String summary,
                         String section, boolean pinned, Instant publishedAt, Instant updatedAt, Long parentId,
                         Long translationId, String body, List<String> tags) {

    public PublicItem {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** The public address, with {@code /en} for English. */
    public String url() {
        return PublicUrls.of(type, language, slug);
    }

    PublicItem withDetails(String newBody, List<String> newTags) {
        return new PublicItem(id, type, language, title, slug, summary, section, pinned, publishedAt, updatedAt,
                parentId, translationId, newBody, newTags);
    }
}
