package org.hromada.platform.api.security;

import java.util.List;

/** The built-in roles. Use these names in {@code @RolesAllowed}. */
public final class Roles {
    /** Everything, including users and bundles. */
    public static final String ADMIN = "admin";
    /** Publishes and edits everybody's content. */
    public static final String EDITOR = "editor";
    /** Writes content and submits it for review. */
    public static final String AUTHOR = "author";
    /** Installs and removes bundles, reads system state. */
    public static final String INTEGRATOR = "integrator";

    /** All built-in roles, most powerful first. */
    public static final List<String> ALL = List.of(ADMIN, EDITOR, AUTHOR, INTEGRATOR);

    private Roles() {
    }
}
