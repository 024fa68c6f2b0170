package org.hromada.documents.internal.sessions.site;

import org.hromada.platform.api.site.SiteMenuItem;
import org.osgi.service.component.annotations.Component;

/** The council's sessions in the site's main menu, after the register of documents. */
@Component(service = SiteMenuItem.class)
public class SessionsMenuItem implements SiteMenuItem {
    @Override
    public String path() {
        return SessionPaths.LIST;
    }

    @Override
    public String label() {
        return "sessions.menu";
    }

    @Override
    public int position() {
        return 50;
    }
}
