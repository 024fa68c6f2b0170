package org.hromada.requests.internal.web;

import java.time.Instant;
import org.hromada.requests.internal.entities.AttachmentEntity;

/** A file of a request as staff see it: {@code kind} is {@code requester} (sent with the request) or {@code answer}. */
public record AttachmentView(long id, String kind, String filename, String mediaType, long size, Instant createdAt,
                             String createdBy) {

    public static AttachmentView of(AttachmentEntity a) {
        return new AttachmentView(a.getId(), a.getKind(), a.getFilename(), a.getMediaType(), a.getSize(),
                a.getCreatedAt(), a.getCreatedBy());
    }
}
