package org.hromada.documents.internal.web;

/**
 * The body of {@code POST /documents} and {@code PUT /documents/{id}}. A PUT replaces every field
 * (left out means empty); {@code version} (PUT only, optional) is the version the client edited.
 * Dates are {@code yyyy-MM-dd}, {@code publishedAt} an ISO instant; they are read as text so a bad
 * one is reported per field. {@code considerationOn} is the planned day a draft is considered;
 * {@code leadTime} ({@code standard}, {@code land}, {@code emergency}, {@code admin_service}) and its
 * {@code leadTimeReason} (required for the last two) say which lead time applies to a draft.
 */
public record DocumentRequest(
        String kind,
        String number,
        String adoptedOn,
        String title,
        String summary,
        String text,
        String issuingBody,
        Integer convocation,
        Integer sessionNumber,
        String department,
        String publishedAt,
        String inForceFrom,
        String status,
        Boolean normative,
        Boolean regulatory,
        String considerationOn,
        String leadTime,
        String leadTimeReason,
        String receivedOn,
        String source,
        String restrictionBasis,
        String restrictedUntil,
        String field,
        String keywords,
        String medium,
        String storage,
        Long version) {
}
