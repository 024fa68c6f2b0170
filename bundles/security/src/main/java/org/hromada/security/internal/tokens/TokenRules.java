package org.hromada.security.internal.tokens;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.hromada.platform.api.security.Roles;
import org.hromada.platform.api.web.FieldError;

/** What a new integration token must be: a name, one known role, an expiry within two years. */
public final class TokenRules {
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{3,64}");
    public static final Duration DEFAULT_LIFETIME = Duration.ofDays(90);
    public static final Duration MAX_LIFETIME = Duration.ofDays(730);
    /** A bare date means "valid through that day" in Ukraine. */
    static final ZoneId ZONE = ZoneId.of("Europe/Kyiv");

    /** A checked request, or its errors (never both). */
    public record Checked(String name, String role, Instant expiresAt, List<FieldError> errors) {
        public Checked {
            errors = List.copyOf(errors);
        }

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private TokenRules() {
    }

    /**
     * @param expires a date ({@code 2027-03-01}, valid through that day in Kyiv) or an ISO-8601
     *                instant; blank for {@link #DEFAULT_LIFETIME} from now
     */
    public static Checked check(String name, String role, String expires, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        String cleanName = name == null ? "" : name.strip();
        if (!NAME.matcher(cleanName).matches()) {
            errors.add(new FieldError("name", "must be 3 to 64 characters of A-Z, a-z, 0-9, '.', '_' and '-'"));
        }
        String cleanRole = role == null ? "" : role.strip();
        if (!Roles.ALL.contains(cleanRole)) {
            errors.add(new FieldError("role", "must be one of " + String.join(", ", Roles.ALL)));
        }
        Instant expiresAt = expiry(expires, now, errors);
        return errors.isEmpty() ? new Checked(cleanName, cleanRole, expiresAt, List.of())
                : new Checked(null, null, null, errors);
    }

    private static Instant expiry(String raw, Instant now, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return now.plus(DEFAULT_LIFETIME);
        }
        String value = raw.strip();
        Instant expiresAt;
        try {
            expiresAt = value.length() == 10
                    ? LocalDate.parse(value).plusDays(1).atStartOfDay(ZONE).toInstant()
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            errors.add(new FieldError("expiresAt", "must be a date (yyyy-MM-dd) or an ISO-8601 instant"));
            return null;
        }
        if (!expiresAt.isAfter(now)) {
            errors.add(new FieldError("expiresAt", "must be in the future"));
        } else if (expiresAt.isAfter(now.plus(MAX_LIFETIME))) {
            errors.add(new FieldError("expiresAt", "must be at most two years from now"));
        }
        return expiresAt;
    }
}
