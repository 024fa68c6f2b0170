package org.hromada.documents.internal.web;

import java.time.LocalDate;

/**
 * One link as a document shows it: {@code type} is the forward name (amends) on the source and the
 * reverse name (amended_by) on the target; {@code document} is the other end, adopted on
 * {@code adoptedOn}, with its public {@code url} once it is published (else null).
 */
public record LinkView(long id, String type, long document, String kind, String number, String title,
                       LocalDate adoptedOn, String url) {
}
