package org.hromada.documents.internal.sessions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;

/**
 * Checks an agenda item request: every invalid field at once, in one 422. The title is required;
 * linked drafts and decisions must be documents of the register; a result of a vote (adopted,
 * rejected) and published results need the time of the vote.
 */
final class ItemRules {
    static final int MAX_TITLE = 1000;
    static final int MAX_POSITION = 10_000;

    private ItemRules() {
    }

    record Fields(Integer position, String title, Long draftDocumentId, Long decisionDocumentId, Instant voteHeldAt,
                  Instant votesPublishedAt, ItemResult result, boolean secretBallot) {
    }

    static Fields check(ItemRequest req, LongPredicate documentExists) {
        List<FieldError> errors = new ArrayList<>();
        Checks.range(req.position(), MAX_POSITION, "position", errors);
        String title = Checks.required(req.title(), "title", MAX_TITLE, errors);
        document(req.draftDocumentId(), "draftDocumentId", documentExists, errors);
        document(req.decisionDocumentId(), "decisionDocumentId", documentExists, errors);
        Instant voteHeldAt = Checks.instant(req.voteHeldAt(), "voteHeldAt", errors);
        Instant published = Checks.instant(req.votesPublishedAt(), "votesPublishedAt", errors);
        ItemResult result = Checks.choice(ItemResult.class, req.result(), ItemResult.NO_VOTE, "result", errors);
        boolean noVoteTime = Checks.trimmed(req.voteHeldAt()).isEmpty();
        if (result != null && result.voted() && noVoteTime) {
            errors.add(new FieldError("voteHeldAt", "is required when the result is " + result.key()));
        } else if (published != null && noVoteTime) {
            errors.add(new FieldError("voteHeldAt", "is required once the results are published"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new Fields(req.position(), title, req.draftDocumentId(), req.decisionDocumentId(), voteHeldAt,
                published, result, Boolean.TRUE.equals(req.secretBallot()));
    }

    private static void document(Long id, String name, LongPredicate exists, List<FieldError> errors) {
        if (id != null && !exists.test(id)) {
            errors.add(new FieldError(name, "is not a document of the register"));
        }
    }
}
