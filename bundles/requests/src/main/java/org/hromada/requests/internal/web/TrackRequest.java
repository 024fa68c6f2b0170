package org.hromada.requests.internal.web;

/** The body of {@code POST /requests/track}: the request's number and the requester's tracking code. */
public record TrackRequest(String number, String code) {
}
