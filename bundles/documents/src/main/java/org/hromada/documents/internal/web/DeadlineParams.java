package org.hromada.documents.internal.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hromada.documents.internal.deadlines.DeadlineStatus;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;

/**
 * The checked query of {@code GET /documents/deadlines}: {@code status} a comma-separated list
 * (default: what needs attention, {@code late,at_risk,no_date}), {@code from} a day, the page.
 */
public record DeadlineParams(Set<DeadlineStatus> statuses, LocalDate from, int page, int size) {

    public static DeadlineParams parse(String status, String from, String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        Set<DeadlineStatus> statuses = EnumSet.noneOf(DeadlineStatus.class);
        if (status == null || status.isBlank()) {
            EnumSet.allOf(DeadlineStatus.class).stream().filter(DeadlineStatus::needsAttention).forEach(statuses::add);
        } else {
            for (String key : status.split(",")) {
                DeadlineStatus parsed = DeadlineStatus.parse(key).orElse(null);
                if (parsed == null) {
                    errors.add(new FieldError("status", "must be a comma-separated list of " + DeadlineStatus.KEYS));
                    break;
                }
                statuses.add(parsed);
            }
        }
        LocalDate since = null;
        if (from != null && !from.isBlank()) {
            try {
                since = LocalDate.parse(from.strip());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("from", "must be a date as yyyy-MM-dd"));
            }
        }
        ListParams paging = ListParams.parse(null, null, null, null, null, null, null, null, null, page, size, false);
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "Invalid parameter", "Some query parameters cannot be used.", errors);
        }
        return new DeadlineParams(statuses, since, paging.page(), paging.size());
    }
}
