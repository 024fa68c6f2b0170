package org.hromada.platform.api.site;

/**
 * An entry of the public site's main menu, published by a bundle as a service beside the page it
 * leads to, so the menu shows what is installed: the entry comes and goes with its bundle. The
 * layout lists the entries after the home page, by {@link #position()}.
 */
public interface SiteMenuItem {

    /** The page's path without the language prefix, e.g. {@code /documents}. */
    String path();

    /** The message key of the entry's name, e.g. {@code documents.menu}, from any bundle's site messages. */
    String label();

    /** The place in the menu: lower first (the content bundle's lists use 10 to 30). */
    int position();
}
