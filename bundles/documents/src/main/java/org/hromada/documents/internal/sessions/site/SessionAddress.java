package org.hromada.documents.internal.sessions.site;

import java.util.Arrays;
import java.util.Optional;
import org.hromada.documents.internal.sessions.BodyKind;

/**
 * The public address of a session, {@code /sessions/<year>/<body kind segment>-<number>} as the API's
 * {@code url} gives it, e.g. {@code /sessions/2026/plenary-52} or {@code /sessions/2025/executive-committee-3}.
 */
record SessionAddress(int year, BodyKind kind, int number) {
    static final int MAX_NUMBER = 100_000;

    /** The address a visitor typed; empty for anything that is not one (never an exception). */
    static Optional<SessionAddress> parse(String year, String segment) {
        if (year == null || segment == null || !year.matches("[0-9]{4}")) {
            return Optional.empty();
        }
        int y = Integer.parseInt(year);
        int dash = segment.lastIndexOf('-');
        if (y < 1900 || y > 2999 || dash <= 0) {
            return Optional.empty();
        }
        // no leading zeros: plenary-052 is not the address of session 52
        String number = segment.substring(dash + 1);
        if (!number.matches("[1-9][0-9]{0,5}") || Integer.parseInt(number) > MAX_NUMBER) {
            return Optional.empty();
        }
        String kindSegment = segment.substring(0, dash);
        return Arrays.stream(BodyKind.values()).filter(k -> k.segment().equals(kindSegment)).findFirst()
                .map(kind -> new SessionAddress(y, kind, Integer.parseInt(number)));
    }

    /** The address without language prefix, as {@code SessionView.url} writes it. */
    String url() {
        return SessionPaths.LIST + "/" + year + "/" + kind.segment() + "-" + number;
    }
}
