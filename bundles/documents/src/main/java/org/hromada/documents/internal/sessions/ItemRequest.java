package org.hromada.documents.internal.sessions;

/**
 * The body of {@code POST /sessions/{id}/items} and {@code PUT /sessions/{id}/items/{itemId}}: every
 * field replaced; {@code version} (optional) is the session's version the client edited.
 */
public record ItemRequest(
        Integer position,
        String title,
        Long draftDocumentId,
        Long decisionDocumentId,
        String voteHeldAt,
        String votesPublishedAt,
        String result,
        Boolean secretBallot,
        Long version) {
}
