package org.hromada.requests.internal.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * A refusal: its ground (Art. 22 part 1) and the five elements part 4 requires: the responsible
 * official's name and position, the date, the reasoned ground, how to appeal, the signature.
 */
@Embeddable
public record Refusal(
        @Column(name = "refusal_ground", length = 30) String ground,
        @Column(name = "refusal_official_name", length = 300) String officialName,
        @Column(name = "refusal_official_position", length = 300) String officialPosition,
        @Column(name = "refused_on") LocalDate refusedOn,
        @Column(name = "refusal_reason", columnDefinition = "TEXT") String reason,
        @Column(name = "refusal_appeal", columnDefinition = "TEXT") String appealProcedure,
        @Column(name = "refusal_signature", length = 300) String signature) {
}
