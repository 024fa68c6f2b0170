package org.hromada.requests.internal.web;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The answer to a new request: its number, when it was received, the deadline, and the tracking code,
 * shown this once and never again (only its hash is kept). Staff also get the request's id.
 */
public record Registered(Long id, String number, Instant receivedAt, LocalDate dueOn, Instant dueAt,
                         String trackingCode) {
}
