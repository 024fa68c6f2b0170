package org.hromada.requests.internal.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** To which holder a request was forwarded, and when (Art. 22 part 3). */
@Embeddable
public record Forwarding(
        @Column(name = "forwarded_to", length = 300) String holder,
        @Column(name = "forwarded_at") Instant forwardedAt) {
}
