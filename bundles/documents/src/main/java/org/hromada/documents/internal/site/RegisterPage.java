package org.hromada.documents.internal.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hromada.documents.internal.model.Status;
import org.hromada.documents.internal.store.DocumentStore;
import org.hromada.documents.internal.store.KindStore;
import org.hromada.documents.internal.store.PublicDocuments;
import org.hromada.documents.internal.web.DocumentView;
import org.hromada.documents.internal.web.KindView;
import org.hromada.platform.api.site.RouteRequest;
import org.hromada.platform.api.web.PageResult;

/**
 * The public register: {@code /documents} and one kind's {@code /documents/<segment>}, with the filter
 * form (kind, number, dates of adoption, status, issuing body, convocation, session, words),
 * {@value #PAGE_SIZE} documents a page, newest first.
 */
final class RegisterPage {
    static final int PAGE_SIZE = 20;
    static final String TEMPLATE = "documents/register.ftl";

    private RegisterPage() {
    }

    /** The page's model; empty (404) for an unknown kind or a page past the end. */
    static Optional<Map<String, Object>> model(RouteRequest request, String segment, KindStore kindStore,
                                               DocumentStore documents, PublicDocuments published) {
        String language = request.language();
        SiteKinds kinds = new SiteKinds(kindStore.list(), language);
        KindView kind = null;
        if (segment != null) {
            kind = kinds.bySegment(segment).orElse(null);
            if (kind == null) {
                return Optional.empty();
            }
        }
        RegisterFilters filters = RegisterFilters.of(request, kind == null ? null : kind.code(), PAGE_SIZE);
        List<String> errors = new ArrayList<>(filters.errors());
        String askedKind = filters.values().get("kind");
        if (askedKind != null && kinds.byCode(askedKind).isEmpty()) {
            errors.add("kind");
        }
        int page = pageOf(request.param("page", null));
        PageResult<DocumentView> found = errors.contains("kind") ? new PageResult<>(List.of(), 0, 1, PAGE_SIZE)
                : documents.list(filters.params().atPage(page));
        if (page > 1 && found.items().isEmpty()) {
            return Optional.empty();
        }
        String path = SitePaths.register(language, segment);
        int pageCount = (int) Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        Map<String, Object> model = new HashMap<>();
        model.put("kind", kind == null ? "" : kind.code());
        model.put("kindName", kind == null ? "" : kinds.name(kind));
        model.put("kinds", kindLinks(kinds, segment));
        model.put("statuses", List.of(Status.values()).stream().map(Status::key).toList());
        model.put("bodies", published.issuingBodies());
        model.put("filters", filters.values());
        model.put("filtered", filters.any());
        model.put("errors", errors);
        model.put("action", path);
        model.put("items", found.items().stream().map(d -> SiteViews.row(d, kinds)).toList());
        model.put("total", found.total());
        model.put("page", page);
        model.put("pageCount", pageCount);
        model.put("firstNumber", found.total() == 0 ? 0 : (page - 1) * PAGE_SIZE + 1);
        model.put("lastNumber", (page - 1) * PAGE_SIZE + found.items().size());
        if (page > 1) {
            model.put("previousUrl", filters.url(path, page - 1));
        }
        if (page < pageCount) {
            model.put("nextUrl", filters.url(path, page + 1));
        }
        model.put("feedUrl", SitePaths.feed(language, segment));
        model.put("exportCsv", "/api/v1/documents/export.csv");
        model.put("exportJson", "/api/v1/documents/export.json");
        return Optional.of(model);
    }

    private static List<Map<String, Object>> kindLinks(SiteKinds kinds, String current) {
        List<Map<String, Object>> links = new ArrayList<>();
        for (KindView k : kinds.kinds()) {
            Map<String, Object> link = new HashMap<>();
            link.put("code", k.code());
            link.put("name", kinds.name(k));
            link.put("url", SitePaths.register(kinds.language(), k.segment()));
            link.put("current", k.segment().equals(current));
            links.add(link);
        }
        return links;
    }

    /** {@code ?page=} read leniently: anything but a whole number from 1 is the first page. */
    static int pageOf(String raw) {
        if (raw == null || !raw.strip().matches("[0-9]{1,6}")) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(raw.strip()));
    }
}
