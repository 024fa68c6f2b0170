package org.hromada.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.console.ConsoleSection;
import org.hromada.platform.api.console.ConsoleWidget;
import org.hromada.platform.api.security.Channels;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.security.Session;
import org.hromada.platform.api.security.Sessions;
import org.hromada.platform.api.security.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

class ConsoleHandlerTest {
    static final String SID = "session-abc";
    static final String CSRF = "csrf-token-123";

    @TempDir
    Path dir;

    final SectionRegistry registry = new SectionRegistry();
    final FakeSessions sessions = new FakeSessions();
    final AtomicReference<Sessions> current = new AtomicReference<>(sessions);
    final List<ConsoleRequest> seen = new ArrayList<>();
    ConsoleHandler handler;
    Bundle bundle;

    static final class FakeSessions implements Sessions {
        final List<String> ended = new ArrayList<>();
        Set<String> roles = Set.of("editor");

        @Override
        public SignIn signIn(String username, String password, String clientAddress) {
            if ("slow".equals(username)) {
                return new SignIn.Throttled(Duration.ofSeconds(125));
            }
            if ("editor".equals(username) && "right".equals(password)) {
                return new SignIn.Success(session());
            }
            return new SignIn.Refused();
        }

        Session session() {
            return new Session(SID, new Identity("editor", roles, Channels.CONSOLE), CSRF, Instant.now(), Instant.now());
        }

        @Override
        public Optional<Session> resume(String sessionId) {
            return SID.equals(sessionId) && !ended.contains(sessionId) ? Optional.of(session()) : Optional.empty();
        }

        @Override
        public void end(String sessionId) {
            ended.add(sessionId);
        }
    }

    class TestSection implements ConsoleSection {
        @Override
        public String id() {
            return "news";
        }

        @Override
        public String menuKey() {
            return "news.menu";
        }

        @Override
        public Set<String> roles() {
            return Set.of("editor");
        }

        @Override
        public ConsoleResponse handle(ConsoleRequest request) {
            seen.add(request);
            return switch (request.path()) {
                case "/save" -> ConsoleResponse.redirect(request.sectionBase(), "news.saved");
                case "/broken" -> ConsoleResponse.page("news.title", "console/news/broken.ftl", Map.of());
                case "/throws" -> throw new IllegalStateException("boom");
                case "/json" -> new ConsoleResponse.Raw(200, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
                case "/gone" -> ConsoleResponse.notFound();
                default -> ConsoleResponse.page("news.title", "console/news/list.ftl",
                        Map.of("name", "<b>Київ</b>", "path", request.path()));
            };
        }
    }

