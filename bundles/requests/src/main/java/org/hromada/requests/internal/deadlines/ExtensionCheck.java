package org.hromada.requests.internal.deadlines;

import java.time.LocalDate;

/**
 * Whether a request may be extended to 20 working days: only with the written notice sent no
 * later than {@code latestNoticeOn}, the 5th working day after receipt (Art. 20 part 4).
 */
public record ExtensionCheck(boolean allowed, LocalDate latestNoticeOn, LocalDate noticeOn) {

    /** Why the extension is refused, for the problem's detail. */
    public String refusal() {
        return "An extension needs the notice sent to the requester within 5 working days of receipt, that is by "
                + latestNoticeOn + "; the notice is dated " + noticeOn + ".";
    }
}
