package org.hromada.documents.internal.console;

import org.hromada.platform.api.console.ConsoleForms;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hromada.documents.internal.sessions.ItemRequest;
import org.hromada.documents.internal.sessions.ItemView;
import org.hromada.platform.api.console.ConsoleRequest;

/**
 * An agenda item's form: title, place, the draft and the decision (documents of the register), the
 * vote's time and result, when its results were published, a secret ballot; {@code version} is the
 * session's, so an item edited against a changed session is stale.
 */
final class AgendaForm extends Form {
    static final List<String> FIELDS = List.of("position", "title", "draftDocumentId", "decisionDocumentId",
            "voteHeldAt", "votesPublishedAt", "result", "secretBallot", "version");

    private AgendaForm(Map<String, String> values) {
        super(FIELDS, values);
    }

    static AgendaForm of(ConsoleRequest request) {
        Map<String, String> values = ConsoleForms.values(request, FIELDS);
        values.put("secretBallot", ConsoleForms.checkbox(request.params("secretBallot")) ? "true" : "");
        return new AgendaForm(values);
    }

    static AgendaForm of(ItemView item, long sessionVersion) {
        Map<String, String> values = new HashMap<>();
        values.put("position", String.valueOf(item.position()));
        values.put("title", item.title());
        values.put("draftDocumentId", item.draft() == null ? "" : String.valueOf(item.draft().id()));
        values.put("decisionDocumentId", item.decision() == null ? "" : String.valueOf(item.decision().id()));
        values.put("voteHeldAt", ConsoleForms.kyivInput(item.voteHeldAt()));
        values.put("votesPublishedAt", ConsoleForms.kyivInput(item.votesPublishedAt()));
        values.put("result", item.result());
        values.put("secretBallot", item.secretBallot() ? "true" : "");
        values.put("version", String.valueOf(sessionVersion));
        return new AgendaForm(values);
    }

    static AgendaForm empty(long sessionVersion) {
        return new AgendaForm(Map.of("result", "no_vote", "version", String.valueOf(sessionVersion)));
    }

    Optional<ItemRequest> toRequest() {
        Integer position = whole("position");
        Long draft = documentId("draftDocumentId");
        Long decision = documentId("decisionDocumentId");
        String voteHeldAt = instant("voteHeldAt");
        String published = instant("votesPublishedAt");
        Long version = version();
        if (!errors().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ItemRequest(position, trimmed("title"), draft, decision, voteHeldAt, published,
                trimmed("result"), !value("secretBallot").isEmpty(), version));
    }
}
