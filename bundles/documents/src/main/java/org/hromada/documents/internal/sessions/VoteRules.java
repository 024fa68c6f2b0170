package org.hromada.documents.internal.sessions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;

/**
 * Checks the per-deputy votes of an item: each needs a deputy's name and a choice, a name comes once
 * (compared case-insensitively), and a secret ballot takes none. Fields are named by their place in
 * the list: {@code [2].deputy}.
 */
final class VoteRules {
    static final int MAX_VOTES = 1000;
    static final int MAX_DEPUTY = 200;

    private VoteRules() {
    }

    /** The checked votes, deputy to choice, in the order given. */
    static Map<String, VoteChoice> check(List<VoteRequest> votes, boolean secretBallot) {
        List<FieldError> errors = new ArrayList<>();
        if (secretBallot && !votes.isEmpty()) {
            throw ProblemException.invalid(List.of(new FieldError("votes",
                    "must be empty: the item was decided by secret ballot, which has no per-deputy votes")));
        }
        if (votes.size() > MAX_VOTES) {
            throw ProblemException.invalid(List.of(new FieldError("votes", "must be at most " + MAX_VOTES + " votes")));
        }
        Map<String, VoteChoice> checked = new LinkedHashMap<>();
        Map<String, Integer> firstPlace = new HashMap<>();
        for (int i = 0; i < votes.size(); i++) {
            VoteRequest vote = votes.get(i) == null ? new VoteRequest(null, null) : votes.get(i);
            String deputy = Checks.required(vote.deputy(), "[" + i + "].deputy", MAX_DEPUTY, errors);
            VoteChoice choice = Checks.choice(VoteChoice.class, vote.choice(), null, "[" + i + "].choice", errors);
            if (deputy.isEmpty()) {
                continue;
            }
            Integer first = firstPlace.putIfAbsent(deputy.toLowerCase(Locale.ROOT), i);
            if (first != null) {
                errors.add(new FieldError("[" + i + "].deputy", "repeats the deputy of [" + first + "]: " + deputy));
            } else {
                checked.put(deputy, choice);
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return checked;
    }
}
