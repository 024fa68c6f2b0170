package org.hromada.documents.internal.site;

import java.util.List;
import java.util.Optional;
import org.hromada.documents.internal.web.KindView;

/** The kinds of documents as the public pages name them, in the page's language. */
record SiteKinds(List<KindView> kinds, String language) {

    Optional<KindView> bySegment(String segment) {
        return kinds.stream().filter(k -> k.segment().equals(segment)).findFirst();
    }

    Optional<KindView> byCode(String code) {
        return kinds.stream().filter(k -> k.code().equals(code)).findFirst();
    }

    String name(KindView kind) {
        return "en".equals(language) ? kind.nameEn() : kind.nameUk();
    }

    /** The name of the kind with this code, or the code itself when the kind is gone. */
    String name(String code) {
        return byCode(code).map(this::name).orElse(code);
    }
}
