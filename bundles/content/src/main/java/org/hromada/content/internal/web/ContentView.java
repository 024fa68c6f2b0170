package org.hromada.content.internal.web;

import java.time.Instant;
import java.util.List;
import org.hromada.content.internal.entities.ContentItemEntity;
import org.hromada.content.internal.model.ContentType;
import org.hromada.content.internal.model.PublicUrls;
import org.hromada.content.internal.model.Status;

/** An item as the API shows it; {@code url} only while published (nulls are left out of the JSON). */
public record ContentView(long id, String type, String language, String title, String slug, String summary,
                          String body, String section, List<String> tags, boolean pinned, String status,
                          Instant publishAt, Instant unpublishAt, Instant publishedAt, String author,
                          Instant createdAt, Instant updatedAt, long version, Long parentId, int position,
                          Long translationId, String url, Long coverId, String coverAlt) {

    public static ContentView of(ContentItemEntity e) {
        ContentType type = ContentType.ofKey(e.getType());
        return new ContentView(e.getId(), e.getType(), e.getLanguage(), e.getTitle(), e.getSlug(), e.getSummary(),
                e.getBody(), e.getSection(), e.getTags().stream().sorted().toList(), e.isPinned(), e.getStatus(), e.getPublishAt(),
                e.getUnpublishAt(), e.getPublishedAt(), e.getAuthor(), e.getCreatedAt(), e.getUpdatedAt(),
                e.getVersion(), e.getParentId(), e.getPosition(), e.getTranslationId(),
                PublicUrls.ifPublished(type, Status.ofKey(e.getStatus()), e.getLanguage(), e.getSlug()),
                e.getCoverId(), e.getCoverAlt());
    }

    /** Templates call bean getters; records expose accessors, so keep the getters they need. */
    public long getId() { return id; }
    public String getTitle() { return title; }
    public String getSlug() { return slug; }
    public String getSummary() { return summary; }
    public String getBody() { return body; }
    public String getUrl() { return url; }
    public String getLanguage() { return language; }
    public Instant getPublishedAt() { return publishedAt; }
}
