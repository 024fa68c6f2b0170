package org.hromada.requests.internal.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Who asked, as Art. 19 part 5 requires: a name and a postal or e-mail address (or a phone). */
@Embeddable
public record Requester(
        @Column(name = "requester_name", nullable = false, length = 300) String name,
        @Column(name = "requester_email", length = 254) String email,
        @Column(name = "requester_postal", length = 500) String postalAddress,
        @Column(name = "requester_phone", length = 40) String phone) {
}
