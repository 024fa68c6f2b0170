package org.hromada.documents.internal.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hromada.documents.internal.accounting.AccountingEntry;
import org.hromada.documents.internal.accounting.AccountingRegister;
import org.hromada.documents.internal.store.KindStore;
import org.hromada.platform.api.site.RouteRequest;
import org.hromada.platform.api.site.SiteDates;
import org.hromada.platform.api.web.PageResult;

/**
 * The public page of the Article 18 accounting system, {@code /accounting-system}: every published
 * document and every restricted one (its entry without a link: the text is not public), {@value #PAGE_SIZE}
 * a page, newest first, filtered by year of creation and kind. A filter that cannot be used is named
 * beside its field and left out; the rest still apply.
 */
final class AccountingPage {
    static final int PAGE_SIZE = 50;
    static final String TEMPLATE = "documents/accounting.ftl";
    static final String CSV = "/api/v1/documents/accounting-system.csv";
    static final String JSON = "/api/v1/documents/accounting-system.json";

    private AccountingPage() {
    }

    /** The page's model; empty (404) for a page past the end. */
    static Optional<Map<String, Object>> model(RouteRequest request, KindStore kindStore, AccountingRegister register) {
        String language = request.language();
        SiteKinds kinds = new SiteKinds(kindStore.list(), language);
        Map<String, String> typed = new LinkedHashMap<>();
        for (String name : List.of("year", "kind")) {
            String value = request.param(name, "").strip();
            if (!value.isEmpty()) {
                typed.put(name, value);
            }
        }
        List<String> errors = new ArrayList<>();
        Integer year = year(typed.get("year"));
        if (typed.containsKey("year") && year == null) {
            errors.add("year");
        }
        String kind = typed.get("kind");
        if (kind != null && kinds.byCode(kind).isEmpty()) {
            errors.add("kind");
            kind = null;
        }
        int page = RegisterPage.pageOf(request.param("page", null));
        PageResult<AccountingEntry> found = register.page(year, kind, page, PAGE_SIZE);
        if (page > 1 && found.items().isEmpty()) {
            return Optional.empty();
        }
        String path = SitePaths.accounting(language);
        int pageCount = (int) Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        Map<String, Object> model = new HashMap<>();
        model.put("filters", typed);
        model.put("filtered", !typed.isEmpty());
        model.put("errors", errors);
        model.put("action", path);
        model.put("years", register.years());
        model.put("kinds", kinds.kinds().stream().map(k -> Map.of("code", k.code(), "name", kinds.name(k))).toList());
        model.put("items", found.items().stream().map(e -> row(e, kinds)).toList());
        model.put("total", found.total());
        model.put("page", page);
        model.put("pageCount", pageCount);
        model.put("firstNumber", found.total() == 0 ? 0 : (page - 1) * PAGE_SIZE + 1);
        model.put("lastNumber", (page - 1) * PAGE_SIZE + found.items().size());
        if (page > 1) {
            model.put("previousUrl", url(path, typed, page - 1));
        }
        if (page < pageCount) {
            model.put("nextUrl", url(path, typed, page + 1));
        }
        model.put("exportCsv", CSV);
        model.put("exportJson", JSON);
        return Optional.of(model);
    }

    /** A row of the table, texts and dates ready to print; {@code url} empty when the text is not public. */
    static Map<String, Object> row(AccountingEntry e, SiteKinds kinds) {
        String language = kinds.language();
        Map<String, Object> row = new HashMap<>();
        row.put("title", e.title());
        row.put("url", e.url() == null ? "" : SitePaths.document(language, e.url()));
        row.put("kindName", kinds.name(e.kind()));
        row.put("number", e.number());
        row.put("created", SiteDates.date(e.createdOn(), language));
        row.put("createdIso", SiteViews.iso(e.createdOn()));
        row.put("received", e.receivedOn() == null ? "" : SiteDates.date(e.receivedOn(), language));
        row.put("receivedIso", SiteViews.iso(e.receivedOn()));
        row.put("source", e.source());
        row.put("field", e.field());
        row.put("keywords", e.keywords());
        row.put("medium", e.medium());
        row.put("restricted", e.restricted());
        row.put("restrictionBasis", e.restricted() ? e.restrictionBasis() : "");
        row.put("restrictedUntil", e.restrictedUntil() == null ? "" : SiteDates.date(e.restrictedUntil(), language));
        row.put("restrictedUntilIso", SiteViews.iso(e.restrictedUntil()));
        row.put("storage", e.storage());
        return row;
    }

    /** {@code ?year=}: a year from 1900 to 2999, else null. */
    static Integer year(String raw) {
        if (raw == null || !raw.strip().matches("[0-9]{4}")) {
            return null;
        }
        int year = Integer.parseInt(raw.strip());
        return year >= 1900 && year <= 2999 ? year : null;
    }

    private static String url(String path, Map<String, String> filters, int page) {
        Map<String, String> query = new LinkedHashMap<>(filters);
        if (page > 1) {
            query.put("page", String.valueOf(page));
        }
        if (query.isEmpty()) {
            return path;
        }
        return path + "?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
