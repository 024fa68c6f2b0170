package org.hromada.documents.internal.site;

import org.hromada.platform.api.site.SiteMenuItem;
import org.osgi.service.component.annotations.Component;

/** The register of documents in the site's main menu, after the content lists. */
@Component(service = SiteMenuItem.class)
public class RegisterMenuItem implements SiteMenuItem {
    @Override
    public String path() {
        return SitePaths.REGISTER;
    }

    @Override
    public String label() {
        return "documents.menu";
    }

    @Override
    public int position() {
        return 40;
    }
}
