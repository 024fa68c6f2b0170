package org.hromada.documents.internal.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;

/**
 * Checks a session request: every invalid field at once, in one 422. Body kind and name, number and
 * date are required; a plenary session needs its convocation; a published video needs its address;
 * the protocol must be a document of the register.
 */
final class SessionRules {
    static final int MAX_NAME = 200;
    static final int MAX_TITLE = 500;
    static final int MAX_PLACE = 300;
    static final int MAX_URL = 500;

    private SessionRules() {
    }

    record Fields(BodyKind bodyKind, String bodyName, Integer convocation, int number, String title,
                  LocalDate heldOn, LocalTime startsAt, String place, SessionStatus status, Instant noticePublishedAt,
                  String videoUrl, Instant videoPublishedAt, Long protocolDocumentId, Instant publishedAt) {
    }

    /** @param documentExists whether a document id is in the register */
    static Fields check(SessionRequest req, LongPredicate documentExists) {
        List<FieldError> errors = new ArrayList<>();
        BodyKind kind = Checks.choice(BodyKind.class, req.bodyKind(), null, "bodyKind", errors);
        String bodyName = Checks.required(req.bodyName(), "bodyName", MAX_NAME, errors);
        Checks.range(req.convocation(), 1000, "convocation", errors);
        if (kind == BodyKind.PLENARY && req.convocation() == null) {
            errors.add(new FieldError("convocation", "is required for a plenary session"));
        }
        if (req.number() == null) {
            errors.add(new FieldError("number", "is required: the session's number, e.g. 52"));
        }
        Checks.range(req.number(), 100_000, "number", errors);
        String title = Checks.optional(req.title(), "title", MAX_TITLE, errors);
        LocalDate heldOn = Checks.day(req.heldOn(), "heldOn", errors);
        if (Checks.trimmed(req.heldOn()).isEmpty()) {
            errors.add(new FieldError("heldOn", "is required"));
        }
        LocalTime startsAt = Checks.time(req.startsAt(), "startsAt", errors);
        String place = Checks.optional(req.place(), "place", MAX_PLACE, errors);
        SessionStatus status = Checks.choice(SessionStatus.class, req.status(), SessionStatus.PLANNED, "status", errors);
        Instant notice = Checks.instant(req.noticePublishedAt(), "noticePublishedAt", errors);
        String videoUrl = Checks.webAddress(req.videoUrl(), "videoUrl", MAX_URL, errors);
        Instant videoPublishedAt = Checks.instant(req.videoPublishedAt(), "videoPublishedAt", errors);
        if (videoPublishedAt != null && Checks.trimmed(req.videoUrl()).isEmpty()) {
            errors.add(new FieldError("videoUrl", "is required once the video is published"));
        }
        if (req.protocolDocumentId() != null && !documentExists.test(req.protocolDocumentId())) {
            errors.add(new FieldError("protocolDocumentId", "is not a document of the register"));
        }
        Instant publishedAt = Checks.instant(req.publishedAt(), "publishedAt", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new Fields(kind, bodyName, req.convocation(), req.number(), title, heldOn, startsAt, place, status,
                notice, videoUrl, videoPublishedAt, req.protocolDocumentId(), publishedAt);
    }
}
