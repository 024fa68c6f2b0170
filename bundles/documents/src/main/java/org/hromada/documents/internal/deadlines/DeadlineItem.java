package org.hromada.documents.internal.deadlines;

import java.time.Instant;
import java.time.LocalDate;

/** One document in the editors' deadline list: enough to find it and see how it stands. */
public record DeadlineItem(long id, String kind, String kindName, String number, String title, LocalDate adoptedOn,
                           LocalDate considerationOn, Instant publishedAt, String url, Deadline deadline) {
}
