package org.hromada.content.internal.site;

import org.hromada.platform.api.site.SiteUrls;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * What the public pages know of the site itself, from the framework properties the launcher sets:
 * {@value #URL} ({@code site.url} in {@code conf/hromada.properties} or {@code HROMADA_SITE_URL}, e.g.
 * {@code https://khmarivka-rada.gov.ua}) makes Open Graph and schema.org addresses absolute, as those formats
 * expect; without it they stay site-relative. {@value #NAME} names the publisher in schema.org.
 */
@Component(service = SiteAddress.class)
public class SiteAddress {
    static final String URL = SiteUrls.PROPERTY;
    static final String NAME = "hromada.site.name";

    private String base = "";
    private String name = "";

    @Activate
    void activate(BundleContext context) {
        base = SiteUrls.normalise(context.getProperty(URL));
        String configuredName = context.getProperty(NAME);
        name = configuredName == null ? "" : configuredName.strip();
    }

    /** {@code path} made absolute when the site's address is configured. */
    public String absolute(String path) {
        return base + path;
    }

    /** The configured site name, or "" (the theme's {@code site.name} text is not known here). */
    public String name() {
        return name;
    }

}
