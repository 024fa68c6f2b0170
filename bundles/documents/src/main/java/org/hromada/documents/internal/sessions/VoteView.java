package org.hromada.documents.internal.sessions;

/** One deputy's vote as the API shows it. */
public record VoteView(String deputy, String choice) {
}
