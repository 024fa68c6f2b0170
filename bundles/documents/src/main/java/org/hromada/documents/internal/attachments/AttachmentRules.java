package org.hromada.documents.internal.attachments;

import java.util.ArrayList;
import java.util.List;
import org.hromada.documents.internal.web.AttachmentRequest;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;

/**
 * What an attachment's title and position must be. A scan's title is required: the media library
 * keeps it as the image's text alternative, and it is what a reader who cannot see the scan gets.
 */
public final class AttachmentRules {
    public static final int MAX_TITLE = 300;
    public static final int MAX_POSITION = 1_000_000;

    /** A checked change: the title is applied when {@code titleGiven} (null clears it), the position when not null. */
    public record Change(boolean titleGiven, String title, Integer position) {
    }

    private AttachmentRules() {
    }

    /** The title of a new attachment, trimmed (null when blank); 422 when too long or missing for an image. */
    public static String title(String raw, boolean image) {
        List<FieldError> errors = new ArrayList<>();
        String title = title(raw, image, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return title;
    }

    public static Change check(AttachmentRequest req, String mediaType) {
        if (req == null) {
            throw ProblemException.badRequest("The request needs a JSON body with a title, a position or both.");
        }
        List<FieldError> errors = new ArrayList<>();
        String title = req.title() == null ? null : title(req.title(), isImage(mediaType), errors);
        if (req.position() != null && (req.position() < 0 || req.position() > MAX_POSITION)) {
            errors.add(new FieldError("position", "must be a whole number from 0 to " + MAX_POSITION));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new Change(req.title() != null, title, req.position());
    }

    private static String title(String raw, boolean image, List<FieldError> errors) {
        String title = raw == null || raw.isBlank() ? null : raw.strip();
        if (title != null && title.length() > MAX_TITLE) {
            errors.add(new FieldError("title", "must be at most " + MAX_TITLE + " characters"));
        } else if (title == null && image) {
            errors.add(new FieldError("title", "is required for a scan or photo: describe what it shows"));
        }
        return title;
    }

    private static boolean isImage(String mediaType) {
        return mediaType != null && mediaType.startsWith("image/");
    }
}
