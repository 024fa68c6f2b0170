package org.hromada.documents.internal.site;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hromada.documents.internal.accounting.AccountingRegister;
import org.hromada.documents.internal.store.PublicDocuments;
import org.hromada.platform.api.site.SitemapSource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Every published document in both languages for {@code /sitemap.xml}, and the register pages of the
 * kinds that have published documents, dated by their newest change; the accounting system once it has entries.
 */
@Component(service = SitemapSource.class)
public class DocumentsSitemap implements SitemapSource {

    @Reference
    private PublicDocuments published;

    @Reference
    private AccountingRegister accounting;

    @Override
    public List<Entry> entries() {
        List<PublicDocuments.Address> addresses = published.addresses();
        Map<String, Instant> registers = new LinkedHashMap<>();
        List<Entry> entries = new ArrayList<>(addresses.size() * 2 + 16);
        for (PublicDocuments.Address address : addresses) {
            for (String language : List.of("uk", "en")) {
                entries.add(new Entry(SitePaths.document(language, address.url()), address.updatedAt()));
                for (String register : List.of(SitePaths.register(language, null),
                        SitePaths.register(language, address.segment()))) {
                    registers.merge(register, address.updatedAt(), (a, b) -> b.isAfter(a) ? b : a);
                }
            }
        }
        registers.forEach((url, updated) -> entries.add(new Entry(url, updated)));
        AccountingRegister.Summary accounting = this.accounting.summary(Instant.now());
        if (accounting.entries() > 0) {
            for (String language : List.of("uk", "en")) {
                entries.add(new Entry(SitePaths.accounting(language), accounting.lastChanged()));
            }
        }
        return entries;
    }
}
