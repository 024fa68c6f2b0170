package org.hromada.requests.internal.web;

/**
 * The body of {@code POST /requests} and {@code PUT /requests/{id}}. The public sends what Art. 19
 * part 5 asks (a name; an e-mail or postal address, or a phone; the description) and, for a 48-hour
 * answer, the urgency ground and why. {@code website} is the honeypot: people never fill it.
 * Staff also send {@code channel}, {@code receivedAt} (an ISO instant, default now), {@code department}
 * and {@code assignee}; a PUT changes neither the channel nor the time of receipt. How the request was
 * made (Art. 19): for a written one ({@code post}, {@code fax}, {@code in_person} with {@code form}
 * {@code written}) {@code signed} (true or false) and {@code writtenOn} (the date on it, if any); for an
 * oral one ({@code phone}, {@code in_person} with {@code form} {@code oral}) {@code recordedBy} and
 * {@code recordedByPhone}, the official who wrote it down. These are facts of the registration: the public
 * form never sends them and a PUT does not change them.
 */
public record SubmissionRequest(
        String name,
        String email,
        String postalAddress,
        String phone,
        String description,
        Boolean urgent,
        String urgencyGround,
        String urgencyJustification,
        String website,
        String channel,
        String receivedAt,
        String department,
        String assignee,
        String form,
        String writtenOn,
        Boolean signed,
        String recordedBy,
        String recordedByPhone) {
}
