package org.hromada.site.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hromada.platform.api.site.FormAnswer;
import org.hromada.platform.api.site.FormSubmission;
import org.hromada.platform.api.site.SiteFeed;
import org.hromada.platform.api.site.SiteForm;
import org.hromada.platform.api.site.SiteRoute;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POSTs to the site: only to a form, from this site, url-encoded, small; the answer rendered as a page. */
class FormPostsTest {
    private static final String CLIENT = "192.0.2.7";

    record Form(String pattern, Function<FormSubmission, FormAnswer> answer) implements SiteForm {
        @Override
        public FormAnswer submit(FormSubmission submission) {
            return answer.apply(submission);
        }
    }

    @TempDir
    Path themes;
    private final List<FormSubmission> received = new ArrayList<>();
    private final RouteTable<SiteForm> forms = new RouteTable<>(SiteForm::pattern);
    private final PageCache cache = new PageCache();
    private SiteHandler handler;

    @BeforeEach
    void setUp() throws IOException {
        copy(SiteHandlerTest.THEMES.resolve("default"), themes.resolve("default"));
        Files.writeString(themes.resolve("default/templates/answer.ftl"), """
                <#import "/layout.ftl" as layout>
                <@layout.page title="Answer"><p id="said">${said}</p><p id="lang">${lang}</p></@layout.page>
                """);
        forms.add(new Form("/ask/{topic}", submission -> {
            received.add(submission);
            String said = submission.field("text");
            return said.isEmpty() ? FormAnswer.of(422, "answer.ftl", Map.of("said", "empty"))
                    : FormAnswer.of(200, "answer.ftl", Map.of("said", said));
        }), 0, 1);
        forms.add(new Form("/busy", submission -> FormAnswer.of(429, "answer.ftl", Map.of("said", "wait"))
                .retryAfter(120)), 0, 2);
        forms.add(new Form("/broken", submission -> {
            throw new IllegalStateException("a bug in the form");
        }), 0, 3);
        RouteTable<SiteRoute> routes = new RouteTable<>(SiteRoute::pattern);
        routes.add(new HomeRoute(), -1000, 10);
        handler = SiteHandlerTest.handler(themes, new SiteSources(routes, new RouteTable<>(SiteFeed::pattern),
                List::of, forms), null, cache);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static PostBody form(String origin, String body) {
        return new PostBody("application/x-www-form-urlencoded; charset=UTF-8", origin, CLIENT,
                body.getBytes(StandardCharsets.UTF_8), false);
    }

    private SiteResponse post(String path, PostBody body) {
        return handler.handle(SiteRequest.post(path, body));
    }

    @Test
    void theFormGetsDecodedFieldsPathParamsAddressAndLanguage() {
        SiteResponse response = post("/en/ask/%D0%B2%D0%BE%D0%B4%D0%B0", form(null, "text=%D0%9F%D1%80%D0%B8%D0%B2%D1%96%D1%82+%D1%81%D0%B2%D1%96%D1%82&x=1&x=2"));
        assertEquals(200, response.status());
        assertEquals("no-store", response.header("Cache-Control"));
        assertEquals("en", response.header("Content-Language"));
        assertTrue(response.text().contains("<p id=\"said\">Привіт світ</p>"), response.text());
        assertTrue(response.text().contains("<html lang=\"en\">"));
        FormSubmission submission = received.get(0);
        assertEquals("/ask/вода", submission.path());
        assertEquals(Map.of("topic", "вода"), submission.pathParams());
        assertEquals(List.of("1", "2"), submission.fields().get("x"));
        assertEquals(CLIENT, submission.clientAddress());
        assertEquals("en", submission.language());
    }

    @Test
    void theAnswersStatusAndRetryAfterAreKeptAndItIsNeverStored() {
        SiteResponse invalid = post("/ask/x", form(SiteRequest.LOCAL_ORIGIN, "text="));
        assertEquals(422, invalid.status());
        assertTrue(invalid.text().contains("<p id=\"said\">empty</p>"));
        SiteResponse busy = post("/busy", form(null, ""));
        assertEquals(429, busy.status());
        assertEquals("120", busy.header("Retry-After"));
        assertEquals("no-store", busy.header("Cache-Control"));
    }

    @Test
    void aValueIsEscapedInThePage() {
        SiteResponse response = post("/ask/x", form(null, "text=%3Cscript%3Ealert(1)%3C%2Fscript%3E"));
        assertFalse(response.text().contains("<script>alert"), response.text());
        assertTrue(response.text().contains("&lt;script&gt;"));
    }

    @Test
    void aPostFromAnotherSiteIsRefused() {
        for (String origin : List.of("https://evil.example", "null", "http://localhost:8081")) {
            SiteResponse response = post("/ask/x", form(origin, "text=hi"));
            assertEquals(403, response.status(), origin);
            assertTrue(response.text().contains("Форму надіслано з іншого сайту"), response.text());
            assertEquals("no-store", response.header("Cache-Control"));
        }
        assertTrue(received.isEmpty());
        assertEquals(200, post("/ask/x", form("HTTP://LOCALHOST", "text=hi")).status());
    }

    @Test
    void aBodyOverTheLimitIsA413() {
        SiteResponse response = post("/en/ask/x", new PostBody(PostBody.FORM, null, CLIENT, new byte[0], true));
        assertEquals(413, response.status());
        assertTrue(response.text().contains("Too much text was sent"), response.text());
        assertTrue(received.isEmpty());
    }

    @Test
    void aBodyThatIsNotAFormIsA415() {
        SiteResponse response = post("/ask/x", new PostBody("application/json", null, CLIENT,
                "{\"text\":\"hi\"}".getBytes(StandardCharsets.UTF_8), false));
        assertEquals(415, response.status());
        assertTrue(received.isEmpty());
    }

    @Test
    void aPostWhereNoFormIsIsA405() {
        for (String path : List.of("/", "/en/", "/ask", "/nowhere", "/a%zz", "//evil.example")) {
            SiteResponse response = post(path, form(null, "text=hi"));
            assertEquals(405, response.status(), path);
            assertEquals("GET, HEAD", response.header("Allow"));
            assertTrue(response.text().contains("<h1>"), path);
        }
    }

    @Test
    void aBrokenFormIsA500WithAnIncidentOnly() {
        SiteResponse response = post("/broken", form(null, ""));
        assertEquals(500, response.status());
        assertFalse(response.text().contains("a bug in the form"));
        assertEquals("no-store", response.header("Cache-Control"));
    }

    @Test
    void getStillShowsPagesAndOtherMethodsAreRefused() {
        assertEquals(200, handler.handle(SiteRequest.get("/")).status());
        SiteResponse put = handler.handle(new SiteRequest("PUT", "/ask/x", null, Map.of(), null, null, false,
                SiteRequest.LOCAL_ORIGIN));
        assertEquals(405, put.status());
        assertNull(put.header("Retry-After"));
    }
}
