package org.hromada.platform.api.site;

import java.util.Locale;
import java.util.Map;

/**
 * Renders a page of the public site from a model that is not published (yet), through the active
 * theme and layout, exactly as a visitor would see it: the console's live preview. Published by the
 * site bundle. Nothing is cached.
 */
public interface SitePreview {

    /**
     * The HTML of {@code template} with {@code model}, as if requested at {@code path}
     * (without the {@code /en} prefix) in {@code locale}.
     */
    String render(String template, Map<String, Object> model, String path, Locale locale);
}
