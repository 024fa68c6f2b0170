package org.hromada.system.internal;

import org.osgi.framework.BundleException;

/** Framework exceptions in the words an integrator needs. */
final class FailureMessages {

    private FailureMessages() {
    }

    /** The message, with the activator's own exception instead of the framework's wrapper. */
    static String describe(Throwable e) {
        Throwable cause = e.getCause();
        if (e instanceof BundleException bundleException && bundleException.getType() == BundleException.ACTIVATOR_ERROR
                && cause != null) {
            return "its activator failed: " + cause;
        }
        String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
        if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
            message += " (" + cause.getMessage() + ")";
        }
        return message;
    }
}
