package org.hromada.content.internal.revisions;

import java.util.List;

/** {@code GET /{type}/{id}/revisions/{n}/diff}: what changed from {@code against} (0: nothing before) to {@code number}. */
public record RevisionComparison(int number, int against, List<FieldChange> changes) {
}
