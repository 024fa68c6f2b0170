package org.hromada.requests.internal.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * How a request staff registered was made (Art. 19): {@code form} {@code written} or {@code oral}; for a
 * written one the date on it and whether the requester signed it (part 5 item 3); for an oral one the
 * official who wrote it down, with their phone (part 7). All null for the web form and e-mail.
 */
@Embeddable
public record Formalities(
        @Column(name = "request_form", length = 10) String form,
        @Column(name = "written_on") LocalDate writtenOn,
        @Column(name = "signed") Boolean signed,
        @Column(name = "recorded_by", length = 300) String recordedBy,
        @Column(name = "recorded_by_phone", length = 40) String recordedByPhone) {
}
