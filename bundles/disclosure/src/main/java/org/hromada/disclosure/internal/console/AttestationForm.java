package org.hromada.disclosure.internal.console;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.hromada.disclosure.internal.attestations.AttestationRequest;
import org.hromada.platform.api.console.ConsoleRequest;

/** The attestation form's fields; what cannot even be read (a date, a number) is an error of its field. */
final class AttestationForm {

    private AttestationForm() {
    }

    /** @param errors filled with field -> message key for what cannot be read */
    static AttestationRequest read(ConsoleRequest request, Map<String, String> errors) {
        LocalDate on = null;
        Integer days = null;
        String rawOn = request.param("attestedOn").orElse("");
        if (!rawOn.isEmpty()) {
            try {
                on = LocalDate.parse(rawOn);
            } catch (DateTimeParseException e) {
                errors.put("attestedOn", "disclosure.error.attestedOn");
            }
        }
        String rawDays = request.param("reviewDays").orElse("");
        if (!rawDays.isEmpty()) {
            try {
                days = Integer.valueOf(rawDays);
            } catch (NumberFormatException e) {
                errors.put("reviewDays", "disclosure.error.reviewDays");
            }
        }
        return new AttestationRequest(request.param("status").orElse(""), request.param("url").orElse(""),
                request.param("note").orElse(""), on, days);
    }
}
