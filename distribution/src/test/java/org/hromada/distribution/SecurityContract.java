package org.hromada.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The security bundle's HTTP contract for the audit log and integration tokens, against a real
 * server; {@link SecurityOnEmbeddedDatabaseIT} and {@link SecurityOnMariaDbIT} choose
 * the database. Abstract, so it does not run by itself.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class SecurityContract {
    HromadaServer server;
    Http http;
    String admin;
    String author;

    /** The JDBC URL of the database to run on, or null for the embedded default. */
    abstract String databaseUrl() throws Exception;

    void dropDatabase() throws Exception {
    }

    @BeforeAll
    void boot() throws Exception {
        server = HromadaServer.create(databaseUrl()).start();
        http = new Http(server);
        admin = http.token("admin", HromadaServer.ADMIN_PASSWORD);
        HttpResponse<String> created = http.as(admin).postJson("/api/v1/users",
                "{\"username\":\"halyna\",\"password\":\"halyna-Password-1\",\"displayName\":\"Галина\",\"roles\":[\"author\"]}");
        assertEquals(201, created.statusCode(), created.body());
        author = http.token("halyna", "halyna-Password-1");
    }

    @AfterAll
    void shutdown() throws Exception {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            dropDatabase();
        }
    }

    @Test
    @Order(1)
    void userWritesAreAuditedWithBeforeAndAfterButNoPassword() throws Exception {
        HttpResponse<String> updated = http.as(admin).putJson("/api/v1/users/halyna",
                "{\"roles\":[\"editor\"],\"password\":\"halyna-Password-2\"}");
        assertEquals(200, updated.statusCode(), updated.body());

        HttpResponse<String> list = http.as(admin).get("/api/v1/audit?entityType=user&entityId=halyna");
        assertEquals(200, list.statusCode(), list.body());
        JsonNode page = Http.json(list);
        assertEquals(2, page.get("total").asInt(), list.body());
        assertEquals(1, page.get("page").asInt());
        assertEquals(20, page.get("size").asInt());
        JsonNode update = page.get("items").get(0);
        assertEquals("user.update", update.get("action").asText(), "newest first");
        assertEquals("admin", update.get("actor").asText());
        assertEquals("api", update.get("channel").asText());
        assertEquals("author", update.get("before").get("roles").get(0).asText());
        assertEquals("editor", update.get("after").get("roles").get(0).asText());
        assertEquals("changed", update.get("after").get("password").asText());
        assertFalse(list.body().contains("argon2"), "never a password hash");
        assertEquals("user.create", page.get("items").get(1).get("action").asText());

        HttpResponse<String> one = http.as(admin).get("/api/v1/audit/" + update.get("id").asLong());
        assertEquals(200, one.statusCode(), one.body());
        assertEquals("user.update", Http.json(one).get("action").asText());
        assertEquals(404, http.as(admin).get("/api/v1/audit/999999999").statusCode());
        assertEquals(404, http.as(admin).get("/api/v1/audit/abc").statusCode());
    }

    @Test
    @Order(2)
    void theAuditLogFiltersByTimeAndRejectsBadParameters() throws Exception {
        String today = Instant.now().truncatedTo(ChronoUnit.DAYS).toString().substring(0, 10);
        JsonNode all = Http.json(http.as(admin).get("/api/v1/audit?actor=admin&size=100"));
        assertTrue(all.get("total").asInt() >= 2, all.toString());
        JsonNode future = Http.json(http.as(admin).get("/api/v1/audit?from=" + Instant.now().plusSeconds(3600)));
        assertEquals(0, future.get("total").asInt());
        JsonNode window = Http.json(http.as(admin).get("/api/v1/audit?actor=admin&from="
                + Instant.now().minusSeconds(3600) + "&to=" + Instant.now().plusSeconds(60)));
        assertEquals(all.get("total").asInt(), window.get("total").asInt());
        assertEquals(200, http.as(admin).get("/api/v1/audit?from=" + today).statusCode());

        HttpResponse<String> badDate = http.as(admin).get("/api/v1/audit?from=yesterday");
        assertProblem(badDate, 400);
        assertEquals("from", Http.json(badDate).get("errors").get(0).get("field").asText());
        assertProblem(http.as(admin).get("/api/v1/audit?size=1000"), 400);
        assertProblem(http.as(admin).get("/api/v1/audit?page=0"), 400);
    }

    @Test
    @Order(3)
    void theAuditLogIsForAdminsAndAppendOnly() throws Exception {
        assertProblem(http.get("/api/v1/audit"), 401);
        assertProblem(http.as(author).get("/api/v1/audit"), 401); // halyna's tokens ended with her new password
        String editor = http.token("halyna", "halyna-Password-2");
        assertProblem(http.as(editor).get("/api/v1/audit"), 403);
        assertProblem(http.as(admin).postJson("/api/v1/audit", "{}"), 405);
        assertProblem(http.as(admin).putJson("/api/v1/audit/1", "{}"), 405);
        assertProblem(http.as(admin).delete("/api/v1/audit/1"), 405);
    }

    @Test
    @Order(4)
    void integrationTokensAuthenticateWithTheirOneRoleUntilRevoked() throws Exception {
        HttpResponse<String> created = http.as(admin).postJson("/api/v1/tokens",
                "{\"name\":\"ckan-export\",\"role\":\"integrator\"}");
        assertEquals(201, created.statusCode(), created.body());
        JsonNode body = Http.json(created);
        String secret = body.get("token").asText();
        long id = body.get("id").asLong();
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/v1/tokens/" + id));
        Instant expires = Instant.parse(body.get("expiresAt").asText());
        assertTrue(expires.isAfter(Instant.now().plus(89, ChronoUnit.DAYS)), "90 days by default");

        HttpResponse<String> me = http.as(secret).get("/api/v1/auth/me");
        assertEquals(200, me.statusCode(), me.body());
        assertEquals("token:ckan-export", Http.json(me).get("username").asText());
        assertEquals("integrator", Http.json(me).get("roles").get(0).asText());
        assertEquals(200, http.as(secret).get("/api/v1/system/bundles").statusCode(), "integrators read bundles");
        assertProblem(http.as(secret).get("/api/v1/users"), 403);

        HttpResponse<String> list = http.as(admin).get("/api/v1/tokens");
        assertEquals(200, list.statusCode(), list.body());
        JsonNode item = Http.json(list).get("items").get(0);
        assertEquals("ckan-export", item.get("name").asText());
        assertEquals("active", item.get("state").asText());
        assertFalse(list.body().contains(secret), "the secret is shown once only");
        assertProblem(http.as(admin).postJson("/api/v1/tokens", "{\"name\":\"ckan-export\",\"role\":\"editor\"}"), 409);

        assertEquals(204, http.as(admin).delete("/api/v1/tokens/" + id).statusCode());
        assertProblem(http.as(secret).get("/api/v1/auth/me"), 401);
        assertEquals("revoked", Http.json(http.as(admin).get("/api/v1/tokens/" + id)).get("state").asText());
        assertProblem(http.as(admin).delete("/api/v1/tokens/999999999"), 404);

        JsonNode audit = Http.json(http.as(admin).get("/api/v1/audit?entityType=token&entityId=" + id));
        assertEquals("token.revoke", audit.get("items").get(0).get("action").asText());
        assertEquals("token.create", audit.get("items").get(1).get("action").asText());
    }

    @Test
    @Order(5)
    void integrationTokensAreValidatedAndForAdminsOnly() throws Exception {
        HttpResponse<String> invalid = http.as(admin).postJson("/api/v1/tokens",
                "{\"name\":\"a b\",\"role\":\"root\",\"expiresAt\":\"" + Instant.now().plus(800, ChronoUnit.DAYS) + "\"}");
        assertProblem(invalid, 422);
        assertEquals(3, Http.json(invalid).get("errors").size(), invalid.body());
        assertProblem(http.as(admin).postJson("/api/v1/tokens", "{\"name\":\"x\", \"role\": [1]}"), 400);
        assertProblem(http.get("/api/v1/tokens"), 401);
        String editor = http.token("halyna", "halyna-Password-2");
        assertProblem(http.as(editor).postJson("/api/v1/tokens", "{\"name\":\"mine\",\"role\":\"admin\"}"), 403);
    }

    static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                "problem+json, was " + response.headers().firstValue("Content-Type"));
    }
}
