package org.hromada.documents.internal.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file attached to a document: its bytes are a media library file, its extracted text is kept here. */
@Entity
@Table(name = "documents_attachment")
public class AttachmentEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(name = "media_id", nullable = false)
    private long mediaId;

    @Column(nullable = false, length = 255)
    private String filename;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "size", nullable = false)
    private long sizeBytes;

    @Column(length = 300)
    private String title;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, columnDefinition = "LONGTEXT")
    private String text;

    @Column(name = "text_status", nullable = false, length = 20)
    private String textStatus;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    protected AttachmentEntity() {
    }

    public AttachmentEntity(long documentId, long mediaId, String filename, String mediaType, long size) {
        this.documentId = documentId;
        this.mediaId = mediaId;
        this.filename = filename;
        this.mediaType = mediaType;
        this.sizeBytes = size;
    }

    public Long getId() {
        return id;
    }

    public long getDocumentId() {
        return documentId;
    }

    public long getMediaId() {
        return mediaId;
    }

    public String getFilename() {
        return filename;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public String getText() {
        return text;
    }

    public String getTextStatus() {
        return textStatus;
    }

    public void setText(String text, String textStatus) {
        this.text = text;
        this.textStatus = textStatus;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreated(Instant at, String by) {
        this.createdAt = at;
        this.createdBy = by;
    }
}
