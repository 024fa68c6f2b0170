package org.hromada.requests.internal.office;

import java.time.Instant;

/**
 * The office as {@code GET /api/v1/requests/office} answers: the fields set (the API leaves out nulls), when it
 * was last changed and, for administrators and editors only, by whom.
 */
public record OfficeView(String unitName, String unitNameEn, String postalAddress, String postalAddressEn,
                         String email, String phone, String hours, String hoursEn, String officialName,
                         String officialPosition, Instant updatedAt, String updatedBy) {

    static OfficeView of(Office o, Instant updatedAt, String updatedBy) {
        return new OfficeView(o.unitName(), o.unitNameEn(), o.postalAddress(), o.postalAddressEn(), o.email(),
                o.phone(), o.hours(), o.hoursEn(), o.officialName(), o.officialPosition(), updatedAt, updatedBy);
    }

    /** The office's fields without the record's metadata. */
    public Office office() {
        return new Office(unitName, unitNameEn, postalAddress, postalAddressEn, email, phone, hours, hoursEn,
                officialName, officialPosition);
    }

    /** The same without who changed it: staff usernames are not for the public. */
    OfficeView forPublic() {
        return new OfficeView(unitName, unitNameEn, postalAddress, postalAddressEn, email, phone, hours, hoursEn,
                officialName, officialPosition, updatedAt, null);
    }
}
