package org.hromada.documents.internal.sessions;

import java.time.LocalDate;

/** The checked filters of {@code GET /sessions}: body kind, body name (a part of it), convocation, held-on range, page. */
public record SessionQuery(BodyKind bodyKind, String body, Integer convocation, LocalDate from, LocalDate to, int page,
                           int size, boolean publicOnly) {
}
