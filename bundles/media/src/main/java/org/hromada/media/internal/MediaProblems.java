package org.hromada.media.internal;

import java.util.List;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;

/** The problems an upload can meet, each a 4xx. */
final class MediaProblems {

    private MediaProblems() {
    }

    static ProblemException tooLarge(long maxBytes) {
        return new ProblemException(413, "Content Too Large", "The file is larger than the limit of "
                + maxBytes + " bytes (media.max.bytes).");
    }

    static ProblemException unsupported(String detected) {
        return new ProblemException(415, "Unsupported Media Type", "The file's content is " + detected
                + ", which the media library does not accept. Allowed: JPEG, PNG, GIF, WebP images; PDF, DOCX,"
                + " XLSX, PPTX, ODT, ODS, ODP, DOC, XLS, PPT, RTF, CSV and plain-text documents.");
    }

    static ProblemException field(String field, String message) {
        return ProblemException.invalid(List.of(new FieldError(field, message)));
    }

    static ProblemException unreadable(String why) {
        return ProblemException.badRequest("The upload could not be read: " + why);
    }
}
