package org.hromada.documents.internal.site;

import java.util.Map;
import java.util.Optional;
import org.hromada.documents.internal.accounting.AccountingRegister;
import org.hromada.documents.internal.store.KindStore;
import org.hromada.platform.api.site.RouteRequest;
import org.hromada.platform.api.site.SiteRoute;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /accounting-system} (and {@code /en/accounting-system}): the Article 18 accounting system. Not
 * in the site menu: the Article 15 page ("Доступ до публічної інформації") links it through the
 * evidence of the accounting checks; it is in the sitemap.
 */
@Component(service = SiteRoute.class)
public class AccountingRoute implements SiteRoute {
    private final KindStore kinds;
    private final AccountingRegister register;

    @Activate
    public AccountingRoute(@Reference KindStore kinds, @Reference AccountingRegister register) {
        this.kinds = kinds;
        this.register = register;
    }

    @Override
    public String pattern() {
        return SitePaths.ACCOUNTING;
    }

    @Override
    public String template() {
        return AccountingPage.TEMPLATE;
    }

    @Override
    public Optional<Map<String, Object>> model(RouteRequest request) {
        return AccountingPage.model(request, kinds, register);
    }
}
