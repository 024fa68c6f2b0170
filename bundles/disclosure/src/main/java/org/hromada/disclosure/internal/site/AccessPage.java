package org.hromada.disclosure.internal.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hromada.disclosure.internal.status.ItemState;
import org.hromada.disclosure.internal.status.Overview;
import org.hromada.platform.api.disclosure.Evidence;
import org.hromada.platform.api.site.RouteRequest;
import org.hromada.platform.api.site.SiteDates;
import org.hromada.platform.api.site.SiteRoute;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /access-to-information}: every Article 15 item in plain words, with links to where it is
 * published, from the same data as the dashboard.
 */
@Component(service = SiteRoute.class)
public class AccessPage implements SiteRoute {
    static final String PATH = "/access-to-information";
    /** Article 15 part 1 item 4: the request procedure and form. */
    static final String REQUEST_PROCEDURE = "1.4";
    /** Article 15 part 1 item 5: the accounting system of Article 18. */
    static final String ACCOUNTING_SYSTEM = "1.5";

    private final Overview overview;

    @Activate
    public AccessPage(@Reference Overview overview) {
        this.overview = overview;
    }

    @Override
    public String pattern() {
        return PATH;
    }

    @Override
    public String template() {
        return "disclosure/access.ftl";
    }

    @Override
    public Optional<Map<String, Object>> model(RouteRequest request) {
        String lang = request.language();
        List<ItemState> states = overview.states();
        List<Map<String, Object>> part1 = new ArrayList<>();
        List<Map<String, Object>> parts = new ArrayList<>();
        for (ItemState s : states) {
            if (s.item().parentId() != null) {
                continue;
            }
            Map<String, Object> item = item(s, lang);
            item.put("points", states.stream().filter(p -> s.item().id().equals(p.item().parentId()))
                    .map(p -> item(p, lang)).toList());
            (s.item().part() == 1 ? part1 : parts).add(item);
        }
        return Optional.of(Map.of("part1", part1, "parts", parts,
                "requestLinks", publishedAt(states, REQUEST_PROCEDURE, lang),
                "accountingLinks", publishedAt(states, ACCOUNTING_SYSTEM, lang)));
    }

    /**
     * Where an item is published, when it is: the request form comes from the checks of the requests
     * bundle and the accounting system from those of the documents register, so the page names only
     * what is installed and never depends on those bundles.
     */
    static List<Map<String, String>> publishedAt(List<ItemState> states, String item, String lang) {
        return states.stream().filter(s -> s.item().id().equals(item))
                .filter(s -> "compliant".equals(s.status()) || "stale".equals(s.status()))
                .findFirst().map(s -> links(s, lang)).orElse(List.of());
    }

    static Map<String, Object> item(ItemState s, String lang) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", s.item().id());
        item.put("number", s.item().part() == 1 ? s.item().id().substring(2) : s.item().id());
        item.put("name", s.item().name().in(lang));
        item.put("status", s.status());
        item.put("checkedOn", SiteDates.date(s.checkedAt(), lang));
        item.put("checkedIso", SiteDates.iso(s.checkedAt()));
        item.put("links", links(s, lang));
        return item;
    }

    /** Where the item is published: public evidence (never console addresses) and the attested address. */
    static List<Map<String, String>> links(ItemState s, String lang) {
        List<Map<String, String>> links = new ArrayList<>();
        for (Evidence e : s.evidence()) {
            if (e.url() != null && !e.url().isBlank() && !e.url().startsWith("/console")) {
                String note = e.note() == null ? "" : e.note().in(lang);
                links.add(Map.of("url", inLanguage(e.url(), lang), "label", e.label().in(lang), "note",
                        note == null ? "" : note));
            }
        }
        if (s.attestation() != null && !s.attestation().url().isEmpty()
                && !"missing".equals(s.attestation().status())) {
            links.add(Map.of("url", s.attestation().url(), "label", "", "note", ""));
        }
        return links;
    }

    /**
     * A check's site-relative page in the page's language: every site page is served under {@code /en}
     * too, but API addresses and files (a name with an extension, e.g. an export) are not.
     */
    static String inLanguage(String url, String lang) {
        if (!"en".equals(lang) || !url.startsWith("/") || url.startsWith("//") || url.startsWith("/en/")
                || url.startsWith("/api/") || url.substring(url.lastIndexOf('/')).contains(".")) {
            return url;
        }
        return "/en" + url;
    }
}
