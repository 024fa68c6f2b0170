package org.hromada.requests.internal.office;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;

/**
 * Checks the office as sent: the postal address and the e-mail are required (without them a citizen cannot send
 * a written request), the e-mail must look like one, the phone may hold only what a phone number does, and every
 * text has the length of its column. Every error at once, by field.
 */
public final class OfficeRules {
    static final int UNIT = 300;
    static final int ADDRESS = 500;
    static final int EMAIL = 254;
    static final int PHONE = 40;
    static final int HOURS = 500;
    static final int OFFICIAL = 300;
    private static final Pattern EMAIL_SYNTAX = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE_SYNTAX = Pattern.compile("[+0-9 ()\\-]{5,40}");

    private OfficeRules() {
    }

    /** The office trimmed, blanks as null; a 422 naming each invalid field. */
    public static Office check(Office sent) {
        if (sent == null) {
            throw ProblemException.badRequest("The request needs a JSON body.");
        }
        List<FieldError> errors = new ArrayList<>();
        String postal = text(sent.postalAddress(), "postalAddress", ADDRESS, true, errors);
        String email = text(sent.email(), "email", EMAIL, true, errors);
        if (email != null && email.length() <= EMAIL && !EMAIL_SYNTAX.matcher(email).matches()) {
            errors.add(new FieldError("email", "must be an e-mail address"));
        }
        String phone = text(sent.phone(), "phone", PHONE, false, errors);
        if (phone != null && phone.length() <= PHONE && !PHONE_SYNTAX.matcher(phone).matches()) {
            errors.add(new FieldError("phone", "must be a phone number: digits, spaces, +, - and brackets"));
        }
        Office office = new Office(text(sent.unitName(), "unitName", UNIT, false, errors),
                text(sent.unitNameEn(), "unitNameEn", UNIT, false, errors), postal,
                text(sent.postalAddressEn(), "postalAddressEn", ADDRESS, false, errors), email, phone,
                text(sent.hours(), "hours", HOURS, false, errors), text(sent.hoursEn(), "hoursEn", HOURS, false, errors),
                text(sent.officialName(), "officialName", OFFICIAL, false, errors),
                text(sent.officialPosition(), "officialPosition", OFFICIAL, false, errors));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return office;
    }

    private static String text(String value, String field, int max, boolean required, List<FieldError> errors) {
        String text = value == null ? null : value.strip();
        if (text == null || text.isEmpty()) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        if (text.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
        return text;
    }
}
