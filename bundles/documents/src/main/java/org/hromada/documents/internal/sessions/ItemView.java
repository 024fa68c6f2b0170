package org.hromada.documents.internal.sessions;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An agenda item as the API shows it. {@code totals} counts the per-deputy {@code votes} by choice
 * (null for a secret ballot); the public sees votes and totals once {@code votesPublishedAt} has come.
 */
public record ItemView(long id, int position, String title, DocumentRef draft, DocumentRef decision,
                       Instant voteHeldAt, Instant votesPublishedAt, String result, boolean secretBallot,
                       Map<String, Integer> totals, List<VoteView> votes) {
}
