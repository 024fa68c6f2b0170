package org.hromada.documents.internal.model;

import java.time.LocalDate;

/**
 * The numbering rule of a kind: numbers are unique per kind and year of adoption, or per kind and
 * convocation (скликання) for kinds numbered by convocation, such as council decisions.
 */
public final class Numbering {
    public static final String YEAR = "year";
    public static final String CONVOCATION = "convocation";

    private Numbering() {
    }

    public static boolean isScope(String scope) {
        return YEAR.equals(scope) || CONVOCATION.equals(scope);
    }

    /**
     * The period a number is unique in: {@code y2025} for a year, {@code c8} for the eighth
     * convocation. A convocation-scoped document without a convocation is refused before this.
     */
    public static String period(String scope, LocalDate adoptedOn, Integer convocation) {
        return CONVOCATION.equals(scope) ? "c" + convocation : "y" + adoptedOn.getYear();
    }

    /** Words for a 409: "in 2025" or "in convocation 8". */
    public static String describe(String period) {
        return period.startsWith("c") ? "in convocation " + period.substring(1) : "in " + period.substring(1);
    }
}
