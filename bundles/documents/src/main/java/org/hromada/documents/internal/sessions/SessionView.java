package org.hromada.documents.internal.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A session as the API shows it. {@code url} is its public address, {@code retentionUntil} the first
 * day it may be deleted (5 years after its video), {@code deadlines} the legal publication deadlines;
 * {@code items} is left out of lists.
 */
public record SessionView(long id, String bodyKind, String bodyName, Integer convocation, int number, String title,
                          LocalDate heldOn, String startsAt, String place, String status, Instant noticePublishedAt,
                          String videoUrl, Instant videoPublishedAt, LocalDate retentionUntil, DocumentRef protocol,
                          Instant publishedAt, Instant createdAt, Instant updatedAt, String createdBy,
                          String updatedBy, long version, String url, List<Deadline> deadlines,
                          List<ItemView> items) {
}
