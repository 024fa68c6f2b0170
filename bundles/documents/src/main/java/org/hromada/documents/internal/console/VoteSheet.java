package org.hromada.documents.internal.console;

import org.hromada.platform.api.console.ConsoleForms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hromada.documents.internal.sessions.Keyed;
import org.hromada.documents.internal.sessions.VoteChoice;
import org.hromada.documents.internal.sessions.VoteRequest;
import org.hromada.platform.api.console.ConsoleRequest;

/**
 * The roll-call table of an agenda item as typed: one row per deputy ({@code deputy<i>}, {@code choice<i>},
 * {@code rows} of them). Rows without a name are left out; a named row needs a choice and a name comes once.
 * Errors are message keys by row.
 */
final class VoteSheet {
    /** Blank rows offered below the named ones, for deputies not listed yet. */
    static final int BLANK_ROWS = 5;
    static final int MAX_ROWS = 1000;

    private final List<Map<String, String>> rows;
    private final Map<Integer, String> errors = new LinkedHashMap<>();

    private VoteSheet(List<Map<String, String>> rows) {
        this.rows = rows;
    }

    static VoteSheet of(ConsoleRequest request) {
        int count = request.param("rows").flatMap(ConsoleForms::id).map(n -> (int) Math.min(n, MAX_ROWS + BLANK_ROWS))
                .orElse(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(row(request.param("deputy" + i).orElse(""), request.param("choice" + i).orElse("")));
        }
        return new VoteSheet(rows);
    }

    /** A sheet of deputies with their choices ("" for none yet), plus blank rows. */
    static VoteSheet of(Map<String, String> choices) {
        List<Map<String, String>> rows = new ArrayList<>();
        choices.forEach((deputy, choice) -> rows.add(row(deputy, choice)));
        return new VoteSheet(rows);
    }

    /** The votes the store takes, or empty when a row is wrong ({@link #errors()} says which). */
    Optional<List<VoteRequest>> toVotes() {
        List<VoteRequest> votes = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String deputy = rows.get(i).get("deputy").strip();
            if (deputy.isEmpty()) {
                continue;
            }
            String choice = rows.get(i).get("choice");
            if (Keyed.parse(VoteChoice.class, choice).isEmpty()) {
                errors.put(i, "sessions.error.choice");
            } else if (deputy.length() > 200) {
                errors.put(i, "documents.error.tooLong");
            } else if (seen.putIfAbsent(deputy.toLowerCase(Locale.ROOT), i) != null) {
                errors.put(i, "sessions.error.deputyTwice");
            }
            votes.add(new VoteRequest(deputy, choice));
        }
        return errors.isEmpty() ? Optional.of(votes) : Optional.empty();
    }

    /** The rows to show: the typed or prefilled ones, then blank rows. */
    List<Map<String, Object>> rowsWithBlanks() {
        List<Map<String, Object>> shown = new ArrayList<>();
        for (int i = 0; i < rows.size() + BLANK_ROWS; i++) {
            Map<String, String> row = i < rows.size() ? rows.get(i) : row("", "");
            shown.add(Map.of("index", i, "deputy", row.get("deputy"), "choice", row.get("choice"),
                    "error", errors.getOrDefault(i, "")));
        }
        return shown;
    }

    Map<Integer, String> errors() {
        return errors;
    }

    private static Map<String, String> row(String deputy, String choice) {
        return Map.of("deputy", deputy == null ? "" : deputy, "choice", choice == null ? "" : choice.strip());
    }
}
