package org.hromada.documents.internal.web;

import org.hromada.documents.internal.entities.KindEntity;

/** A kind of document as the API shows it. */
public record KindView(String code, String nameUk, String nameEn, String segment, String numberingScope,
                       int position, String publicationRule) {

    public static KindView of(KindEntity kind) {
        return new KindView(kind.getCode(), kind.getNameUk(), kind.getNameEn(), kind.getSegment(),
                kind.getNumberingScope(), kind.getPosition(), kind.getPublicationRule());
    }
}
