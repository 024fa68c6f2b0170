package org.hromada.requests.internal.store;

import java.time.LocalDate;

/** A change of a request's deadline, before it is written to the history. */
record Change(String kind, LocalDate before, LocalDate after, String reason) {
}
