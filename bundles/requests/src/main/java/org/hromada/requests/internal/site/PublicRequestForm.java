package org.hromada.requests.internal.site;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hromada.platform.api.site.FormSubmission;
import org.hromada.platform.api.web.FieldError;
import org.hromada.requests.internal.attachments.AttachmentSettings;
import org.hromada.requests.internal.attachments.Attachments;
import org.hromada.requests.internal.attachments.FileProblem;
import org.hromada.requests.internal.attachments.FileType;
import org.hromada.requests.internal.console.Form;
import org.hromada.requests.internal.model.Keyed;
import org.hromada.requests.internal.model.UrgencyGround;
import org.hromada.requests.internal.web.SubmissionRequest;

/**
 * The site's request form: exactly what Article 19 part 5 asks (a name; an e-mail or postal address, or a
 * phone; the description), the urgency with its ground and why, the honeypot {@code website} and, optionally,
 * files (e.g. a scan of the signed request). Kept as typed, so a form shown again with its errors loses nothing
 * but the files, which a browser never fills back in.
 */
final class PublicRequestForm extends Form {
    static final List<String> FIELDS = List.of("name", "email", "postalAddress", "phone", "description", "urgent",
            "urgencyGround", "urgencyJustification", "website", Attachments.FILES);
    private static final AttachmentSettings DEFAULTS = AttachmentSettings.from(key -> null);

    private PublicRequestForm(Map<String, String> values) {
        super(FIELDS, values);
    }

    static PublicRequestForm empty() {
        return new PublicRequestForm(Map.of());
    }

    /** The fields as sent; a ticked checkbox is "true" whatever its value. */
    static PublicRequestForm of(FormSubmission submission) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS) {
            values.put(field, submission.field(field));
        }
        values.put("urgent", submission.fields().containsKey("urgent") ? "true" : "");
        return new PublicRequestForm(values);
    }

    /** What the intake checks; the ground and why count only when the request is marked urgent. */
    SubmissionRequest toRequest() {
        boolean urgent = !value("urgent").isEmpty();
        return new SubmissionRequest(trimmed("name"), trimmed("email"), trimmed("postalAddress"), trimmed("phone"),
                trimmed("description"), urgent, urgent ? trimmed("urgencyGround") : null,
                urgent ? trimmed("urgencyJustification") : null, value("website"), null, null, null, null,
                null, null, null, null, null);
    }

    /**
     * The intake's field errors (English, for the API) as message keys beside their fields; a refused file's
     * by its problem ({@code requests.error.files.type}...), with the names of the files refused.
     */
    PublicRequestForm withErrors(List<FieldError> errors) {
        for (FieldError e : errors) {
            if (Attachments.FILES.equals(e.field())) {
                error(Attachments.FILES, "requests.error.files." + FileProblem.in(e.message()).orElse(FileProblem.TYPE)
                        .key());
            }
        }
        storeErrors(errors.stream().filter(e -> !Attachments.FILES.equals(e.field())).toList());
        return this;
    }

    /** For the template: the values as typed, the errors by field, the grounds of urgency in the law's order. */
    Map<String, Object> model() {
        return model(DEFAULTS);
    }

    /** {@link #model()} with the limits on files the hint tells of. */
    Map<String, Object> model(AttachmentSettings limits) {
        Map<String, Object> model = new LinkedHashMap<>();
        Map<String, String> shown = new LinkedHashMap<>(values());
        shown.remove("website"); // never echo the honeypot back
        shown.remove(Attachments.FILES);
        model.put("fileCount", limits.publicMaxFiles());
        model.put("fileLimit", AttachmentSettings.readable(limits.publicMaxBytes()));
        model.put("fileAccept", String.join(",", FileType.extensions()) + ",.jpeg");
        model.put("values", shown);
        model.put("errors", Map.copyOf(errors()));
        model.put("grounds", Arrays.stream(UrgencyGround.values()).map(Keyed::key).toList());
        return model;
    }
}
