package org.hromada.disclosure.internal.site;

import org.hromada.platform.api.site.SiteMenuItem;
import org.osgi.service.component.annotations.Component;

/** Access to public information in the site's main menu, after the register and sessions. */
@Component(service = SiteMenuItem.class)
public class AccessMenuItem implements SiteMenuItem {
    @Override
    public String path() {
        return AccessPage.PATH;
    }

    @Override
    public String label() {
        return "access.menu";
    }

    @Override
    public int position() {
        return 60;
    }
}
