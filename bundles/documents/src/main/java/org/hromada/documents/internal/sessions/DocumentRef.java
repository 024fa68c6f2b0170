package org.hromada.documents.internal.sessions;

/** A document a session links to (protocol, draft, decision); {@code url} only while the document is public. */
public record DocumentRef(long id, String kind, String number, String title, String url) {
}
