package org.hromada.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The platform's HTTP contract, checked against a real server: subclasses choose the database.
 * Tests share one server and run in order (the throttling test locks the address out, so it is last).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class PlatformContract {
    static final String EXAMPLE_JAR = "org.hromada.example.jar";

    HromadaServer server;
    Http http;
    String adminToken;

    /** The JDBC URL of the database to run on, or null for the embedded default. */
    abstract String databaseUrl() throws Exception;

    void dropDatabase() throws Exception {
    }

    @BeforeAll
    void boot() throws Exception {
        server = HromadaServer.create(databaseUrl()).start();
        http = new Http(server);
        adminToken = http.token("admin", HromadaServer.ADMIN_PASSWORD);
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
    void healthIsUpWithDatabase() throws Exception {
        HttpResponse<String> response = http.get("/api/health");
        assertEquals(200, response.statusCode(), response.body());
        JsonNode health = Http.json(response);
        assertEquals("UP", health.get("status").asText());
        assertEquals("UP", health.get("database").asText());
        assertTrue(health.get("bundles").get("active").asInt() >= 10, response.body());
    }

    @Test
    @Order(2)
    void errorsAreProblemJson() throws Exception {
        HttpResponse<String> notFound = http.get("/api/v1/no-such-thing");
        assertProblem(notFound, 404);

        HttpResponse<String> wrongMethod = http.as(adminToken).putJson("/api/v1/auth/token", "{}");
        assertProblem(wrongMethod, 405);
        assertTrue(wrongMethod.headers().firstValue("Allow").isPresent(), "405 names the allowed methods");

        HttpResponse<String> wrongType = http.post("/api/v1/auth/token", "text/plain", "admin".getBytes());
        assertProblem(wrongType, 415);

        HttpResponse<String> malformed = http.postJson("/api/v1/auth/token", "{\"username\": \"admin\",");
        assertProblem(malformed, 400);
        assertFalse(malformed.body().contains("at org."), "no stack trace in a response");

        HttpResponse<String> wrongShape = http.postJson("/api/v1/auth/token", "{\"username\": [1,2]}");
        assertProblem(wrongShape, 400);

        HttpResponse<String> badParameter = http.as(adminToken).get("/api/v1/users?page=abc");
        assertProblem(badParameter, 400);
        assertEquals("page", Http.json(badParameter).get("errors").get(0).get("field").asText());
        assertProblem(http.as(adminToken).get("/api/v1/users?page=%25zz"), 400);
    }

    @Test
    @Order(3)
    void tokensAuthenticateAndCanBeRevoked() throws Exception {
        assertProblem(http.get("/api/v1/users"), 401);
        assertProblem(http.postJson("/api/v1/auth/token", "{\"username\":\"admin\",\"password\":\"wrong-password\"}"), 401);
        assertProblem(http.as("not-a-token").get("/api/v1/auth/me"), 401);

        HttpResponse<String> me = http.as(adminToken).get("/api/v1/auth/me");
        assertEquals(200, me.statusCode(), me.body());
        assertEquals("admin", Http.json(me).get("username").asText());

        String second = http.token("admin", HromadaServer.ADMIN_PASSWORD);
        assertEquals(204, http.as(second).delete("/api/v1/auth/token").statusCode());
        assertProblem(http.as(second).get("/api/v1/auth/me"), 401);
        assertEquals(200, http.as(adminToken).get("/api/v1/auth/me").statusCode(), "other tokens stay valid");
    }

    @Test
    @Order(4)
    void rolesAreCheckedAndUsersAreValidated() throws Exception {
        HttpResponse<String> created = http.as(adminToken).postJson("/api/v1/users",
                "{\"username\":\"olena\",\"password\":\"author-Password-1\",\"displayName\":\"Олена\",\"roles\":[\"author\"]}");
        assertEquals(201, created.statusCode(), created.body());
        assertFalse(created.body().contains("hash"), "no password hash leaves the server");
        String author = http.token("olena", "author-Password-1");
        assertProblem(http.as(author).get("/api/v1/users"), 403);
        assertProblem(http.as(author).get("/api/v1/system/bundles"), 403);

        HttpResponse<String> invalid = http.as(adminToken).postJson("/api/v1/users",
                "{\"username\":\"x\",\"password\":\"short\",\"roles\":[\"pope\"]}");
        assertProblem(invalid, 422);
        JsonNode errors = Http.json(invalid).get("errors");
        assertNotNull(errors, invalid.body());
        assertTrue(errors.size() >= 2, invalid.body());
    }

    @Test
    @Order(5)
    void exampleBundleHotDeploysWithItsApiTableAndPage() throws Exception {
        Path deployed = server.home().resolve("deploy").resolve(EXAMPLE_JAR);
        assertProblem(http.get("/api/v1/examples"), 404);

        Files.copy(server.home().resolve("examples").resolve(EXAMPLE_JAR), deployed);
        awaitStatus("/api/v1/examples", 200, Duration.ofSeconds(20));
        assertTrue(http.get("/api/openapi.json").body().contains("/examples"), "OpenAPI shows the new resource");

        HttpResponse<String> note = http.as(adminToken).postJson("/api/v1/examples",
                "{\"title\":\"Сесія міської ради\",\"body\":\"Порядок денний\"}");
        assertEquals(201, note.statusCode(), note.body());
        long id = Http.json(note).get("id").asLong();

        HttpResponse<String> invalid = http.as(adminToken).postJson("/api/v1/examples", "{\"title\":\"  \"}");
        assertProblem(invalid, 422);
        assertEquals("title", Http.json(invalid).get("errors").get(0).get("field").asText());
        assertProblem(http.postJson("/api/v1/examples", "{\"title\":\"x\"}"), 401);

        HttpResponse<String> page = http.get("/examples/" + id);
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("Сесія міської ради"), page.body());
        assertTrue(http.get("/examples").body().contains("Сесія міської ради"));

        Files.delete(deployed);
        awaitStatus("/api/v1/examples", 404, Duration.ofSeconds(20));
        assertEquals(404, http.get("/examples/" + id).statusCode(), "the page goes with the bundle");
        assertFalse(http.get("/api/openapi.json").body().contains("/examples"));

        Files.copy(server.home().resolve("examples").resolve(EXAMPLE_JAR), deployed, StandardCopyOption.REPLACE_EXISTING);
        awaitStatus("/api/v1/examples/" + id, 200, Duration.ofSeconds(20));
        assertTrue(http.get("/api/v1/examples/" + id).body().contains("Сесія міської ради"), "data survives a redeploy");
    }

    @Test
    @Order(6)
    void bundlesApiListsInstallsAndRefuses() throws Exception {
        HttpResponse<String> list = http.as(adminToken).get("/api/v1/system/bundles");
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(list.body().contains("\"org.hromada.web\""), list.body());
        assertTrue(list.body().contains("ACTIVE"));

        HttpResponse<String> notABundle = http.as(adminToken).post("/api/v1/system/bundles", "application/java-archive",
                "this is not a jar".getBytes());
        assertProblem(notABundle, 422);
        assertProblem(http.as(adminToken).delete("/api/v1/system/bundles/org.hromada.web"), 409);
        assertProblem(http.as(adminToken).delete("/api/v1/system/bundles/no.such.bundle"), 404);

        HttpResponse<String> removed = http.as(adminToken).delete("/api/v1/system/bundles/org.hromada.example");
        assertEquals(204, removed.statusCode(), removed.body());
        awaitStatus("/api/v1/examples", 404, Duration.ofSeconds(20));
        HttpResponse<String> uploaded = http.as(adminToken).postFile("/api/v1/system/bundles", "application/java-archive",
                server.home().resolve("examples").resolve(EXAMPLE_JAR));
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        awaitStatus("/api/v1/examples", 200, Duration.ofSeconds(20));
        assertEquals(200, http.get("/api/health").statusCode(), "the server stays up");

        HttpResponse<String> unresolved = http.as(adminToken).post("/api/v1/system/bundles", "application/java-archive",
                TestBundles.withMissingImport("org.example.needy", "com.missing.api"));
        assertEquals(201, unresolved.statusCode(), unresolved.body());
        JsonNode entry = Http.json(unresolved);
        assertEquals("INSTALLED", entry.get("state").asText(), unresolved.body());
        assertTrue(entry.get("problems").toString().contains("com.missing.api"), "the missing package is named: " + entry);
        HttpResponse<String> health = http.get("/api/health");
        assertEquals(200, health.statusCode(), "a broken deployed bundle does not take the server down: " + health.body());
        assertTrue(health.body().contains("org.example.needy"), health.body());
        assertEquals(204, http.as(adminToken).delete("/api/v1/system/bundles/org.example.needy").statusCode());
    }

    @Test
    @Order(8)
    void aThemeOverridesABundleTemplateWithoutARestart() throws Exception {
        Path override = server.home().resolve("themes").resolve(HromadaServer.COUNCIL_THEME)
                .resolve("templates/example/list.ftl");
        Files.createDirectories(override.getParent());
        Files.writeString(override, "<#import \"/layout.ftl\" as layout><@layout.page title=\"x\">"
                + "<p class=\"council-override\">${total}</p></@layout.page>");
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            String body = "";
            while (System.nanoTime() < deadline && !body.contains("council-override")) {
                Thread.sleep(200);
                body = http.get("/examples").body();
            }
            assertTrue(body.contains("council-override"), "the theme's template wins: " + body);
        } finally {
            Files.delete(override);
        }
    }

    @Test
    @Order(7)
    void publicSiteIsThemedInUkrainianAndEnglish() throws Exception {
        HttpResponse<String> home = http.get("/");
        assertEquals(200, home.statusCode(), home.body());
        assertTrue(home.body().contains("<html lang=\"uk\""), home.body());
        HttpResponse<String> english = http.get("/en/");
        assertEquals(200, english.statusCode());
        assertTrue(english.body().contains("<html lang=\"en\""), english.body());

        assertEquals(200, http.rawGetStatus("/?q=%zz&page=%"), "a mistyped query still shows the page");
        assertEquals(400, http.rawGetStatus("/api/v1/examples?page=%"), "and is a 400 in the API");

        HttpResponse<String> missing = http.get("/no/such/%3Cscript%3Ealert(1)%3C/script%3E");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("<html lang=\"uk\""), "the 404 page is themed");
        assertFalse(missing.body().contains("<script>alert"), "the path is escaped");
        assertEquals(404, http.get("/en/no-such-page").statusCode());
        assertTrue(http.get("/en/no-such-page").body().contains("<html lang=\"en\""), "404 in the request's language");

        String css = home.body().replaceAll("(?s).*href=\"(/static/css/site\\.[0-9a-f]+\\.css)\".*", "$1");
        assertTrue(css.startsWith("/static/css/site."), "the layout links a fingerprinted stylesheet: " + css);
        HttpResponse<String> asset = http.get(css);
        assertEquals(200, asset.statusCode());
        assertTrue(asset.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
    }

    @Test
    @Order(100)
    void repeatedFailedLoginsAreThrottled() throws Exception {
        int last = 0;
        HttpResponse<String> response = null;
        for (int i = 0; i < 8 && last != 429; i++) {
            response = http.postJson("/api/v1/auth/token", "{\"username\":\"mallory\",\"password\":\"guess-" + i + "\"}");
            last = response.statusCode();
        }
        assertProblem(response, 429);
        assertTrue(response.headers().firstValue("Retry-After").isPresent(), "429 says when to retry");
    }

    void awaitStatus(String path, int status, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            last = http.get(path).statusCode();
            if (last == status) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(path + " answered " + last + ", not " + status + ", for " + timeout + "\n" + server.console());
    }

    static void assertProblem(HttpResponse<String> response, int status) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("")
                .split(";")[0], response.body());
        JsonNode problem = Http.json(response);
        assertEquals(status, problem.get("status").asInt());
        assertNotNull(problem.get("title"));
    }
}
