package org.hromada.requests.internal.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The requester's grounds for a 48-hour answer (Art. 20 parts 2-3): a ground of the law and why. */
@Embeddable
public record Urgency(
        @Column(name = "urgency_ground", length = 30) String ground,
        @Column(name = "urgency_justification", columnDefinition = "TEXT") String justification) {
}
