package org.hromada.disclosure.internal.attestations;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;

/** Checks an attestation and fills in its defaults; every bad field is reported in one 422. */
public final class AttestationRules {
    public static final Set<String> STATUSES = Set.of("compliant", "missing", "not_applicable");
    public static final int DEFAULT_REVIEW_DAYS = 365;
    static final int MAX_REVIEW_DAYS = 1830;
    static final int MAX_URL = 1000;
    static final int MAX_NOTE = 2000;

    private AttestationRules() {
    }

    /** The request trimmed, with its defaults; a 422 listing every bad field otherwise. */
    public static AttestationRequest check(AttestationRequest req, LocalDate today) {
        if (req == null) {
            throw ProblemException.invalid(List.of(new FieldError("status", "is required")));
        }
        List<FieldError> errors = new ArrayList<>();
        String status = trimmed(req.status());
        if (!STATUSES.contains(status)) {
            errors.add(new FieldError("status", "must be one of compliant, missing, not_applicable"));
        }
        String url = trimmed(req.url());
        if (url.isEmpty() && "compliant".equals(status)) {
            errors.add(new FieldError("url", "is required when the item is compliant: say where it is published"));
        } else if (!url.isEmpty() && !address(url)) {
            errors.add(new FieldError("url", "must be a site path starting with / or an http(s) address of at most "
                    + MAX_URL + " characters"));
        }
        String note = trimmed(req.note());
        if (note.length() > MAX_NOTE) {
            errors.add(new FieldError("note", "must be at most " + MAX_NOTE + " characters long"));
        }
        LocalDate on = req.attestedOn() == null ? today : req.attestedOn();
        if (on.isAfter(today)) {
            errors.add(new FieldError("attestedOn", "must not be in the future"));
        }
        int days = req.reviewDays() == null ? DEFAULT_REVIEW_DAYS : req.reviewDays();
        if (days < 1 || days > MAX_REVIEW_DAYS) {
            errors.add(new FieldError("reviewDays", "must be a whole number of days from 1 to " + MAX_REVIEW_DAYS));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new AttestationRequest(status, url, note, on, days);
    }

    /** A site path or an absolute http(s) address, without spaces or control characters. */
    static boolean address(String url) {
        if (url.length() > MAX_URL || url.chars().anyMatch(c -> c <= ' ')) {
            return false;
        }
        if (url.startsWith("/")) {
            return !url.startsWith("//");
        }
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.strip();
    }
}
