package org.hromada.documents.internal.web;

/** The body of {@code POST /documents/kinds}. */
public record KindRequest(String code, String nameUk, String nameEn, String segment, String numberingScope,
                          Integer position, String publicationRule) {
}
