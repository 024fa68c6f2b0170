package org.hromada.documents.internal.sessions;

/**
 * The body of {@code POST /sessions} and {@code PUT /sessions/{id}}. A PUT replaces every field
 * (left out means empty); {@code version} (PUT only, optional) is the version the client edited.
 * Dates ({@code yyyy-MM-dd}), the start time ({@code HH:mm}) and instants are read as text so a bad
 * one is reported per field.
 */
public record SessionRequest(
        String bodyKind,
        String bodyName,
        Integer convocation,
        Integer number,
        String title,
        String heldOn,
        String startsAt,
        String place,
        String status,
        String noticePublishedAt,
        String videoUrl,
        String videoPublishedAt,
        Long protocolDocumentId,
        String publishedAt,
        Long version) {
}
