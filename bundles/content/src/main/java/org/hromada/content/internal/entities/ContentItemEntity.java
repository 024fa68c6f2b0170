package org.hromada.content.internal.entities;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * One news item, announcement, page or material (table {@code content_item}, migration V1).
 * Type and status are kept as their API keys; {@code ContentType} and {@code Status} interpret them.
 */
@Entity
@Table(name = "content_item")
public class ContentItemEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 20)
    private String type;
    @Column(nullable = false, length = 2)
    private String language;
    @Column(nullable = false, length = 300)
    private String title;
    @Column(nullable = false, length = 80)
    private String slug;
    @Column(nullable = false, length = 1000)
    private String summary;
    @Column(nullable = false, columnDefinition = "LONGTEXT")
    private String body;
    @Column(length = 100)
    private String section;
    @ElementCollection
    @CollectionTable(name = "content_item_tag", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "tag", nullable = false, length = 50)
    private Set<String> tags = new TreeSet<>();
    @Column(nullable = false)
    private boolean pinned;
    @Column(nullable = false, length = 20)
    private String status;
    @Column(name = "publish_at")
    private Instant publishAt;
    @Column(name = "unpublish_at")
    private Instant unpublishAt;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "parent_id")
    private Long parentId;
    @Column(nullable = false)
    private int position;
    @Column(name = "translation_id")
    private Long translationId;
    @Column(name = "cover_id")
    private Long coverId;
    @Column(name = "cover_alt", length = 500)
    private String coverAlt;
    @Column(nullable = false, length = 64)
    private String author;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    @Column(nullable = false)
    private long version;

    protected ContentItemEntity() {
    }

    public ContentItemEntity(String type, String author, Instant createdAt) {
        this.type = type;
        this.author = author;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public Long getId() { return id; }
    public String getType() { return type; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getSection() { return section; }
    public void setSection(String section) { this.section = section; }
    public Set<String> getTags() { return tags; }

    /** Replaces the tags in place, so Hibernate writes only the difference. */
    public void setTags(Set<String> newTags) {
        tags.retainAll(newTags);
        tags.addAll(newTags);
    }

    public boolean isPinned() { return pinned; }
    public void setPinned(boolean pinned) { this.pinned = pinned; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public Instant getPublishAt() { return publishAt; }
    public void setPublishAt(Instant publishAt) { this.publishAt = publishAt; }
    public Instant getUnpublishAt() { return unpublishAt; }
    public void setUnpublishAt(Instant unpublishAt) { this.unpublishAt = unpublishAt; }
    public Instant getPublishedAt() { return publishedAt; }
    public void setPublishedAt(Instant publishedAt) { this.publishedAt = publishedAt; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public Long getTranslationId() { return translationId; }
    public void setTranslationId(Long translationId) { this.translationId = translationId; }
    public Long getCoverId() { return coverId; }
    public void setCoverId(Long coverId) { this.coverId = coverId; }
    public String getCoverAlt() { return coverAlt; }
    public void setCoverAlt(String coverAlt) { this.coverAlt = coverAlt; }
    public String getAuthor() { return author; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public long getVersion() { return version; }
}
