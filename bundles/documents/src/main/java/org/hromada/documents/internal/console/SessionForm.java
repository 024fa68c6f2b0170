package org.hromada.documents.internal.console;

import org.hromada.platform.api.console.ConsoleForms;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hromada.documents.internal.sessions.BodyKind;
import org.hromada.documents.internal.sessions.SessionRequest;
import org.hromada.documents.internal.sessions.SessionStatus;
import org.hromada.documents.internal.sessions.SessionView;
import org.hromada.platform.api.console.ConsoleRequest;

/** The session editor's form: every field of the sessions API; the three publication times are Kyiv wall-clock times. */
final class SessionForm extends Form {
    static final List<String> FIELDS = List.of("bodyKind", "bodyName", "convocation", "number", "title", "heldOn",
            "startsAt", "place", "status", "noticePublishedAt", "videoUrl", "videoPublishedAt", "protocolDocumentId",
            "publishedAt", "version");

    private SessionForm(Map<String, String> values) {
        super(FIELDS, values);
    }

    static SessionForm of(ConsoleRequest request) {
        return new SessionForm(ConsoleForms.values(request, FIELDS));
    }

    static SessionForm of(SessionView s) {
        Map<String, String> values = new HashMap<>();
        values.put("bodyKind", s.bodyKind());
        values.put("bodyName", s.bodyName());
        values.put("convocation", ConsoleForms.text(s.convocation()));
        values.put("number", String.valueOf(s.number()));
        values.put("title", ConsoleForms.text(s.title()));
        values.put("heldOn", ConsoleForms.text(s.heldOn()));
        values.put("startsAt", ConsoleForms.text(s.startsAt()));
        values.put("place", ConsoleForms.text(s.place()));
        values.put("status", s.status());
        values.put("noticePublishedAt", ConsoleForms.kyivInput(s.noticePublishedAt()));
        values.put("videoUrl", ConsoleForms.text(s.videoUrl()));
        values.put("videoPublishedAt", ConsoleForms.kyivInput(s.videoPublishedAt()));
        values.put("protocolDocumentId", s.protocol() == null ? "" : String.valueOf(s.protocol().id()));
        values.put("publishedAt", ConsoleForms.kyivInput(s.publishedAt()));
        values.put("version", String.valueOf(s.version()));
        return new SessionForm(values);
    }

    /** A new session: a planned plenary session unless asked otherwise. */
    static SessionForm empty() {
        return new SessionForm(Map.of("bodyKind", BodyKind.PLENARY.key(), "status", SessionStatus.PLANNED.key()));
    }

    Optional<SessionRequest> toRequest(boolean creating) {
        Integer convocation = whole("convocation");
        Integer number = whole("number");
        String notice = instant("noticePublishedAt");
        String video = instant("videoPublishedAt");
        Long protocol = documentId("protocolDocumentId");
        String published = instant("publishedAt");
        Long version = creating ? null : version();
        if (!errors().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SessionRequest(trimmed("bodyKind"), trimmed("bodyName"), convocation, number,
                trimmed("title"), trimmed("heldOn"), trimmed("startsAt"), trimmed("place"), trimmed("status"), notice,
                trimmed("videoUrl"), video, protocol, published, version));
    }
}
