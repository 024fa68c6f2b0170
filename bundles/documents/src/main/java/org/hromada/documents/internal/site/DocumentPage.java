package org.hromada.documents.internal.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hromada.documents.internal.model.LinkType;
import org.hromada.documents.internal.store.AttachmentStore;
import org.hromada.documents.internal.store.KindStore;
import org.hromada.documents.internal.store.PublicDocuments;
import org.hromada.documents.internal.web.AttachmentView;
import org.hromada.documents.internal.web.DocumentView;
import org.hromada.documents.internal.web.LinkView;
import org.hromada.platform.api.site.RouteRequest;
import org.hromada.platform.api.site.SiteDates;
import org.hromada.platform.api.site.SiteRoute;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A published document at {@code /documents/<segment>/<year>/<number>}: its card, its text, its
 * amendment history (what amends or repeals it, what it amends or repeals, its draft) and the dates
 * of publication and of the last update that Art. 15 part 6 requires.
 */
@Component(service = SiteRoute.class)
public class DocumentPage implements SiteRoute {
    static final String TEMPLATE = "documents/document.ftl";

    private final KindStore kinds;
    private final PublicDocuments published;
    private final AttachmentStore attachments;

    @Activate
    public DocumentPage(@Reference KindStore kinds, @Reference PublicDocuments published,
                        @Reference AttachmentStore attachments) {
        this.kinds = kinds;
        this.published = published;
        this.attachments = attachments;
    }

    @Override
    public String pattern() {
        return SitePaths.REGISTER + "/{segment}/{year}/{number}";
    }

    @Override
    public String template() {
        return TEMPLATE;
    }

    @Override
    public Optional<Map<String, Object>> model(RouteRequest request) {
        String year = request.pathParams().get("year");
        if (year == null || !year.matches("[0-9]{4}")) {
            return Optional.empty();
        }
        String segment = request.pathParams().get("segment");
        return published.byAddress(segment, Integer.parseInt(year), request.pathParams().get("number"))
                .map(d -> model(d, segment, new SiteKinds(kinds.list(), request.language())));
    }

    private Map<String, Object> model(DocumentView d, String segment, SiteKinds kinds) {
        String language = kinds.language();
        Map<String, Object> doc = SiteViews.row(d, kinds);
        doc.put("department", d.department());
        doc.put("convocation", d.convocation() == null ? "" : d.convocation().toString());
        doc.put("session", d.sessionNumber() == null ? "" : d.sessionNumber().toString());
        doc.put("inForce", SiteDates.date(d.inForceFrom(), language));
        doc.put("inForceIso", SiteViews.iso(d.inForceFrom()));
        doc.put("normative", d.normative());
        doc.put("regulatory", d.regulatory());
        doc.put("published", SiteDates.dateTime(d.publishedAt(), language));
        doc.put("publishedIso", SiteDates.iso(d.publishedAt()));
        doc.put("updated", SiteDates.dateTime(d.updatedAt(), language));
        doc.put("updatedIso", SiteDates.iso(d.updatedAt()));
        doc.put("paragraphs", paragraphs(d.text()));
        Map<String, Object> model = new HashMap<>();
        model.put("doc", doc);
        model.put("links", links(d.links(), kinds));
        model.put("attachments", attachments.forDocument(d.id()).stream().filter(a -> a.url() != null)
                .map(DocumentPage::attachment).toList());
        model.put("amended", d.links().stream().anyMatch(l -> l.type().equals(LinkType.AMENDS.reverse())));
        model.put("repealed", d.links().stream().anyMatch(l -> l.type().equals(LinkType.REPEALS.reverse())));
        model.put("registerUrl", SitePaths.register(language, null));
        model.put("kindUrl", SitePaths.register(language, segment));
        model.put("feedUrl", SitePaths.feed(language, segment));
        return model;
    }

    /** The links by type, in the order the page shows them; each with the other document's row. */
    private static Map<String, List<Map<String, Object>>> links(List<LinkView> links, SiteKinds kinds) {
        Map<String, List<Map<String, Object>>> byType = new LinkedHashMap<>();
        for (String type : List.of("amended_by", "repealed_by", "amends", "repeals", "adopted_from_draft",
                "adopted_as")) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (LinkView link : links) {
                if (link.type().equals(type) && link.url() != null) {
                    Map<String, Object> row = new HashMap<>();
                    row.put("url", SitePaths.document(kinds.language(), link.url()));
                    row.put("title", link.title());
                    row.put("number", link.number());
                    row.put("kindName", kinds.name(link.kind()));
                    row.put("adopted", SiteDates.date(link.adoptedOn(), kinds.language()));
                    rows.add(row);
                }
            }
            if (!rows.isEmpty()) {
                byType.put(type, rows);
            }
        }
        return byType;
    }

    /** A file to download: its title (or name), type and size in kilobytes or megabytes. */
    private static Map<String, Object> attachment(AttachmentView a) {
        Map<String, Object> file = new HashMap<>();
        file.put("url", a.url());
        file.put("title", a.title().isBlank() ? a.filename() : a.title());
        file.put("filename", a.filename());
        file.put("format", a.filename().contains(".")
                ? a.filename().substring(a.filename().lastIndexOf('.') + 1).toUpperCase(java.util.Locale.ROOT) : "");
        file.put("kilobytes", Math.max(1, Math.round(a.size() / 1024.0)));
        file.put("megabytes", a.size() >= 1024 * 1024 ? a.size() / (1024.0 * 1024.0) : null);
        return file;
    }

    /** The plain text in paragraphs: one per non-empty line. */
    static List<String> paragraphs(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
