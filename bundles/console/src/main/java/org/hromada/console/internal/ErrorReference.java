package org.hromada.console.internal;

import java.util.UUID;

/** The short reference an error page shows and the log line carries, to find one in the other. */
final class ErrorReference {
    private ErrorReference() {
    }

    static String create() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
