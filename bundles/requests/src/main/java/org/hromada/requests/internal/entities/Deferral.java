package org.hromada.requests.internal.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * A deferral for force majeure, with what Art. 22 parts 6-7 require: the responsible official's name
 * and position, the date the notice was sent, the reasons, the date the request will be met, how to
 * appeal, the signature.
 */
@Embeddable
public record Deferral(
        @Column(name = "deferral_official_name", length = 300) String officialName,
        @Column(name = "deferral_official_position", length = 300) String officialPosition,
        @Column(name = "deferral_notice_on") LocalDate noticeOn,
        @Column(name = "deferral_reason", columnDefinition = "TEXT") String reason,
        @Column(name = "deferred_until") LocalDate until,
        @Column(name = "deferral_appeal", columnDefinition = "TEXT") String appealProcedure,
        @Column(name = "deferral_signature", length = 300) String signature) {
}
