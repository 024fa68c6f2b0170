package org.hromada.media.internal.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** One uploaded file's metadata (table {@code media_file}, migration V1); the bytes are on disk. */
@Entity
@Table(name = "media_file")
public class MediaFileEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 130)
    private String filename;
    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;
    @Column(nullable = false, length = 10)
    private String kind;
    @Column(name = "size_bytes", nullable = false)
    private long size;
    @Column(nullable = false, length = 64)
    private String sha256;
    private Integer width;
    private Integer height;
    @Column(nullable = false, length = 100)
    private String renditions = "";
    @Column(length = 500)
    private String alt;
    @Column(length = 300)
    private String title;
    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    @Column(nullable = false)
    private long version;

    protected MediaFileEntity() {
    }

    public MediaFileEntity(String filename, String mediaType, String kind, long size, String sha256,
                           String uploadedBy, Instant createdAt) {
        this.filename = filename;
        this.mediaType = mediaType;
        this.kind = kind;
        this.size = size;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public Long getId() { return id; }
    public String getFilename() { return filename; }
    public String getMediaType() { return mediaType; }
    public String getKind() { return kind; }
    public long getSize() { return size; }
    public String getSha256() { return sha256; }
    public Integer getWidth() { return width; }
    public Integer getHeight() { return height; }
    public void setDimensions(Integer width, Integer height) {
        this.width = width;
        this.height = height;
    }

    /** The rendition widths, narrowest first. */
    public List<Integer> getRenditionWidths() {
        return renditions.isEmpty() ? List.of()
                : Arrays.stream(renditions.split(",")).map(Integer::valueOf).sorted().toList();
    }

    public void setRenditionWidths(List<Integer> widths) {
        renditions = widths.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    public String getAlt() { return alt; }
    public void setAlt(String alt) { this.alt = alt; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public long getVersion() { return version; }
}
