package org.hromada.documents.internal.sessions;

/** One entry of the body of {@code PUT /sessions/{id}/items/{itemId}/votes}: a deputy's name and choice. */
public record VoteRequest(String deputy, String choice) {
}
