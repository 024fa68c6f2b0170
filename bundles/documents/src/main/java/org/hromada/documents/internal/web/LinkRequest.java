package org.hromada.documents.internal.web;

/** The body of {@code POST /documents/{id}/links}: the link type and the target document's id. */
public record LinkRequest(String type, Long target) {
}
