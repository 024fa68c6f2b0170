package org.hromada.requests.internal.web;

/**
 * The body of {@code POST /requests} and {@code PUT /requests/{id}}. The public sends what Art. 19
 * part 5 asks (a name; an e-mail or postal address, or a phone; the description) and, for a 48-hour
 * answer, the urgency ground and why. {@code website} is the honeypot: people never fill it.
 * Staff also send {@code channel}, {@code receivedAt} (an ISO instant, default now), {@code department}
 * and {@code assignee}; a PUT changes neither the channel nor the time of receipt.
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
        String assignee) {
}
