package org.hromada.console.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.hromada.platform.api.console.ConsoleFile;
import org.hromada.platform.api.console.ConsoleSection;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.security.Session;
import org.osgi.framework.Bundle;

/**
 * One console request as the pages see it. Not a record: the session gate, the sign-in form and
 * the routing fill in the session, the token, the files and the section as the request goes on.
 */
final class Exchange {
    final HttpServletRequest req;
    final HttpServletResponse resp;
    final String lang;
    final boolean secure;
    Session session;
    Identity identity;
    String csrfToken = "";
    SectionRegistry.Entry<ConsoleSection> section;
    String sectionId;
    List<ConsoleFile> files = List.of();

    Exchange(HttpServletRequest req, HttpServletResponse resp, String siteUrl) {
        this.req = req;
        this.resp = resp;
        this.lang = Lang.of(Cookies.read(req.getHeader("Cookie"), Cookies.LANG));
        this.secure = req.isSecure() || siteUrl.startsWith("https:");
    }

    /** The section's bundle, or null on the console's own pages. */
    Bundle bundle() {
        return section == null ? null : section.bundle();
    }

    String sectionBase() {
        return sectionId == null ? "/console" : "/console/" + sectionId;
    }

    boolean htmxFragment() {
        return req.getHeader("HX-Request") != null && req.getHeader("HX-Boosted") == null;
    }
}
