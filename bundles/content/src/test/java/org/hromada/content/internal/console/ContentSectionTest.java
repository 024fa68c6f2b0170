package org.hromada.content.internal.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hromada.content.internal.model.ContentType;
import org.hromada.content.internal.store.ContentStore;
import org.hromada.content.internal.web.ContentView;
import org.hromada.content.internal.web.ItemRequest;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.security.Channels;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;
import org.junit.jupiter.api.Test;

/** The section's answers over a store that keeps one item in memory. */
class ContentSectionTest {
    private static final Identity EDITOR = new Identity("olena", Set.of("editor"), Channels.CONSOLE);
    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    private ProblemException nextFailure;
    private ItemRequest lastUpdate;

    private final ContentView item = new ContentView(12, "news", "uk", "Ремонт", "remont", "Опис", "<p>Текст</p>",
            null, List.of(), false, "draft", null, null, null, "petro", NOW, NOW, 3, null, 0, null, null, null, null);

    private final ContentStore store = new ContentStore() {
        @Override
        public Optional<ContentView> find(ContentType type, long id, Identity who) {
            return id == 12 && type == ContentType.NEWS ? Optional.of(item) : Optional.empty();
        }

        @Override
        public ContentView update(ContentType type, long id, ItemRequest req, Identity who, Set<String> unset) {
            lastUpdate = req;
            if (nextFailure != null) {
                throw nextFailure;
            }
            return item;
        }
    };

    private final ContentSection section;

    ContentSectionTest() {
        ContentConsole services = new ContentConsole();
        services.store = store;
        section = new Sections.News(services);
    }

    private ConsoleResponse send(String method, String path, String... pairs) {
        Map<String, List<String>> params = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.put(pairs[i], List.of(pairs[i + 1]));
        }
        return section.handle(new ConsoleRequest(method, path, params, List.of(), EDITOR, Locale.forLanguageTag("uk"),
                "/console/news", "csrf"));
    }

    @Test
    void badPathsAreNotFound() {
        for (String path : List.of("/abc", "/0", "/-1", "/99999999999999999999", "/13", "/12/nothing", "/12/revisions/x",
                "/new/other")) {
            ConsoleResponse answer = send("GET", path);
            assertInstanceOf(ConsoleResponse.Problem.class, answer, path);
            assertEquals(404, ((ConsoleResponse.Problem) answer).status(), path);
        }
    }

    @Test
    void theEditorsScriptIsServed() {
        ConsoleResponse.Raw script = (ConsoleResponse.Raw) send("GET", "/editor.js");
        assertEquals("application/javascript;charset=UTF-8", script.contentType());
        assertTrue(new String(script.body(), java.nio.charset.StandardCharsets.UTF_8).contains("tinymce.init"));
    }

    @Test
    void theFormShowsTheSavedItem() {
        ConsoleResponse.Page page = (ConsoleResponse.Page) send("GET", "/12");
        assertEquals(200, page.status());
        assertEquals("console/content/edit.ftl", page.template());
        @SuppressWarnings("unchecked")
        Map<String, String> form = (Map<String, String>) page.model().get("form");
        assertEquals("Ремонт", form.get("title"));
        assertEquals("3", form.get("version"));
        assertEquals(List.of("submit", "publish", "schedule"), page.model().get("actions"));
    }

    @Test
    void aFormWithErrorsComesBackAt422WithWhatWasTyped() {
        ConsoleResponse.Page page = (ConsoleResponse.Page) send("POST", "/12", "title", "", "language", "uk",
                "summary", "Мій новий опис", "publishAt", "завтра", "version", "3");
        assertEquals(422, page.status());
        @SuppressWarnings("unchecked")
        Map<String, String> form = (Map<String, String>) page.model().get("form");
        assertEquals("Мій новий опис", form.get("summary"));
        assertEquals("завтра", form.get("publishAt"));
        @SuppressWarnings("unchecked")
        Map<String, String> errors = (Map<String, String>) page.model().get("errors");
        assertEquals(Set.of("title", "publishAt"), errors.keySet());
    }

    @Test
    void theStoresFieldErrorsComeBackOnTheForm() {
        nextFailure = ProblemException.invalid(List.of(new FieldError("coverId", "there is no media file with id 9")));
        ConsoleResponse.Page page = (ConsoleResponse.Page) send("POST", "/12", "title", "Новий", "language", "uk",
                "coverId", "9", "version", "3");
        assertEquals(422, page.status());
        assertEquals(Map.of("coverId", "content.error.store.coverId"), page.model().get("errors"));
        assertEquals(9L, lastUpdate.coverId());
    }

    @Test
    void aStaleSaveKeepsTheFormAndSaysWhy() {
        nextFailure = ProblemException.conflict("The item has changed since you loaded it: it is at version 4.");
        ConsoleResponse.Page page = (ConsoleResponse.Page) send("POST", "/12", "title", "Мій заголовок",
                "language", "uk", "version", "3");
        assertEquals(409, page.status());
        assertEquals("content.error.stale", page.model().get("problem"));
        @SuppressWarnings("unchecked")
        Map<String, String> form = (Map<String, String>) page.model().get("form");
        assertEquals("Мій заголовок", form.get("title"));
        assertEquals(3L, lastUpdate.version());
    }

    @Test
    void aGoodSaveRedirectsWithAFlash() {
        ConsoleResponse.Redirect redirect = (ConsoleResponse.Redirect) send("POST", "/12", "title", "Новий",
                "language", "uk", "version", "3");
        assertEquals("/console/news/12", redirect.location());
        assertEquals("content.flash.saved", redirect.flashKey());
    }

    @Test
    void withoutTheMediaLibraryThePickerSaysSo() {
        ConsoleResponse.Page page = (ConsoleResponse.Page) send("GET", "/media", "kind", "nonsense", "page", "x");
        assertEquals(Boolean.FALSE, page.model().get("available"));
        assertEquals("", page.model().get("kind"));
        assertEquals(1, page.model().get("page"));
    }

    @Test
    void withoutTheSiteThePreviewIsUnavailable() {
        ConsoleResponse.Problem problem = (ConsoleResponse.Problem) send("GET", "/12/preview");
        assertEquals(503, problem.status());
        assertEquals("content.preview.unavailable", problem.messageKey());
    }
}
