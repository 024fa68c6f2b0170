package org.hromada.documents.internal.web;

/**
 * One link as a document shows it: {@code type} is the forward name (amends) on the source and the
 * reverse name (amended_by) on the target; {@code document} is the other end.
 */
public record LinkView(long id, String type, long document, String kind, String number, String title) {
}
