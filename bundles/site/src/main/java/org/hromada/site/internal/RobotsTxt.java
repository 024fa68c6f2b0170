package org.hromada.site.internal;

/**
 * {@code /robots.txt}: the public site is open to crawlers, the API and the console are not (they are
 * not pages, and the console's sign-in form should not be indexed), and the sitemap is named.
 */
final class RobotsTxt {

    private RobotsTxt() {
    }

    static String of(String origin) {
        return "User-agent: *\n"
                + "Disallow: /api/\n"
                + "Disallow: /console/\n"
                + "\n"
                + "Sitemap: " + origin + "/sitemap.xml\n";
    }
}
