package org.hromada.platform.api.console;

import java.util.Optional;
import java.util.Set;

/**
 * A box on the console dashboard ("in review", "deadlines this week"), published by a bundle as a
 * service and shown while the bundle is active to users holding one of {@link #roles()}.
 */
public interface ConsoleWidget {

    /** A stable name, used for the box's HTML id. */
    String id();

    /** Position on the dashboard, lowest first. */
    default int order() {
        return 100;
    }

    /** Who sees the widget: any one of these roles (empty: every signed-in user). */
    Set<String> roles();

    /**
     * The widget's content: a page whose template is a fragment (no layout) and whose title key is
     * the box's heading. Empty hides the widget for this request (nothing to show).
     */
    Optional<ConsoleResponse.Page> render(ConsoleRequest request);
}
