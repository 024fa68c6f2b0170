package org.hromada.disclosure.internal.attestations;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An item's attestation as stored.
 *
 * @param reviewOn the last day it holds: {@code attestedOn + reviewDays}; after it the item counts as stale
 */
public record Attestation(String item, String status, String url, String note, LocalDate attestedOn, int reviewDays,
                          LocalDate reviewOn, String attestedBy, Instant updatedAt) {

    /** The same without who attested it: staff usernames are not for the public. */
    public Attestation anonymous() {
        return new Attestation(item, status, url, note, attestedOn, reviewDays, reviewOn, null, updatedAt);
    }

    /** Past its review date on {@code today}. */
    public boolean overdue(LocalDate today) {
        return today.isAfter(reviewOn);
    }
}
