package org.hromada.requests.internal.deadlines;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.hromada.platform.api.calendar.WorkingDayCalendar;
import org.hromada.platform.api.site.SiteDates;

/**
 * The deadline rules of Art. 20 (DOMAIN.md section 9.1: REQ-STD, REQ-URG, REQ-EXT) on the
 * platform's {@link WorkingDayCalendar}, in Kyiv's days. The term starts the day after receipt.
 * Pure: no clock, no database.
 */
public final class RequestDeadlines {
    /** REQ-STD: the answer is due within 5 working days of receipt. */
    public static final int STANDARD_DAYS = 5;
    /** REQ-URG: an urgent request, justified on the law's grounds, within 48 hours of receipt. */
    public static final Duration URGENT = Duration.ofHours(48);
    /** REQ-EXT: an extended term is 20 working days from receipt ... */
    public static final int EXTENDED_DAYS = 20;
    /** ... and the requester is notified within 5 working days of receipt. */
    public static final int EXTENSION_NOTICE_DAYS = 5;

    private final WorkingDayCalendar calendar;

    public RequestDeadlines(WorkingDayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar);
    }

    /**
     * The first term: 48 hours for an urgent request (an hour-based term ends when the hours do,
     * whatever the day), else the 5th working day after the day of receipt.
     */
    public Term initial(Instant receivedAt, boolean urgent) {
        if (urgent) {
            return Term.at(receivedAt.plus(URGENT));
        }
        return Term.endOf(calendar.addWorkingDays(day(receivedAt), STANDARD_DAYS));
    }

    /** The extended term: the 20th working day after the day of receipt. */
    public Term extended(Instant receivedAt) {
        return Term.endOf(calendar.addWorkingDays(day(receivedAt), EXTENDED_DAYS));
    }

    /** Whether a notice of extension sent at {@code noticeAt} is in time for the request received at {@code receivedAt}. */
    public ExtensionCheck extension(Instant receivedAt, Instant noticeAt) {
        LocalDate latest = calendar.addWorkingDays(day(receivedAt), EXTENSION_NOTICE_DAYS);
        LocalDate noticeOn = day(noticeAt);
        boolean allowed = !noticeOn.isAfter(latest) && !noticeAt.isBefore(receivedAt);
        return new ExtensionCheck(allowed, latest, noticeOn);
    }

    /** The term of a deferred request: the whole of the day it was deferred to. */
    public Term deferredTo(LocalDate until) {
        return Term.endOf(until);
    }

    /** Kyiv's day of an instant: the day a request was received, a notice was sent. */
    public static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, SiteDates.ZONE);
    }
}
