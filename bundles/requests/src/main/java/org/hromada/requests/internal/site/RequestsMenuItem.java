package org.hromada.requests.internal.site;

import org.hromada.platform.api.site.SiteMenuItem;
import org.osgi.service.component.annotations.Component;

/** "Запит на інформацію" in the site's main menu, after the documents and the disclosure page. */
@Component(service = SiteMenuItem.class)
public class RequestsMenuItem implements SiteMenuItem {
    @Override
    public String path() {
        return SitePaths.FORM;
    }

    @Override
    public String label() {
        return "requests.menu";
    }

    @Override
    public int position() {
        return 70;
    }
}
