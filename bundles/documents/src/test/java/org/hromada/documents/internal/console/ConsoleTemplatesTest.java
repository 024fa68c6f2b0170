package org.hromada.documents.internal.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.console.ConsoleTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sections' real models through their real templates and the console's macro library (read from
 * the console module), in both languages: every page renders and every message it needs exists.
 */
class ConsoleTemplatesTest {
    private static final File CONSOLE_RESOURCES = new File("../console/src/main/resources");

    private final FakeConsole fake = new FakeConsole();
    private final Set<String> missing = new TreeSet<>();

    private String documents(String language, String method, String path, String... pairs) throws Exception {
        return render(language, new DocumentsSection(fake.services).handle(FakeConsole.request(method,
                "/console/documents", path, language, FakeConsole.params(pairs), List.of())));
    }

    private String sessions(String language, String method, String path, String... pairs) throws Exception {
        return render(language, new SessionsSection(fake.services).handle(FakeConsole.request(method,
                "/console/sessions", path, language, FakeConsole.params(pairs), List.of())));
    }

    private String render(String language, ConsoleResponse answer) throws Exception {
        assertTrue(answer instanceof ConsoleResponse.Page, String.valueOf(answer));
        ConsoleResponse.Page page = (ConsoleResponse.Page) answer;
        text(language, page.titleKey());
        return render(language, page.template(), page.model());
    }

    private String render(String language, String template, Map<String, Object> model) throws Exception {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(CONSOLE_RESOURCES),
                new FileTemplateLoader(new File("src/main/resources"))}));
        c.setOutputFormat(HTMLOutputFormat.INSTANCE);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setNumberFormat("computer");
        Map<String, Object> data = new HashMap<>(model);
        data.put("console", Map.of("user", "olena", "roles", List.of("editor"), "lang", language,
                "sectionBase", "/console/documents", "csrfToken", "TOKEN"));
        data.put("msg", (TemplateMethodModelEx) args -> text(language, args.get(0).toString(),
                args.subList(1, args.size()).stream().map(Object::toString).toArray()));
        data.put("consoleTime", (TemplateMethodModelEx) args -> args.get(0).toString());
        StringWriter out = new StringWriter();
        c.getTemplate(template).process(data, out);
        return out.toString();
    }

    /** A message as the console formats it ({0} replaced literally), noting keys neither bundle has. */
    private String text(String language, String key, Object... args) {
        String pattern = messages(language).getProperty(key);
        if (pattern == null) {
            if (!key.startsWith("console.")) {
                missing.add(key);
            }
            return key;
        }
        return ConsoleTexts.format(pattern, args);
    }

    private static Properties messages(String language) {
        Properties messages = new Properties();
        try (var in = ConsoleTemplatesTest.class.getResourceAsStream("/console/messages_" + language + ".properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return messages;
    }

    @ParameterizedTest
    @ValueSource(strings = {"uk", "en"})
    void everyDocumentsPageRendersWithAllItsMessages(String language) throws Exception {
        String list = documents(language, "GET", "", "q", "бюджет", "year", "2026", "kind", "council_decision");
        assertTrue(list.contains("href=\"/console/documents/12\""), list);
        assertTrue(list.contains("rel=\"next\""), list); // 45 documents, 20 a page
        assertTrue(list.contains("kind=council_decision"), "the filters stay in the pagination");
        String edit = documents(language, "GET", "/12");
        assertTrue(edit.contains("value=\"Про бюджет &lt;громади&gt;\""), edit);
        assertTrue(edit.contains("name=\"_csrf\" value=\"TOKEN\""), edit);
        assertTrue(edit.contains("value=\"2026-05-01T13:00\""), "publishedAt shown on Kyiv's clock: " + edit);
        assertTrue(edit.contains("enctype=\"multipart/form-data\""), edit);
        assertTrue(edit.contains("rishennia.pdf"), edit);
        assertTrue(edit.contains("/console/documents/12/links/9/remove"), edit);
        assertTrue(edit.contains("/console/documents/12/attachments/5/remove"), edit);
        String invalid = documents(language, "POST", "/12", "kind", "council_decision", "number", "45-VIII",
                "adoptedOn", "2026-02-30x", "title", "Набране", "version", "3");
        assertTrue(invalid.contains("error-summary"), invalid);
        assertTrue(invalid.contains("Набране"), invalid);
        documents(language, "GET", "/new");
        documents(language, "GET", "/12/delete");
        String deadlines = documents(language, "GET", "/deadlines");
        assertTrue(deadlines.contains("45-VIII"), deadlines);
        documents(language, "GET", "/deadlines", "status", "met");
        String upload = render(language, new DocumentsSection(fake.services).handle(FakeConsole.request("POST",
                "/console/documents", "/12/attachments", language, FakeConsole.params("title", "Рішення"), List.of())));
        assertTrue(upload.contains(text(language, "documents.upload.error.noFile")), upload);
        String widget = render(language, new DeadlineWidget(fake.services).render(FakeConsole.request("GET",
                "/console", "", language, Map.of(), List.of())).orElseThrow());
        assertTrue(widget.contains("href=\"/console/documents/12\""), widget);
        assertEquals(Set.of(), missing);
    }

    @ParameterizedTest
    @ValueSource(strings = {"uk", "en"})
    void everySessionsPageRendersWithAllItsMessages(String language) throws Exception {
        String list = sessions(language, "GET", "");
        assertTrue(list.contains("href=\"/console/sessions/7\""), list);
        String edit = sessions(language, "GET", "/7");
        assertTrue(edit.contains("/console/sessions/7/items/70/votes"), edit);
        assertTrue(edit.contains(text(language, "sessions.choice.for") + ": 1"), "the totals: " + edit);
        sessions(language, "GET", "/new");
        sessions(language, "GET", "/7/delete");
        sessions(language, "GET", "/7/items/new");
        sessions(language, "GET", "/7/items/70");
        String votes = sessions(language, "GET", "/7/items/70/votes");
        assertTrue(votes.contains("value=\"Петренко П.\""), votes);
        assertTrue(votes.contains("name=\"choice1\" value=\"against\" id=\"c1-against\" checked"), votes);
        String invalid = sessions(language, "POST", "/new", "bodyKind", "plenary", "number", "x");
        assertTrue(invalid.contains("error-summary"), invalid);
        assertEquals(Set.of(), missing);
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertEquals(new TreeSet<>(messages("uk").stringPropertyNames()), new TreeSet<>(messages("en").stringPropertyNames()));
    }
}
