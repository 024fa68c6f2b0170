package org.hromada.disclosure.internal.attestations;

import java.time.LocalDate;

/**
 * An editor's attestation of an item, as sent.
 *
 * @param status     {@code compliant}, {@code missing} or {@code not_applicable}
 * @param url        where it is published: a site path ({@code /pro-nas}) or an http(s) address; required
 *                   when compliant
 * @param note       anything worth knowing, e.g. who checked; may be empty
 * @param attestedOn the day it was checked; today when absent, never in the future
 * @param reviewDays how many days the attestation holds before it must be checked again (1 to 1830,
 *                   365 when absent)
 */
public record AttestationRequest(String status, String url, String note, LocalDate attestedOn, Integer reviewDays) {
}
