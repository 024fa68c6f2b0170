package org.hromada.content.internal.web;

import java.util.List;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;

/** The {@code against} parameter of a revision diff: a revision number, or absent for "the previous one". */
public final class RevisionParams {

    private RevisionParams() {
    }

    public static Integer against(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ProblemException(400, "Invalid parameter", "The parameter 'against' must be a revision number.",
                List.of(new FieldError("against", "must be a whole number from 1")));
    }
}
