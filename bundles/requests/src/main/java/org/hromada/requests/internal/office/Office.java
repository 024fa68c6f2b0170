package org.hromada.requests.internal.office;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where and how to send an information request: the body of {@code PUT /api/v1/requests/office} as sent, and
 * (after {@link OfficeRules#check}) the office as stored, each text trimmed and null when blank. The English
 * texts are optional; the site falls back to the Ukrainian ones.
 *
 * @param unitName         the unit that handles requests, e.g. "Загальний відділ"
 * @param postalAddress    where to post a request (required)
 * @param email            where to e-mail a request (required)
 * @param phone            for oral requests and questions
 * @param hours            when requests are received in person
 * @param officialName     the official responsible for requests (Article 19 part 7)
 * @param officialPosition that official's position
 */
public record Office(String unitName, String unitNameEn, String postalAddress, String postalAddressEn, String email,
                     String phone, String hours, String hoursEn, String officialName, String officialPosition) {

    /** The fields by their JSON names, for the audit log (null kept: "was empty" is worth recording). */
    Map<String, Object> fields() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("unitName", unitName);
        f.put("unitNameEn", unitNameEn);
        f.put("postalAddress", postalAddress);
        f.put("postalAddressEn", postalAddressEn);
        f.put("email", email);
        f.put("phone", phone);
        f.put("hours", hours);
        f.put("hoursEn", hoursEn);
        f.put("officialName", officialName);
        f.put("officialPosition", officialPosition);
        return f;
    }

    /** Whether a citizen can send a written request: the postal address and the e-mail are there. */
    public boolean published() {
        return postalAddress != null && !postalAddress.isBlank() && email != null && !email.isBlank();
    }

    /**
     * What the site shows in {@code language}: {@code unit}, {@code address}, {@code email}, {@code phone} (as
     * typed), {@code tel} (for a {@code tel:} link), {@code hours}, {@code official}; only those set. English
     * texts fall back to the Ukrainian ones.
     */
    public Map<String, String> shown(String language) {
        boolean en = "en".equals(language);
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "unit", en && unitNameEn != null ? unitNameEn : unitName);
        put(m, "address", oneLine(en && postalAddressEn != null ? postalAddressEn : postalAddress));
        put(m, "email", email);
        if (phone != null && !phone.isBlank()) {
            m.put("phone", phone);
            m.put("tel", phone.replaceAll("[^+0-9]", ""));
        }
        put(m, "hours", en && hoursEn != null ? hoursEn : hours);
        String official = officialName == null ? officialPosition
                : officialPosition == null ? officialName : officialName + ", " + officialPosition;
        put(m, "official", official);
        return m;
    }

    /** An address typed on several lines, as one line separated by commas. */
    static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        return String.join(", ", text.lines().map(String::strip).map(l -> l.replaceAll(",+$", "")).filter(l -> !l.isEmpty())
                .toList());
    }

    private static void put(Map<String, String> m, String key, String value) {
        if (value != null && !value.isBlank()) {
            m.put(key, value);
        }
    }
}
