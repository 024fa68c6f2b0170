package org.hromada.requests.internal.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.hromada.requests.internal.deadlines.RequestDeadlines;
import org.hromada.requests.internal.entities.Formalities;
import org.hromada.requests.internal.entities.Requester;
import org.hromada.requests.internal.entities.Urgency;
import org.hromada.requests.internal.model.Channel;
import org.hromada.requests.internal.model.Keyed;
import org.hromada.requests.internal.model.Medium;
import org.hromada.requests.internal.model.UrgencyGround;
import org.hromada.requests.internal.web.SubmissionRequest;

/**
 * The checks of a request's content (Art. 19 part 5), with bounded lengths: nothing more is asked of
 * the public than the law requires.
 */
public final class SubmissionRules {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[+0-9 ()\\-]{5,40}");
    /** A request "received" a little in the future is a clock difference, not a mistake. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private SubmissionRules() {
    }

    /** A request from the web form: channel web, received now; staff fields are ignored. */
    public static Submission fromPublic(SubmissionRequest req, Instant now) {
        Fields f = new Fields();
        Submission s = content(req, f, Channel.WEB, now, null, null);
        f.throwIfInvalid();
        return s;
    }

    /** A request staff register: the channel is required, the time of receipt may be in the past. */
    public static Submission fromStaff(SubmissionRequest req, Instant now) {
        Fields f = new Fields();
        Channel channel = null;
        if (req.channel() == null || req.channel().isBlank()) {
            f.error("channel", "is required: one of " + Keyed.keys(Channel.class));
        } else {
            channel = Keyed.parse(Channel.class, req.channel()).orElse(null);
            if (channel == null) {
                f.error("channel", "must be one of " + Keyed.keys(Channel.class));
            }
        }
        Instant receivedAt = f.instant(req.receivedAt(), "receivedAt", now);
        if (receivedAt.isAfter(now.plus(CLOCK_SKEW))) {
            f.error("receivedAt", "must not be in the future");
        }
        Submission s = content(req, f, channel, receivedAt, f.optional(req.department(), "department", 200),
                f.optional(req.assignee(), "assignee", 200));
        Formalities formalities = channel == null ? null : formalities(req, f, channel, receivedAt, now);
        f.throwIfInvalid();
        return s.with(formalities);
    }

    /**
     * How the request was made: a written one records whether it is signed and its date (neither after
     * receipt); an oral one, the official who wrote it down and their phone (Art. 19 part 7). A missing
     * signature or date is recorded, not refused: it is the ground {@code incomplete} for a refusal.
     */
    static Formalities formalities(SubmissionRequest req, Fields f, Channel channel, Instant receivedAt, Instant now) {
        Medium medium = Medium.implied(channel);
        if (Medium.chosen(channel)) {
            medium = Keyed.parse(Medium.class, req.form()).orElse(null);
            if (medium == null) {
                f.error("form", "is required for a request in person: written or oral");
                return null;
            }
        } else if (req.form() != null && !req.form().isBlank()
                && Keyed.parse(Medium.class, req.form()).orElse(null) != medium) {
            f.error("form", medium == null ? "applies only to requests by post, fax, phone or in person"
                    : "a request by " + channel.key() + " is " + medium.key());
        }
        if (medium == Medium.WRITTEN) {
            LocalDate writtenOn = f.date(req.writtenOn(), "writtenOn", null);
            LocalDate received = RequestDeadlines.day(receivedAt);
            if (writtenOn != null && writtenOn.isAfter(RequestDeadlines.day(now))) {
                f.error("writtenOn", "must not be in the future");
            } else if (writtenOn != null && writtenOn.isAfter(received)) {
                f.error("writtenOn", "must not be after the request was received");
            }
            if (req.signed() == null) {
                f.error("signed", "is required for a written request: true or false");
            }
            return new Formalities(medium.key(), writtenOn, req.signed(), null, null);
        }
        if (medium == Medium.ORAL) {
            String by = f.required(req.recordedBy(), "recordedBy", 300);
            String phone = f.required(req.recordedByPhone(), "recordedByPhone", 40);
            if (phone != null && !PHONE.matcher(phone).matches()) {
                f.error("recordedByPhone", "must be a phone number: digits, spaces, +, - and brackets");
            }
            return new Formalities(medium.key(), null, null, by, phone);
        }
        return null;
    }

    /** A staff edit: the channel and the time of receipt are facts of the registration and stay. */
    public static Submission forUpdate(SubmissionRequest req, Channel channel, Instant receivedAt) {
        Fields f = new Fields();
        Submission s = content(req, f, channel, receivedAt, f.optional(req.department(), "department", 200),
                f.optional(req.assignee(), "assignee", 200));
        f.throwIfInvalid();
        return s;
    }

    private static Submission content(SubmissionRequest req, Fields f, Channel channel, Instant receivedAt,
                                      String department, String assignee) {
        String name = f.required(req.name(), "name", 300);
        String email = f.optional(req.email(), "email", 254);
        if (email != null && !EMAIL.matcher(email).matches()) {
            f.error("email", "must be an e-mail address");
        }
        String postal = f.optional(req.postalAddress(), "postalAddress", 500);
        String phone = f.optional(req.phone(), "phone", 40);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            f.error("phone", "must be a phone number: digits, spaces, +, - and brackets");
        }
        if (email == null && postal == null && phone == null) {
            f.error("email", "an e-mail or postal address (or a phone) is required to answer the request");
        }
        String description = f.required(req.description(), "description", 5000);
        boolean urgent = Boolean.TRUE.equals(req.urgent());
        Urgency urgency = null;
        if (urgent) {
            UrgencyGround ground = Keyed.parse(UrgencyGround.class, req.urgencyGround()).orElse(null);
            if (ground == null) {
                f.error("urgencyGround", "an urgent request needs one of the law's grounds: " + Keyed.keys(UrgencyGround.class));
            }
            String why = f.required(req.urgencyJustification(), "urgencyJustification", 2000);
            urgency = new Urgency(ground == null ? null : ground.key(), why);
        }
        return new Submission(new Requester(name, email, postal, phone), description, urgent, urgency, channel,
                receivedAt, department, assignee, null);
    }
}
