package org.hromada.media.internal;

import java.util.List;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;

/**
 * The problems an upload or an edit can meet, each a 4xx. Each carries, beside the API's English,
 * the console message key of every invalid field ({@link MediaProblem#keyed()}).
 */
public final class MediaProblems {
    /** One invalid field: the API's English and the console's message key with its arguments. */
    public record Keyed(String field, String key, List<String> args, String english) {
        public Keyed {
            args = List.copyOf(args);
        }

        static Keyed of(String field, String key, String english, String... args) {
            return new Keyed(field, "media.error." + key, List.of(args), english);
        }
    }

    /** A problem that knows its console message keys. */
    public static final class MediaProblem extends ProblemException {
        private static final long serialVersionUID = 1L;
        private final transient List<Keyed> keyed;

        MediaProblem(int status, String title, String detail, List<Keyed> keyed, boolean listFields) {
            super(status, title, detail, listFields ? keyed.stream().map(k -> new FieldError(k.field(), k.english()))
                    .toList() : List.of());
            this.keyed = List.copyOf(keyed);
        }

        /** What the console shows, by field. */
        public List<Keyed> keyed() {
            return keyed;
        }
    }

    private MediaProblems() {
    }

    public static ProblemException tooLarge(long maxBytes) {
        return new MediaProblem(413, "Content Too Large", "The file is larger than the limit of "
                + maxBytes + " bytes (media.max.bytes).", List.of(Keyed.of("file", "tooLarge", "is too large",
                String.valueOf((maxBytes + 1024 * 1024 - 1) / (1024 * 1024)))), false);
    }

    public static ProblemException unsupported(String detected) {
        return new MediaProblem(415, "Unsupported Media Type", "The file's content is " + detected
                + ", which the media library does not accept. Allowed: JPEG, PNG, GIF, WebP images; PDF, DOCX,"
                + " XLSX, PPTX, ODT, ODS, ODP, DOC, XLS, PPT, RTF, CSV and plain-text documents.",
                List.of(Keyed.of("file", "unsupported", "is of a type the library does not accept", detected)), false);
    }

    /** A 422 for one field. */
    public static ProblemException field(String field, String key, String english, String... args) {
        return invalid(List.of(Keyed.of(field, key, english, args)));
    }

    /** A 422 for several fields. */
    public static ProblemException invalid(List<Keyed> errors) {
        return new MediaProblem(422, "Unprocessable Content", "The request has invalid fields.", errors, true);
    }

    public static ProblemException unreadable(String why) {
        return new MediaProblem(400, "Bad Request", "The upload could not be read: " + why,
                List.of(Keyed.of("file", "unreadable", "could not be read", String.valueOf(why))), false);
    }
}