    private final java.util.concurrent.atomic.AtomicInteger writes = new java.util.concurrent.atomic.AtomicInteger();

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(dir.resolve("console/news"));
        Files.writeString(dir.resolve("console/news/list.ftl"), """
                <#import "/hromada-console/ui.ftl" as ui>
                <h1>${msg("news.title")}</h1><p id="name">${name}</p><p id="path">${path}</p>
                <@ui.form action=console.sectionBase + "/save"><@ui.button label=msg("news.save")/></@ui.form>
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("console/news/broken.ftl"), "${missing.value}", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("console/messages_uk.properties"),
                "news.menu=Новини\nnews.title=Новини сайту\nnews.save=Зберегти\nnews.saved=Збережено!\n", StandardCharsets.UTF_8);
        bundle = FakeBundle.of(42, dir);
        registry.addSection(new TestSection(), bundle, 7);
        ClassLoader loader = getClass().getClassLoader();
        ConsoleMessages messages = new ConsoleMessages(loader::getResource);
        ConsoleTemplates templates = new ConsoleTemplates(new ConsoleTemplateLoader(loader::getResource, registry::bundle), messages);
        handler = new ConsoleHandler(registry, current::get, templates, messages, new Assets(loader::getResource, "s1"),
                new ConsoleServlet.Settings("", null, 1000, dir), writes::incrementAndGet);
    }

    FakeHttp.Resp run(FakeHttp.Req req) throws IOException {
        FakeHttp.Resp resp = new FakeHttp.Resp();
        handler.handle(req.build(), resp.build());
        return resp;
    }

    FakeHttp.Req signedIn(String method, String path) {
        return new FakeHttp.Req(method, path).cookie(Cookies.SESSION + "=" + SID);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws IOException {
        FakeHttp.Resp resp = run(new FakeHttp.Req("GET", "/console/sign-in"));
        assertEquals("no-store", resp.header("Cache-Control"));
        assertTrue(resp.header("Content-Security-Policy").contains("frame-ancestors 'self'"));
        assertEquals("nosniff", resp.header("X-Content-Type-Options"));
        assertEquals("same-origin", resp.header("Referrer-Policy"));
        assertEquals("SAMEORIGIN", resp.header("X-Frame-Options"));
    }

    @Test
    void consoleWithoutSlashRedirects() throws IOException {
        FakeHttp.Resp resp = run(new FakeHttp.Req("GET", "/console"));
        assertEquals(301, resp.status);
        assertEquals("/console/", resp.header("Location"));
    }

    @Test
    void withoutSessionGoesToSignInRememberingThePage() throws IOException {
        FakeHttp.Resp resp = run(new FakeHttp.Req("GET", "/console/news/12?x=1"));
        assertEquals(303, resp.status);
        assertEquals("/console/sign-in?next=%2Fconsole%2Fnews%2F12%3Fx%3D1", resp.header("Location"));
        assertTrue(seen.isEmpty());
    }

    @Test
    void htmxWithoutSessionGets401AndHxRedirect() throws IOException {
        FakeHttp.Resp resp = run(new FakeHttp.Req("GET", "/console/news").header("HX-Request", "true"));
        assertEquals(401, resp.status);
        assertTrue(resp.header("HX-Redirect").startsWith("/console/sign-in"));
    }

    @Test
    void withoutSessionsServiceAnswers503() throws IOException {
        current.set(null);
        FakeHttp.Resp resp = run(signedIn("GET", "/console/"));
        assertEquals(503, resp.status);
        assertTrue(resp.text().contains("<html lang=\"uk\">"), resp.text());
    }

    @Test
    void signInFormSetsThePreSessionCsrfCookieAndField() throws IOException {
        FakeHttp.Resp resp = run(new FakeHttp.Req("GET", "/console/sign-in?next=/console/news"));
        assertEquals(200, resp.status);
        String cookie = resp.cookie(Cookies.SIGN_IN_CSRF);
        assertNotNull(cookie);
        assertTrue(cookie.contains("SameSite=Strict") && cookie.contains("HttpOnly"), cookie);
        String token = cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
        assertTrue(resp.text().contains("name=\"_csrf\" value=\"" + token + "\""), resp.text());
        assertTrue(resp.text().contains("value=\"/console/news\""));
    }

    @Test
    void signInSuccessSetsSessionCookieAndGoesBack() throws IOException {
        FakeHttp.Resp resp = run(new FakeHttp.Req("POST", "/console/sign-in").cookie(Cookies.SIGN_IN_CSRF + "=tok")
                .param("_csrf", "tok").param("username", "editor").param("password", "right")
                .param("next", "/console/news"));
        assertEquals(303, resp.status);
        assertEquals("/console/news", resp.header("Location"));
        String cookie = resp.cookie(Cookies.SESSION);
        assertEquals("hromada_session=" + SID + "; Path=/console; HttpOnly; SameSite=Lax", cookie);
    }

    @Test
    void signInOverHttpsMarksTheCookieSecure() throws IOException {
        FakeHttp.Req req = new FakeHttp.Req("POST", "/console/sign-in").cookie(Cookies.SIGN_IN_CSRF + "=tok")
                .param("_csrf", "tok").param("username", "editor").param("password", "right");
        req.secure = true;
        FakeHttp.Resp resp = run(req);
        assertTrue(resp.cookie(Cookies.SESSION).endsWith("; Secure"));
    }

    @Test
    void signInNeverRedirectsAway() throws IOException {
        FakeHttp.Resp resp = run(new FakeHttp.Req("POST", "/console/sign-in").cookie(Cookies.SIGN_IN_CSRF + "=tok")
                .param("_csrf", "tok").param("username", "editor").param("password", "right")
                .param("next", "https://evil.example/console/"));
        assertEquals("/console/", resp.header("Location"));
    }

    @Test
    void signInWithoutTheCsrfCookieIsRefused() throws IOException {
        FakeHttp.Resp resp = run(new FakeHttp.Req("POST", "/console/sign-in").param("_csrf", "tok")
                .param("username", "editor").param("password", "right"));
        assertEquals(403, resp.status);
        assertNull(resp.cookie(Cookies.SESSION));
    }

    @Test
    void signInFromAnotherOriginIsRefused() throws IOException {
        FakeHttp.Resp resp = run(new FakeHttp.Req("POST", "/console/sign-in").cookie(Cookies.SIGN_IN_CSRF + "=tok")
                .header("Origin", "https://evil.example").param("_csrf", "tok")
                .param("username", "editor").param("password", "right"));
        assertEquals(403, resp.status);
        assertNull(resp.cookie(Cookies.SESSION));
    }

    @Test
    void wrongPasswordShowsTheFormAgainWithTheUsername() throws IOException {
        FakeHttp.Resp resp = run(new FakeHttp.Req("POST", "/console/sign-in").cookie(Cookies.SIGN_IN_CSRF + "=tok")
                .param("_csrf", "tok").param("username", "editor<x>").param("password", "wrong"));
        assertEquals(401, resp.status);
        assertTrue(resp.text().contains("value=\"editor&lt;x&gt;\""), resp.text());
        assertTrue(resp.text().contains("Неправильне ім’я користувача або пароль."));
    }

    @Test
    void throttledSignInAnswers429WithRetryAfter() throws IOException {
        FakeHttp.Resp resp = run(new FakeHttp.Req("POST", "/console/sign-in").cookie(Cookies.SIGN_IN_CSRF + "=tok")
                .param("_csrf", "tok").param("username", "slow").param("password", "x"));
        assertEquals(429, resp.status);
        assertEquals("125", resp.header("Retry-After"));
        assertTrue(resp.text().contains("через 3 хв"), resp.text());
    }

    @Test
    void dashboardGreetsAndSaysNothingNeedsAttention() throws IOException {
        FakeHttp.Resp resp = run(signedIn("GET", "/console/"));
        assertEquals(200, resp.status);
        String html = resp.text();
        assertTrue(html.contains("Вітаємо, editor!"), html);
        assertTrue(html.contains("Наразі ніщо не потребує вашої уваги."));
        assertTrue(html.contains("<meta name=\"csrf-token\" content=\"" + CSRF + "\">"));
        assertTrue(html.contains("<a href=\"/console/news/\">Новини</a>"), html);
    }

    @Test
    void aThrowingWidgetIsSkippedAndTheOthersShown() throws IOException {
        registry.addWidget(widget("bad", () -> {
            throw new IllegalStateException("broken widget");
        }), bundle, 8);
        Files.writeString(dir.resolve("console/news/widget.ftl"), "<p>${count} нових</p>");
        registry.addWidget(widget("good", () -> Optional.of(ConsoleResponse.page("news.title", "console/news/widget.ftl",
                Map.of("count", 3)))), bundle, 9);
        String html = run(signedIn("GET", "/console/")).text();
        assertTrue(html.contains("<section class=\"widget\" id=\"w-good\" aria-labelledby=\"w-good-h\">"), html);
        assertTrue(html.contains("<h2 id=\"w-good-h\">Новини сайту</h2>"));
        assertTrue(html.contains("<p>3 нових</p>"));
        assertFalse(html.contains("w-bad"));
    }

    interface Render {
        Optional<ConsoleResponse.Page> render();
    }

    static ConsoleWidget widget(String id, Render render) {
        return new ConsoleWidget() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Set<String> roles() {
                return Set.of();
            }

            @Override
            public Optional<ConsoleResponse.Page> render(ConsoleRequest request) {
                return render.render();
            }
        };
    }

    @Test
    void sectionPageIsRenderedEscapedInTheLayoutWithMenuMarked() throws IOException {
        FakeHttp.Resp resp = run(signedIn("GET", "/console/news/12/edit"));
        assertEquals(200, resp.status);
        String html = resp.text();
        assertTrue(html.contains("<p id=\"name\">&lt;b&gt;Київ&lt;/b&gt;</p>"), html);
        assertTrue(html.contains("<p id=\"path\">/12/edit</p>"));
        assertTrue(html.contains("<a href=\"/console/news/\" aria-current=\"page\">Новини</a>"), html);
        assertTrue(html.contains("<title>Новини сайту — Громада</title>"), html);
        assertTrue(html.contains("action=\"/console/news/save\""));
        ConsoleRequest req = seen.get(0);
        assertEquals("/console/news", req.sectionBase());
        assertEquals(Channels.CONSOLE, req.identity().channel());
    }

    @Test
    void htmxRequestGetsTheFragmentOnly() throws IOException {
        String html = run(signedIn("GET", "/console/news").header("HX-Request", "true")).text();
        assertFalse(html.contains("<html"));
        assertTrue(html.contains("<p id=\"path\"></p>"), html);
        String boosted = run(signedIn("GET", "/console/news").header("HX-Request", "true").header("HX-Boosted", "true")).text();
        assertTrue(boosted.contains("<html"));
    }

    @Test
    void postWithoutCsrfTokenNeverReachesTheSection() throws IOException {
        FakeHttp.Resp resp = run(signedIn("POST", "/console/news/save"));
        assertEquals(403, resp.status);
        assertTrue(seen.isEmpty());
        resp = run(signedIn("POST", "/console/news/save").param("_csrf", "wrong"));
        assertEquals(403, resp.status);
        assertTrue(seen.isEmpty());
    }

    @Test
    void postFromAnotherOriginIsRefusedEvenWithTheToken() throws IOException {
        FakeHttp.Resp resp = run(signedIn("POST", "/console/news/save").param("_csrf", CSRF)
                .header("Origin", "http://evil.example"));
        assertEquals(403, resp.status);
        assertTrue(seen.isEmpty());
        assertEquals(0, writes.get(), "a refused post purges nothing");
    }

    @Test
    void postWithTokenRedirectsWithAFlashShownOnce() throws IOException {
        FakeHttp.Resp resp = run(signedIn("POST", "/console/news/save").param("_csrf", CSRF)
                .header("Origin", "http://localhost:8199"));
        assertEquals(303, resp.status);
        assertEquals("/console/news", resp.header("Location"));
        String flash = resp.cookie(Cookies.FLASH);
        assertTrue(flash.startsWith("hromada_flash=news|news.saved;"), flash);
        assertFalse(seen.get(0).params().containsKey("_csrf"));
        assertEquals(1, writes.get(), "a successful write purges the public caches");

        FakeHttp.Resp next = run(signedIn("GET", "/console/news").cookie("hromada_flash=news|news.saved"));
        assertTrue(next.text().contains("<div class=\"flash\" role=\"status\"><p>Збережено!</p></div>"), next.text());
        assertTrue(next.cookie(Cookies.FLASH).contains("Max-Age=0"));
    }

    @Test
    void htmxHeaderTokenIsAccepted() throws IOException {
        FakeHttp.Resp resp = run(signedIn("POST", "/console/news/save").header("X-CSRF-Token", CSRF)
                .header("HX-Request", "true"));
        assertEquals(200, resp.status);
        assertEquals("/console/news", resp.header("HX-Redirect"));
    }

    @Test
    void brokenSectionTemplateOrExceptionGivesFriendly500WithReference() throws IOException {
        for (String path : List.of("/console/news/broken", "/console/news/throws")) {
            FakeHttp.Resp resp = run(signedIn("GET", path));
            assertEquals(500, resp.status, path);
            String html = resp.text();
            assertTrue(html.contains("Номер помилки:"), html);
            assertFalse(html.contains("Exception") || html.contains("missing.value") || html.contains("boom"), html);
        }
    }

    @Test
    void unknownSectionIs404AndForbiddenRoleIs403() throws IOException {
        assertEquals(404, run(signedIn("GET", "/console/nothing")).status);
        assertEquals(404, run(signedIn("GET", "/console/news/gone")).status);
        seen.clear();
        sessions.roles = Set.of("author");
        FakeHttp.Resp resp = run(signedIn("GET", "/console/news"));
        assertEquals(403, resp.status);
        assertTrue(seen.isEmpty());
        assertFalse(resp.text().contains("/console/news/\""), "no menu entry for a section the user may not see");
    }

    @Test
    void rawAnswerIsSentAsIs() throws IOException {
        FakeHttp.Resp resp = run(signedIn("GET", "/console/news/json"));
        assertEquals("application/json", resp.contentType);
        assertEquals("{}", resp.text());
    }

    @Test
    void signOutEndsTheSessionAndExpiresTheCookie() throws IOException {
        assertEquals(403, run(signedIn("POST", "/console/sign-out")).status);
        assertTrue(sessions.ended.isEmpty());
        FakeHttp.Resp resp = run(signedIn("POST", "/console/sign-out").param("_csrf", CSRF));
        assertEquals(303, resp.status);
        assertEquals("/console/sign-in", resp.header("Location"));
        assertEquals(List.of(SID), sessions.ended);
        assertTrue(resp.cookie(Cookies.SESSION).contains("Max-Age=0"));
        assertTrue(resp.cookie(Cookies.FLASH).startsWith("hromada_flash=console|console.signOut.done;"));
    }

    @Test
    void languageSwitchRemembersTheChoice() throws IOException {
        FakeHttp.Resp resp = run(new FakeHttp.Req("GET", "/console/lang?to=en&back=/console/news"));
        assertEquals(303, resp.status);
        assertEquals("/console/news", resp.header("Location"));
        assertTrue(resp.cookie(Cookies.LANG).startsWith("hromada_console_lang=en;"));
        String html = run(new FakeHttp.Req("GET", "/console/sign-in").cookie("hromada_console_lang=en")).text();
        assertTrue(html.contains("<html lang=\"en\">"));
        assertTrue(html.contains("Sign in to the console"));
    }

    @Test
    void multipartFilesReachTheSectionAndAreDeletedAfterwards() throws IOException {
        String boundary = "XyZ";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + CSRF + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nЗвіт\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"C:\\docs\\a.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nhello\r\n--" + boundary + "--\r\n";
        FakeHttp.Req req = signedIn("POST", "/console/news/upload");
        req.contentType = "multipart/form-data; boundary=" + boundary;
        req.body = body.getBytes(StandardCharsets.UTF_8);
        Map<String, Object> check = new HashMap<>();
        registry.removeSection(7);
        registry.addSection(new TestSection() {
            @Override
            public ConsoleResponse handle(ConsoleRequest request) {
                var file = request.file("file").orElseThrow();
                check.put("exists", Files.exists(file.path()));
                check.put("name", file.filename());
                check.put("size", file.size());
                check.put("title", request.param("title").orElse(""));
                check.put("path", file.path());
                return ConsoleResponse.redirect("/console/news", null);
            }
        }, bundle, 7);
        FakeHttp.Resp resp = run(req);
        assertEquals(303, resp.status);
        assertEquals(true, check.get("exists"));
        assertEquals("a.txt", check.get("name"));
        assertEquals(5L, check.get("size"));
        assertEquals("Звіт", check.get("title"));
        assertFalse(Files.exists((Path) check.get("path")), "temp file deleted after the request");
    }

    @Test
    void uploadOverTheLimitIs413() throws IOException {
        String boundary = "XyZ";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.bin\"\r\n\r\n"
                + "x".repeat(5000) + "\r\n--" + boundary + "--\r\n";
        FakeHttp.Req req = signedIn("POST", "/console/news/upload").header("X-CSRF-Token", CSRF);
        req.contentType = "multipart/form-data; boundary=" + boundary;
        req.body = body.getBytes(StandardCharsets.UTF_8);
        FakeHttp.Resp resp = run(req);
        assertEquals(413, resp.status);
        assertTrue(seen.isEmpty());
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith("console-")));
        }
    }

    @Test
    void assetsAreServedWithLongCachingWithoutSession() throws IOException {
        FakeHttp.Resp css = run(new FakeHttp.Req("GET", "/console/assets/s1/console.css"));
        assertEquals(200, css.status);
        assertEquals(Assets.LONG_CACHE, css.header("Cache-Control"));
        assertTrue(css.contentType.startsWith("text/css"));
        FakeHttp.Resp i18n = run(new FakeHttp.Req("GET", "/console/assets/s1/tinymce-i18n.js?lang=uk"));
        assertTrue(i18n.text().startsWith("tinymce.addI18n('uk', {"), i18n.text());
        assertTrue(i18n.text().contains("\"Bold\": \"Жирний\""));
        assertEquals(404, run(new FakeHttp.Req("GET", "/console/assets/s1/../../etc/passwd")).status);
    }

    @Test
    void urlEncodedFormsAreReadWithTheUploadLimitNotTheServers() throws IOException {
        FakeHttp.Req req = signedIn("POST", "/console/news/edit?id=5");
        req.contentType = "application/x-www-form-urlencoded";
        req.body = ("_csrf=" + CSRF + "&body=%D0%9A%D0%B8%D1%97%D0%B2+%26+%D0%9B%D1%8C%D0%B2%D1%96%D0%B2&tag=a&tag=b")
                .getBytes(StandardCharsets.US_ASCII);
        FakeHttp.Resp resp = run(req);
        assertEquals(200, resp.status, resp.text());
        ConsoleRequest seenReq = seen.get(0);
        assertEquals("Київ & Львів", seenReq.param("body").orElseThrow());
        assertEquals(List.of("a", "b"), seenReq.params("tag"));
        assertEquals("5", seenReq.param("id").orElseThrow());

        FakeHttp.Req big = signedIn("POST", "/console/news/edit");
        big.contentType = "application/x-www-form-urlencoded";
        big.body = ("_csrf=" + CSRF + "&body=" + "x".repeat(2000)).getBytes(StandardCharsets.US_ASCII);
        assertEquals(413, run(big).status);
        assertEquals(1, seen.size());
    }

    @Test
    void aStaleSessionCookieIsExpired() throws IOException {
        FakeHttp.Resp resp = run(new FakeHttp.Req("GET", "/console/").cookie(Cookies.SESSION + "=old"));
        assertEquals(303, resp.status);
        assertTrue(resp.cookie(Cookies.SESSION).contains("Max-Age=0"));
    }
}
