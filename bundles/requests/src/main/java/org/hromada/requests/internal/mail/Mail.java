package org.hromada.requests.internal.mail;

/** One e-mail to a requester: its kind (what it tells), subject and plain text. */
public record Mail(String kind, String subject, String body) {
}
