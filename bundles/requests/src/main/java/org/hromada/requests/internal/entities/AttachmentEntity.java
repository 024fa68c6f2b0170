package org.hromada.requests.internal.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file of a request, without its bytes ({@link AttachmentContent}): the requester's or the answer's. */
@Entity
@Table(name = "requests_attachment")
public class AttachmentEntity {
    /** Sent by the requester with the request. */
    public static final String REQUESTER = "requester";
    /** A copy of a document, attached by staff to the answer. */
    public static final String ANSWER = "answer";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "request_id", nullable = false)
    private long requestId;
    @Column(nullable = false, length = 20)
    private String kind;
    @Column(nullable = false, length = 255)
    private String filename;
    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;
    @Column(name = "size_bytes", nullable = false)
    private long size;
    @Column(nullable = false, length = 64)
    private String sha256;
    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AttachmentEntity() {
    }

    public AttachmentEntity(long requestId, String kind, String filename, String mediaType, long size, String sha256,
                            String createdBy, Instant createdAt) {
        this.requestId = requestId;
        this.kind = kind;
        this.filename = filename;
        this.mediaType = mediaType;
        this.size = size;
        this.sha256 = sha256;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public long getRequestId() { return requestId; }
    public String getKind() { return kind; }
    public String getFilename() { return filename; }
    public String getMediaType() { return mediaType; }
    public long getSize() { return size; }
    public String getSha256() { return sha256; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
