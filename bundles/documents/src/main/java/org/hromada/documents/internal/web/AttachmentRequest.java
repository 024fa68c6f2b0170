package org.hromada.documents.internal.web;

/** A change to an attachment: a field left out (null) stays as it is. */
public record AttachmentRequest(String title, Integer position) {
}
