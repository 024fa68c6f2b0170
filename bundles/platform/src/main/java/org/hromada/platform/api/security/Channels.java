package org.hromada.platform.api.security;

/** The paths by which a change reaches Hromada, as the audit log names them. */
public final class Channels {
    /** The REST API, with a bearer token. */
    public static final String API = "api";
    /** The editors' console, with a session cookie. */
    public static final String CONSOLE = "console";
    /** Timed work such as scheduled publishing. */
    public static final String SCHEDULER = "scheduler";
    /** Bulk loads from files or other systems. */
    public static final String IMPORT = "import";
    /** Hromada itself: first start, migrations, the deploy folder. */
    public static final String SYSTEM = "system";

    private Channels() {
    }
}
