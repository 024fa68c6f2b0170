package org.hromada.requests.internal.console;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hromada.platform.api.web.ProblemException;

/**
 * A store's 409 (written in English for the API) told in the console's language: which status does not
 * allow which action, why an extension is refused, a change made meanwhile, a number taken meanwhile.
 */
final class Conflicts {
    private static final Pattern NOT_ALLOWED = Pattern.compile("A request that is (\\w+) cannot take the action '(\\w+)'");
    private static final Pattern LATE_NOTICE = Pattern.compile("by (\\d{4}-\\d{2}-\\d{2}); the notice is dated (\\d{4}-\\d{2}-\\d{2})");

    private Conflicts() {
    }

    static String explain(ProblemException e, Locale locale) {
        String detail = e.detail() == null ? "" : e.detail();
        Matcher notAllowed = NOT_ALLOWED.matcher(detail);
        if (notAllowed.find()) {
            return Messages.text(locale, "requests.conflict.notAllowed",
                    Messages.text(locale, "requests.status." + notAllowed.group(1)),
                    Messages.text(locale, "requests.action." + notAllowed.group(2)));
        }
        Matcher late = LATE_NOTICE.matcher(detail);
        if (late.find()) {
            return Messages.text(locale, "requests.conflict.extensionLate", late.group(1), late.group(2));
        }
        return Messages.text(locale, key(detail));
    }

    private static String key(String detail) {
        if (detail.contains("already extended")) {
            return "requests.conflict.extendedTwice";
        }
        if (detail.contains("changed the request meanwhile")) {
            return "requests.conflict.stale";
        }
        if (detail.contains("took the number")) {
            return "requests.conflict.number";
        }
        if (detail.contains("cost a fee")) {
            return "requests.conflict.feeUnpaid";
        }
        if (detail.contains("than the fee paid covers")) {
            return "requests.conflict.feePages";
        }
        if (detail.contains("already charged and paid")) {
            return "requests.conflict.feePaid";
        }
        if (detail.contains("urgency can change")) {
            return "requests.conflict.urgency";
        }
        return "requests.conflict.other";
    }
}
