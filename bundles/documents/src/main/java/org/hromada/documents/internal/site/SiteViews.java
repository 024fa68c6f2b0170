package org.hromada.documents.internal.site;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.hromada.documents.internal.web.DocumentView;
import org.hromada.platform.api.site.SiteDates;

/** Documents as the templates show them: texts and dates ready to print, addresses in the page's language. */
final class SiteViews {

    private SiteViews() {
    }

    /** A row of the register. */
    static Map<String, Object> row(DocumentView d, SiteKinds kinds) {
        String language = kinds.language();
        Map<String, Object> row = new HashMap<>();
        row.put("url", SitePaths.document(language, d.url()));
        row.put("title", d.title());
        row.put("kind", d.kind());
        row.put("kindName", kinds.name(d.kind()));
        row.put("number", d.number());
        row.put("adopted", SiteDates.date(d.adoptedOn(), language));
        row.put("adoptedIso", iso(d.adoptedOn()));
        row.put("status", d.status());
        row.put("summary", d.summary());
        row.put("issuingBody", d.issuingBody());
        return row;
    }

    static String iso(LocalDate day) {
        return day == null ? "" : day.toString();
    }
}
