package org.hromada.content.internal.site;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hromada.content.internal.model.ContentType;
import org.hromada.platform.api.site.SitemapSource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Every published item of the content bundle for {@code /sitemap.xml}, and the lists that have items
 * (dated by their newest change). Pages of a list past the first are left out: crawlers find them
 * from the first, and their contents move with every publish.
 */
@Component(service = SitemapSource.class)
public class ContentSitemap implements SitemapSource {

    @Reference
    private PublicContent content;

    @Override
    public List<Entry> entries() {
        List<PublicContent.Address> addresses = content.addresses();
        Map<String, Instant> lists = new LinkedHashMap<>();
        List<Entry> entries = new ArrayList<>(addresses.size() + 6);
        for (PublicContent.Address address : addresses) {
            entries.add(new Entry(address.url(), address.updatedAt()));
            if (address.type() != ContentType.PAGE) {
                lists.merge(Views.listUrl(address.type(), address.language()), address.updatedAt(),
                        (a, b) -> b.isAfter(a) ? b : a);
            }
        }
        lists.forEach((url, updated) -> entries.add(new Entry(url, updated)));
        return entries;
    }
}
