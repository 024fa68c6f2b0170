package org.hromada.requests.internal.console;

import org.hromada.platform.api.console.ConsoleForms;
import java.util.List;
import org.hromada.platform.api.web.FieldError;
import java.util.Map;
import java.util.Optional;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.requests.internal.web.SubmissionRequest;

/**
 * Registration by staff of a request received by post, phone, e-mail or in person: what Article 19
 * part 5 asks (who, how to answer, what), the urgency and its ground, the channel, the time of
 * receipt on Kyiv's clock, who handles it, and how it was made (Art. 19): a written request's date and
 * signature, or who wrote down an oral one ({@code requestForm} is the API's {@code form}, for in person).
 */
final class RegistrationForm extends Form {
    static final List<String> FIELDS = List.of("channel", "receivedAt", "name", "email", "postalAddress", "phone",
            "description", "urgent", "urgencyGround", "urgencyJustification", "department", "assignee",
            "requestForm", "writtenOn", "signed", "recordedBy", "recordedByPhone");
    /** The API's name of the field this form calls {@code requestForm} ({@code form} names the whole form here). */
    static final String API_FORM = "form";

    private RegistrationForm(Map<String, String> values) {
        super(FIELDS, values);
    }

    static RegistrationForm of(ConsoleRequest request) {
        Map<String, String> values = ConsoleForms.values(request, FIELDS);
        values.put("urgent", ConsoleForms.checkbox(request.params("urgent")) ? "true" : "");
        values.put("signed", ConsoleForms.checkbox(request.params("signed")) ? "true" : "");
        return new RegistrationForm(values);
    }

    /** A new registration: received by post, now. */
    static RegistrationForm empty(String receivedAt) {
        return new RegistrationForm(Map.of("channel", "post", "receivedAt", receivedAt));
    }

    /** The store's request, or empty when the time of receipt cannot be read ({@link #errors()} says so). */
    Optional<SubmissionRequest> toRequest() {
        String receivedAt = instant("receivedAt");
        if (!errors().isEmpty()) {
            return Optional.empty();
        }
        boolean urgent = !value("urgent").isEmpty();
        return Optional.of(new SubmissionRequest(trimmed("name"), trimmed("email"), trimmed("postalAddress"),
                trimmed("phone"), trimmed("description"), urgent, urgent ? trimmed("urgencyGround") : null,
                urgent ? trimmed("urgencyJustification") : null, null, trimmed("channel"), receivedAt,
                trimmed("department"), trimmed("assignee"),
                "in_person".equals(trimmed("channel")) ? trimmed("requestForm") : null, trimmed("writtenOn"),
                !value("signed").isEmpty(), trimmed("recordedBy"), trimmed("recordedByPhone")));
    }

    /** The store's errors with {@code form} (written or oral) named as this form's field. */
    static List<FieldError> renamed(List<FieldError> errors) {
        return errors.stream().map(e -> API_FORM.equals(e.field()) ? new FieldError("requestForm", e.message()) : e)
                .toList();
    }
}
