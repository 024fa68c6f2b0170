package org.hromada.distribution;

import static org.hromada.distribution.PlatformContract.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/**
 * A real server in demo mode (so the demo sessions script runs on each database) with an editor and
 * an author, and helpers for the sessions API; {@link SessionsContract} has the tests.
 */
abstract class SessionsFixture extends ServerWithEditors {
    @Override
    Map<String, String> environment() {
        return Map.of("HROMADA_DEMO", "true");
    }

    static ObjectNode session(String bodyKind, String body, int number, String heldOn) {
        return Http.JSON.createObjectNode().put("bodyKind", bodyKind).put("bodyName", body).put("convocation", 8)
                .put("number", number).put("title", number + " сесія").put("heldOn", heldOn).put("startsAt", "10:00")
                .put("place", "Сесійна зала").put("status", "held").put("publishedAt", PAST);
    }

    static ObjectNode item(String title) {
        return Http.JSON.createObjectNode().put("title", title);
    }

    static String votes(String... deputyAndChoice) {
        ArrayNode list = Http.JSON.createArrayNode();
        for (int i = 0; i < deputyAndChoice.length; i += 2) {
            list.addObject().put("deputy", deputyAndChoice[i]).put("choice", deputyAndChoice[i + 1]);
        }
        return list.toString();
    }

    JsonNode create(ObjectNode session) throws Exception {
        HttpResponse<String> response = http.as(editor).postJson("/api/v1/sessions", session.toString());
        assertEquals(201, response.statusCode(), response.body());
        return Http.json(response);
    }

    JsonNode addItem(long session, ObjectNode item) throws Exception {
        HttpResponse<String> response = http.as(editor).postJson("/api/v1/sessions/" + session + "/items",
                item.toString());
        assertEquals(201, response.statusCode(), response.body());
        return Http.json(response);
    }

    long document(String kind, String number, String adoptedOn, String publishedAt) throws Exception {
        ObjectNode document = Http.JSON.createObjectNode().put("kind", kind).put("number", number)
                .put("adoptedOn", adoptedOn).put("title", "Документ " + number).put("convocation", 8)
                .put("status", "in_force");
        if (publishedAt != null) {
            document.put("publishedAt", publishedAt);
        }
        HttpResponse<String> response = http.as(editor).postJson("/api/v1/documents", document.toString());
        assertEquals(201, response.statusCode(), response.body());
        return Http.json(response).get("id").asLong();
    }

    static JsonNode deadline(JsonNode session, String rule) {
        for (JsonNode d : session.get("deadlines")) {
            if (d.get("rule").asText().equals(rule)) {
                return d;
            }
        }
        throw new AssertionError("no " + rule + " in " + session.get("deadlines"));
    }

    static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String now(long plusSeconds) {
        return Instant.now().plusSeconds(plusSeconds).toString();
    }

    static void assertFieldErrors(HttpResponse<String> response, String... fields) throws Exception {
        assertProblem(response, 422);
        String errors = Http.json(response).get("errors").toString();
        for (String field : fields) {
            assertTrue(errors.contains("\"" + field + "\""), field + " in " + errors);
        }
    }

    static void assertNoField(JsonNode node, String field) {
        assertFalse(node.hasNonNull(field), field + " should be absent: " + node);
    }
}
