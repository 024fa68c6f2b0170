package org.hromada.requests.internal.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** Why a request was extended to 20 working days, and when the requester was told (Art. 20 part 4). */
@Embeddable
public record Extension(
        @Column(name = "extension_reason", columnDefinition = "TEXT") String reason,
        @Column(name = "extension_notice_at") Instant noticeAt) {
}
