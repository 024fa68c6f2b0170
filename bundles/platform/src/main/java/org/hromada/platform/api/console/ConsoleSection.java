package org.hromada.platform.api.console;

import java.util.Set;

/**
 * A section of the editors' console, published by a bundle as a service: one menu entry and the
 * pages under {@code /console/<id>/}. The console shows it to users holding one of
 * {@link #roles()} while the bundle is active, and drops it when the bundle goes.
 *
 * <p>The console has already checked the session, the roles and, for every POST, the CSRF token
 * before {@link #handle} is called. Templates named in the answers are looked up in the jar of the
 * bundle that published the section (see the package documentation).
 */
public interface ConsoleSection {

    /** The URL segment, lower case letters, digits and dashes: {@code news} serves {@code /console/news/...}. */
    String id();

    /** The message key of the menu label, looked up in the section bundle's console messages. */
    String menuKey();

    /** Position in the menu, lowest first. Built-in sections use multiples of 10. */
    default int order() {
        return 100;
    }

    /** Who sees the section: any one of these roles, see {@link org.hromada.platform.api.security.Roles}. */
    Set<String> roles();

    /**
     * Answers a request for {@code /console/<id>} or a path below it. Never throw for anything a
     * user can type: answer {@link ConsoleResponse#notFound()} or a page that explains.
     */
    ConsoleResponse handle(ConsoleRequest request);
}
