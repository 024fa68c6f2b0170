package org.hromada.platform.api.site;

/** The site's public address as configured ({@code site.url}), read the same way by every bundle. */
public final class SiteUrls {
    /** The framework property the launcher sets from {@code site.url} / {@code HROMADA_SITE_URL}. */
    public static final String PROPERTY = "hromada.site.url";

    private SiteUrls() {
    }

    /**
     * {@code https://host[:port][/prefix]} without a trailing slash; "" for null, blank or anything
     * that is not such an address (so a typo never produces broken absolute links).
     */
    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String s = raw.strip();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.matches("https?://[A-Za-z0-9.\\-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~\\-/]*)?") ? s : "";
    }
}
