package org.hromada.system.internal;

import java.util.List;

/**
 * One reason a bundle is not working, both as the bundles API's English sentence and as a message
 * key with its arguments for the console, which says it in the user's language.
 *
 * @param key     the console message key, {@code bundle.reason.*}
 * @param args    the values the message names (symbolic names, packages, exception texts)
 * @param english the sentence the bundles API returns
 */
record Reason(String key, List<String> args, String english) {

    /** A sentence with no better key: the console shows it as it is. */
    static final String OTHER = "bundle.reason.other";

    Reason {
        args = List.copyOf(args);
    }

    static Reason of(String key, String english, String... args) {
        return new Reason("bundle.reason." + key, List.of(args), english);
    }

    static Reason other(String english) {
        return new Reason(OTHER, List.of(english), english);
    }
}
