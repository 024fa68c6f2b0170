package org.hromada.platform.api.site;

/**
 * Manifest header of bundles that ship templates and messages for the public site.
 * <pre>
 * Hromada-Templates: templates
 * </pre>
 * names a folder in the bundle. Its {@code *.ftl} files are found by their path below that folder
 * (a theme overrides one by putting a file at the same path under its {@code templates/}); its
 * {@code messages_uk.properties} and {@code messages_en.properties} add message keys.
 */
public final class SiteContribution {
    /** The manifest header naming the templates folder inside the bundle. */
    public static final String TEMPLATES_HEADER = "Hromada-Templates";

    private SiteContribution() {
    }
}
