package org.hromada.content.internal.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.hromada.content.internal.model.ContentType;
import org.hromada.content.internal.revisions.FieldChange;
import org.hromada.content.internal.revisions.RevisionComparison;
import org.hromada.content.internal.revisions.RevisionSummary;
import org.hromada.content.internal.store.ContentQuery;
import org.hromada.content.internal.store.ContentStore;
import org.hromada.content.internal.store.RevisionService;
import org.hromada.content.internal.web.ContentView;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.security.Channels;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.web.PageResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The section's real models through its real templates and the console's macro library (read from
 * the console module, as the site's tests read the themes), in both languages: every page renders and
 * every message it needs exists.
 */
class ConsoleTemplatesTest {
    private static final File CONSOLE_RESOURCES = new File("../console/src/main/resources");
    private static final Identity AUTHOR = new Identity("petro", Set.of("author"), Channels.CONSOLE);
    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    private final ContentView item = new ContentView(12, "page", "uk", "Ремонт <школи>", "remont", "Опис",
            "<p>Текст</p>", "osvita", List.of("школа"), true, "draft", NOW, null, null, "petro", NOW, NOW, 3, 4L, 0,
            null, null, null, null);
    private final Set<String> missing = new TreeSet<>();

    private ContentSection section() {
        ContentConsole services = new ContentConsole();
        services.store = new ContentStore() {
            @Override
            public Optional<ContentView> find(ContentType type, long id, Identity who) {
                return id == 12 ? Optional.of(item) : Optional.empty();
            }

            @Override
            public PageResult<ContentView> list(ContentType type, ContentQuery query) {
                return new PageResult<>(List.of(item), 45, query.page(), query.size());
            }
        };
        services.revisions = new RevisionService() {
            @Override
            public List<RevisionSummary> list(ContentType type, long id) {
                return List.of(new RevisionSummary(1, "created", "petro", NOW),
                        new RevisionSummary(2, "updated", "olena", NOW));
            }

            @Override
            public RevisionComparison diff(ContentType type, long id, int number, Integer against) {
                return new RevisionComparison(number, against == null ? number - 1 : against,
                        List.of(new FieldChange("title", "Старий", "Новий"), new FieldChange("tags", List.of("a"), null),
                                new FieldChange("publishAt", null, "2026-05-01T10:00:00Z"), new FieldChange("pinned", false, true),
                                new FieldChange("body", "<p>Було слово</p>", "<p>Стало слово</p>")));
            }
        };
        return new Sections.Pages(services);
    }

    private String render(String language, String path, String... pairs) throws Exception {
        Map<String, List<String>> params = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.put(pairs[i], List.of(pairs[i + 1]));
        }
        ConsoleResponse answer = section().handle(new ConsoleRequest(pairs.length > 0 && path.endsWith("/12") ? "POST" : "GET",
                path, params, List.of(), AUTHOR, Locale.forLanguageTag(language), "/console/pages", "csrf"));
        ConsoleResponse.Page page = (ConsoleResponse.Page) answer;
        return render(language, page.template(), page.model());
    }

    private String render(String language, String template, Map<String, Object> model) throws Exception {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(CONSOLE_RESOURCES),
                new FileTemplateLoader(new File("src/main/resources"))}));
        c.setOutputFormat(HTMLOutputFormat.INSTANCE);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setNumberFormat("computer");
        Properties messages = messages(language);
        TemplateMethodModelEx msg = args -> {
            String key = args.get(0).toString();
            String text = messages.getProperty(key);
            if (text == null) {
                if (!key.startsWith("console.")) {
                    missing.add(key);
                }
                return key;
            }
            return new java.text.MessageFormat(text).format(args.subList(1, args.size()).stream()
                    .map(Object::toString).toArray());
        };
        Map<String, Object> data = new HashMap<>(model);
        data.put("console", Map.of("user", "petro", "roles", List.of("author"), "lang", language,
                "sectionBase", "/console/pages", "csrfToken", "TOKEN"));
        data.put("msg", msg);
        data.put("consoleTime", (TemplateMethodModelEx) args -> args.get(0).toString());
        StringWriter out = new StringWriter();
        c.getTemplate(template).process(data, out);
        return out.toString();
    }

    private static Properties messages(String language) throws IOException {
        Properties messages = new Properties();
        try (var in = ConsoleTemplatesTest.class.getResourceAsStream("/console/messages_" + language + ".properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return messages;
    }

    @ParameterizedTest
    @ValueSource(strings = {"uk", "en"})
    void everyPageRendersWithAllItsMessages(String language) throws Exception {
        String list = render(language, "", "q", "школа", "mine", "true");
        assertTrue(list.contains("href=\"/console/pages/12\""), list);
        assertTrue(list.contains("rel=\"next\""), list); // 45 items, 20 a page
        String edit = render(language, "/12");
        assertTrue(edit.contains("value=\"Ремонт &lt;школи&gt;\""), edit);
        assertTrue(edit.contains("name=\"_csrf\" value=\"TOKEN\""), edit);
        assertTrue(edit.contains("name=\"parentId\""), edit); // pages have a parent
        assertTrue(edit.contains("src=\"/console/pages/editor.js\""), edit);
        assertFalse(edit.contains("tinymce.min.js"), edit); // no console.assets: a plain textarea
        assertTrue(edit.contains("value=\"submit\""), edit); // the author's own draft
        String invalid = render(language, "/12", "title", "", "language", "uk", "summary", "Набране", "version", "3");
        assertTrue(invalid.contains("error-summary"), invalid);
        assertTrue(invalid.contains("Набране"), invalid);
        render(language, "/new");
        render(language, "/media", "kind", "image");
        render(language, "/12/revisions");
        String diff = render(language, "/12/revisions/1", "against", "current");
        assertTrue(diff.contains("<del>Було</del>"), diff);
        assertTrue(diff.contains("<ins><time datetime=\"2026-05-01T10:00:00Z\">"), diff);
        render(language, "/12/revisions/1/restore");
        render(language, "/12/delete");
        assertEquals(Set.of(), missing);
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(messages("uk").stringPropertyNames()), new TreeSet<>(messages("en").stringPropertyNames()));
    }
}
