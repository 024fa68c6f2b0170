package org.hromada.requests.internal.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an {@link AttachmentEntity}, read only to download or mail them. */
@Entity
@Table(name = "requests_attachment_content")
public class AttachmentContent {
    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;
    // Plain byte[] (no @Lob): read and written with getBytes/setBytes, which H2's BLOB and MariaDB's LONGBLOB both take.
    @Column(nullable = false)
    private byte[] content;

    protected AttachmentContent() {
    }

    public AttachmentContent(long attachmentId, byte[] content) {
        this.attachmentId = attachmentId;
        this.content = content;
    }

    public Long getAttachmentId() { return attachmentId; }
    public byte[] getContent() { return content; }
}
