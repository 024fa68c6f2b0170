package org.hromada.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The console's security rules against the real server: session cookies, CSRF, sign-out, throttling,
 * sessions kept in the database, the audit log of console writes, and a bundle's section coming and
 * going with the bundle. The example bundle is deployed, so its notes section is there to post to.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ConsoleContract {
    static final String EDITOR = "olena";
    static final String EDITOR_PASSWORD = "olena-Password-1";
    HromadaServer server;
    Http http;
    String admin;

    abstract String databaseUrl() throws Exception;

    void dropDatabase() throws Exception {
    }

    @BeforeAll
    void boot() throws Exception {
        server = HromadaServer.create(databaseUrl());
        Files.copy(server.home().resolve("examples").resolve(PlatformContract.EXAMPLE_JAR), deployedExample());
        server.start();
        http = new Http(server);
        admin = http.token("admin", HromadaServer.ADMIN_PASSWORD);
        HttpResponse<String> created = http.as(admin).postJson("/api/v1/users", "{\"username\":\"" + EDITOR
                + "\",\"password\":\"" + EDITOR_PASSWORD + "\",\"roles\":[\"editor\"]}");
        assertEquals(201, created.statusCode(), created.body());
        awaitStatus("/api/v1/examples", 200);
    }

    @AfterAll
    void shutDown() throws Exception {
        if (server != null) {
            server.close();
        }
        dropDatabase();
    }

    @Test
    @Order(1)
    void everyConsolePageNeedsASignIn() throws Exception {
        ConsoleClient anonymous = new ConsoleClient(server);
        for (String path : List.of("/console/", "/console/examples", "/console/account")) {
            HttpResponse<String> answer = anonymous.get(path);
            assertTrue(answer.statusCode() == 302 || answer.statusCode() == 303, path + ": " + answer.statusCode());
            assertTrue(answer.headers().firstValue("Location").orElse("").contains("/console/sign-in"), path);
        }
        HttpResponse<String> form = anonymous.get("/console/sign-in");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("<html lang=\"uk\""), "the console speaks Ukrainian first");
        assertTrue(form.body().contains("name=\"password\""));
    }

    @Test
    @Order(2)
    void signingInSetsAHardenedSessionCookieAndOpensTheDashboard() throws Exception {
        ConsoleClient console = new ConsoleClient(server);
        HttpResponse<String> signedIn = console.signIn(EDITOR, EDITOR_PASSWORD);
        assertEquals(303, signedIn.statusCode(), signedIn.body());
        String cookie = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("hromada_session=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax") || cookie.toLowerCase().contains("samesite=strict"), cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP here, so not Secure: " + cookie);

        HttpResponse<String> dashboard = console.get("/console/");
        assertEquals(200, dashboard.statusCode(), dashboard.body());
        assertTrue(dashboard.body().contains(EDITOR), "the dashboard names the user");
        assertEquals("no-store", dashboard.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(dashboard.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors"));
        assertTrue(dashboard.body().contains("/console/examples"), "the example bundle's section is in the menu");
        assertFalse(dashboard.body().contains("href=\"/console/users\""), "an editor does not see user admin");
        assertEquals(403, console.get("/console/users").statusCode(), "nor can open it");
    }

    @Test
    @Order(3)
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() throws Exception {
        HttpResponse<String> wrong = new ConsoleClient(server).signIn(EDITOR, "not-the-password-1");
        HttpResponse<String> unknown = new ConsoleClient(server).signIn("nobody-here", "not-the-password-1");
        assertEquals(wrong.statusCode(), unknown.statusCode());
        assertNotEquals(303, wrong.statusCode(), "no session for a wrong password");
        assertFalse(wrong.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("hromada_session=")
                && !c.startsWith("hromada_session=;")), "no session cookie");
        assertEquals(strip(wrong.body(), EDITOR), strip(unknown.body(), "nobody-here"), "the page does not tell which was wrong");
    }

    @Test
    @Order(4)
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        ConsoleClient console = new ConsoleClient(server);
        assertEquals(303, console.signIn(EDITOR, EDITOR_PASSWORD).statusCode());

        HttpResponse<String> forged = console.postRaw("/console/examples", Map.of("title", "Підроблена нотатка"));
        assertEquals(403, forged.statusCode(), forged.body());
        HttpResponse<String> wrongToken = console.postRaw("/console/examples",
                Map.of("title", "Підроблена нотатка", "_csrf", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        assertEquals(403, wrongToken.statusCode());
        assertFalse(http.get("/api/v1/examples?size=100").body().contains("Підроблена нотатка"), "nothing was written");

        HttpResponse<String> real = console.submit("/console/examples", "/console/examples",
                Map.of("title", "Справжня нотатка", "body", "з консолі"));
        assertEquals(303, real.statusCode(), real.body());
        assertTrue(http.get("/api/v1/examples?size=100").body().contains("Справжня нотатка"));

        HttpResponse<String> invalid = console.submit("/console/examples", "/console/examples",
                Map.of("title", " ", "body", "Текст, який не можна загубити"));
        assertEquals(422, invalid.statusCode());
        assertTrue(invalid.body().contains("Текст, який не можна загубити"), "what was typed comes back");
    }

    @Test
    @Order(5)
    void consoleWritesAreInTheAuditLogForAdminsOnly() throws Exception {
        HttpResponse<String> log = http.as(admin).get("/api/v1/audit?entityType=note");
        assertEquals(200, log.statusCode(), log.body());
        JsonNode entry = Http.json(log).get("items").get(0);
        assertEquals(EDITOR, entry.get("actor").asText());
        assertEquals("console", entry.get("channel").asText());
        assertEquals("note.create", entry.get("action").asText());
        assertEquals("Справжня нотатка", entry.get("summary").asText());

        String editorToken = http.token(EDITOR, EDITOR_PASSWORD);
        assertEquals(403, http.as(editorToken).get("/api/v1/audit").statusCode());
        assertEquals(401, http.get("/api/v1/audit").statusCode());
        long id = entry.get("id").asLong();
        assertEquals(405, http.as(admin).delete("/api/v1/audit/" + id).statusCode(), "append-only");
        assertEquals(405, http.as(admin).putJson("/api/v1/audit/" + id, "{}").statusCode(), "append-only");
    }

    @Test
    @Order(6)
    void signingOutEndsTheSessionOnTheServer() throws Exception {
        ConsoleClient console = new ConsoleClient(server);
        assertEquals(303, console.signIn(EDITOR, EDITOR_PASSWORD).statusCode());
        String stolen = console.cookie("hromada_session").orElseThrow().getValue();

        HttpResponse<String> out = console.submit("/console/", "/console/sign-out", Map.of());
        assertEquals(303, out.statusCode(), out.body());
        assertTrue(redirectedToSignIn(withCookie(stolen)), "the old cookie opens nothing");
    }

    @Test
    @Order(7)
    void sessionsLiveInTheDatabaseAndSurviveARestart() throws Exception {
        ConsoleClient console = new ConsoleClient(server);
        assertEquals(303, console.signIn(EDITOR, EDITOR_PASSWORD).statusCode());
        server.stop();
        server.start();
        HttpResponse<String> dashboard = console.get("/console/");
        assertEquals(200, dashboard.statusCode(), "any node (here: the restarted one) knows the session");
        admin = http.token("admin", HromadaServer.ADMIN_PASSWORD);
    }

    @Test
    @Order(8)
    void aBundlesSectionComesAndGoesWithTheBundle() throws Exception {
        ConsoleClient console = new ConsoleClient(server);
        assertEquals(303, console.signIn(EDITOR, EDITOR_PASSWORD).statusCode());
        assertEquals(200, console.get("/console/examples").statusCode());

        Files.delete(deployedExample());
        awaitStatus("/api/v1/examples", 404);
        assertEquals(404, console.get("/console/examples").statusCode());
        assertFalse(console.get("/console/").body().contains("/console/examples"), "gone from the menu");

        Files.copy(server.home().resolve("examples").resolve(PlatformContract.EXAMPLE_JAR), deployedExample(),
                StandardCopyOption.REPLACE_EXISTING);
        awaitStatus("/api/v1/examples", 200);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (console.get("/console/examples").statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(console.get("/console/").body().contains("/console/examples"), "back in the menu");
    }

    @Test
    @Order(9)
    void changingYourPasswordEndsYourOtherSessionsButNotThisOne() throws Exception {
        ConsoleClient here = new ConsoleClient(server);
        ConsoleClient elsewhere = new ConsoleClient(server);
        assertEquals(303, here.signIn(EDITOR, EDITOR_PASSWORD).statusCode());
        assertEquals(303, elsewhere.signIn(EDITOR, EDITOR_PASSWORD).statusCode());

        String newPassword = "olena-New-Password-2";
        HttpResponse<String> changed = here.submit("/console/account", "/console/account/password",
                Map.of("current", EDITOR_PASSWORD, "password", newPassword, "repeat", newPassword));
        assertEquals(303, changed.statusCode(), changed.body());
        assertEquals(200, here.get("/console/").statusCode(), "the session that changed it goes on");
        assertTrue(redirectedToSignIn(elsewhere), "the other session has ended");
        assertEquals(303, new ConsoleClient(server).signIn(EDITOR, newPassword).statusCode());

        HttpResponse<String> back = here.submit("/console/account", "/console/account/password",
                Map.of("current", newPassword, "password", EDITOR_PASSWORD, "repeat", EDITOR_PASSWORD));
        assertEquals(303, back.statusCode(), "the password is put back for the tests after this one");
    }

    @Test
    @Order(10)
    void anAdminUninstallsAndInstallsABundleOnTheBundlesPage() throws Exception {
        ConsoleClient editor = new ConsoleClient(server);
        assertEquals(303, editor.signIn(EDITOR, EDITOR_PASSWORD).statusCode());
        assertEquals(403, editor.get("/console/bundles").statusCode(), "editors do not manage bundles");

        ConsoleClient console = new ConsoleClient(server);
        assertEquals(303, console.signIn("admin", HromadaServer.ADMIN_PASSWORD).statusCode());
        HttpResponse<String> list = console.get("/console/bundles");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("org.hromada.example"), "the example bundle is listed");

        String page = "/console/bundles/org.hromada.example/uninstall";
        HttpResponse<String> removed = console.submit(page, page, Map.of());
        assertEquals(303, removed.statusCode(), removed.body());
        awaitStatus("/api/v1/examples", 404);
        assertFalse(Files.exists(deployedExample()), "its file left the deploy folder");

        HttpResponse<String> refused = console.upload("/console/bundles/install", "/console/bundles/install", "file",
                Files.writeString(Files.createTempFile("not-a-bundle", ".jar"), "not a jar"));
        assertEquals(422, refused.statusCode(), "a file that is not a bundle is refused in words");

        HttpResponse<String> installed = console.upload("/console/bundles/install", "/console/bundles/install", "file",
                server.home().resolve("examples").resolve(PlatformContract.EXAMPLE_JAR));
        assertEquals(303, installed.statusCode(), installed.body());
        awaitStatus("/api/v1/examples", 200);

        JsonNode entry = Http.json(http.as(admin).get("/api/v1/audit?entityType=bundle&channel=console"))
                .get("items").get(0);
        assertEquals("bundle.install", entry.get("action").asText());
        assertEquals("admin", entry.get("actor").asText());
    }

    /** Last: it leaves the address with failures on record. */
    @Test
    @Order(100)
    void repeatedFailuresAreThrottledEvenForTheRightPassword() throws Exception {
        HttpResponse<String> last = null;
        for (int i = 0; i < 6; i++) {
            last = new ConsoleClient(server).signIn(EDITOR, "wrong-password-" + i);
        }
        HttpResponse<String> right = new ConsoleClient(server).signIn(EDITOR, EDITOR_PASSWORD);
        assertEquals(429, right.statusCode(), right.body());
        assertTrue(right.headers().firstValue("Retry-After").isPresent());
        assertEquals(429, last.statusCode());
    }

    private boolean redirectedToSignIn(ConsoleClient console) throws Exception {
        HttpResponse<String> answer = console.get("/console/");
        return answer.statusCode() / 100 == 3
                && answer.headers().firstValue("Location").orElse("").contains("/console/sign-in");
    }

    private ConsoleClient withCookie(String sessionId) {
        ConsoleClient other = new ConsoleClient(server);
        other.setCookie("hromada_session", sessionId);
        return other;
    }

    private static String strip(String html, String username) {
        return html.replace(username, "").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "")
                .replaceAll("<meta name=\"csrf-token\" content=\"[^\"]*\"", "");
    }

    private Path deployedExample() {
        return server.home().resolve("deploy").resolve(PlatformContract.EXAMPLE_JAR);
    }

    private void awaitStatus(String path, int status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            last = http.get(path).statusCode();
            if (last == status) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(path + " still answers " + last + ", not " + status);
    }
}
