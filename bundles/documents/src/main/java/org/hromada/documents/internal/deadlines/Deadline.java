package org.hromada.documents.internal.deadlines;

import java.time.LocalDate;

/**
 * A document's publication deadline as the API shows it.
 *
 * @param rule            the rule that applies: {@code act}, {@code draft}, {@code same_day} or {@code none}
 * @param dueOn           the last day on which publication is on time; null when none applies or it is unknown
 * @param publishedOn     the day it became public (Kyiv time), null while it is not
 * @param status          {@code met}, {@code late}, {@code at_risk}, {@code pending}, {@code exempt} or {@code no_date}
 * @param workingDaysLate how many working days after {@code dueOn} it became public (or is now, while still not public); 0 when on time
 * @param note            why it is exempt (the recorded reason of an exception), otherwise empty
 */
public record Deadline(String rule, LocalDate dueOn, LocalDate publishedOn, String status, int workingDaysLate,
                       String note) {

    /** The same deadline with the reason of the exception that shaped it. */
    Deadline withNote(String reason) {
        return new Deadline(rule, dueOn, publishedOn, status, workingDaysLate, reason);
    }
}
