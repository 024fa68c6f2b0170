package org.hromada.requests.internal.console;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.console.ConsoleTexts;
import org.hromada.platform.api.web.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The section's real models through its real templates and the console's macro library (read from
 * the console module), in both languages: every page renders and every message it needs exists.
 */
class ConsoleTemplatesTest {
    private static final File CONSOLE_RESOURCES = new File("../console/src/main/resources");

    private final FakeRegister fake = new FakeRegister();
    private final Set<String> missing = new TreeSet<>();

    private String page(String language, String method, String path, String... pairs) throws Exception {
        return render(language, new RequestsSection(fake, FakeRegister.CLOCK).handle(FakeRegister.request(method, path,
                language, FakeRegister.params(pairs))));
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
                "sectionBase", RequestsSection.BASE, "csrfToken", "TOKEN"));
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
    void whereToSendRequestsRendersWithItsErrorsBesideTheFields(String language) throws Exception {
        var office = new org.hromada.requests.internal.office.FakeOffice();
        RequestsSection section = new RequestsSection(fake, office, FakeRegister.CLOCK);
        String empty = render(language, section.handle(FakeRegister.request("GET", "/office", language, FakeRegister.params())));
        assertTrue(empty.contains(text(language, "requests.office.unset")), empty);
        assertTrue(empty.contains("name=\"_csrf\" value=\"TOKEN\""), empty);
        String invalid = render(language, section.handle(FakeRegister.request("POST", "/office", language,
                FakeRegister.params("postalAddress", "", "email", "ні@", "phone", "дзвоніть"))));
        assertTrue(invalid.contains("error-summary"), invalid);
        assertTrue(invalid.contains("id=\"e-postalAddress\">" + text(language, "requests.error.required")), invalid);
        assertTrue(invalid.contains("id=\"e-email\">" + text(language, "requests.office.error.email")), invalid);
        assertTrue(invalid.contains("id=\"e-phone\">" + text(language, "requests.office.error.phone")), invalid);
        assertTrue(invalid.contains("value=\"ні@\""), "what was typed comes back");
        section.handle(FakeRegister.request("POST", "/office", language, FakeRegister.params("postalAddress",
                "вул. Соборна, 1", "email", "zapyt@khmarivka.example")));
        String saved = render(language, section.handle(FakeRegister.request("GET", "/office", language, FakeRegister.params())));
        assertTrue(saved.contains("вул. Соборна, 1</textarea>"), saved);
        assertTrue(!saved.contains(text(language, "requests.office.unset")), saved);
        assertTrue(page(language, "GET", "").contains("href=\"/console/requests/office\""), "linked from the register");
        assertEquals(Set.of(), missing);
    }

    @ParameterizedTest
    @ValueSource(strings = {"uk", "en"})
    void theRegisterAndTheRegistrationRender(String language) throws Exception {
        String list = page(language, "GET", "", "q", "бюджет", "status", "registered", "overdue", "true");
        assertTrue(list.contains("href=\"/console/requests/12\""), list);
        assertTrue(list.contains("rel=\"next\""), list); // 45 requests, 20 a page
        assertTrue(list.contains("status=registered&amp;overdue=true&amp;q="), "the filters stay in the pagination: " + list);
        assertTrue(list.contains(text(language, "requests.due.overdue")), list);
        assertTrue(list.contains(text(language, "requests.due.today")), list);
        assertTrue(list.contains("Олена &lt;Коваль&gt;"), "escaped: " + list);
        assertEquals("бюджет", fake.lastWords);
        String form = page(language, "GET", "/new");
        assertTrue(form.contains("name=\"_csrf\" value=\"TOKEN\""), form);
        assertTrue(form.contains("value=\"2026-05-04T13:00\""), "now on Kyiv's clock: " + form);
        assertFalse(form.contains("value=\"web\""), "the web form is the public's channel");
        String invalid = page(language, "POST", "/new", "channel", "post", "name", "Олена", "email", "o@example.org");
        assertTrue(invalid.contains("error-summary"), invalid);
        assertTrue(invalid.contains("id=\"e-description\">" + text(language, "requests.error.required")), invalid);
        assertTrue(invalid.contains("value=\"Олена\""), "what was typed comes back");
        String registered = page(language, "POST", "/new", "channel", "post", "name", "Олена", "email", "o@example.org",
                "description", "Копії рішень");
        assertTrue(registered.contains("ABCD-EFGH-JKLM"), "the code, shown once: " + registered);
        assertTrue(registered.contains("href=\"/console/requests/15\""), registered);
        assertEquals(Set.of(), missing);
    }

    @ParameterizedTest
    @ValueSource(strings = {"uk", "en"})
    void aRequestItsActionsAndTheirRefusalsRender(String language) throws Exception {
        String registered = page(language, "GET", "/12");
        assertTrue(registered.contains("/console/requests/12/start"), registered);
        assertTrue(registered.contains("/console/requests/12/forward"), registered);
        assertFalse(registered.contains("/console/requests/12/answer"), "a registered request is started first");
        assertTrue(registered.contains("5 working days from receipt"), "the history with its reason: " + registered);
        String answered = page(language, "GET", "/14");
        assertTrue(answered.contains("Відповідь &lt;повна&gt;"), answered);
        assertTrue(answered.contains("Великий обсяг"), answered);
        assertFalse(answered.contains("/console/requests/14/"), "no action on an answered request: " + answered);
        for (String action : List.of("assign", "start", "forward", "extend")) {
            assertTrue(page(language, "GET", "/12/" + action).contains("action=\"/console/requests/12/" + action + "\""));
        }
        for (String action : List.of("answer", "charge", "refuse", "defer")) {
            assertTrue(page(language, "GET", "/13/" + action).contains("action=\"/console/requests/13/" + action + "\""));
        }
        String unsigned = page(language, "GET", "/13");
        assertTrue(unsigned.contains("id=\"hint-incomplete\""), "an unsigned, undated letter: " + unsigned);
        assertTrue(page(language, "GET", "/13/refuse").contains("id=\"hint-incomplete\""));
        assertFalse(page(language, "GET", "/13/refuse").contains("value=\"unpaid\""), "unpaid only while awaiting payment");
        assertTrue(answered.contains("IBAN UA00 0000") && answered.contains("ПН-17"), "the fee and its payment: " + answered);
        assertFalse(answered.contains("id=\"hint-incomplete\""), "signed and dated");
        fake.nextProblem = ProblemException.invalid(List.of(new org.hromada.platform.api.web.FieldError("pages",
                "no fee is due: copies of 10 pages or fewer are free")));
        String free = page(language, "POST", "/13/charge", "pages", "5", "paymentDetails", "IBAN");
        assertTrue(free.contains("id=\"e-pages\">" + text(language, "requests.error.feeNotDue")), free);
        String badTime = page(language, "POST", "/13/answer", "answer", "Так", "answeredAt", "вчора");
        assertTrue(badTime.contains("id=\"e-answeredAt\">" + text(language, "requests.error.time")), badTime);
        fake.nextProblem = ProblemException.conflict("An extension needs the notice sent to the requester within 5"
                + " working days of receipt, that is by 2026-05-01; the notice is dated 2026-05-04.");
        String late = page(language, "POST", "/12/extend", "reason", "Обсяг");
        assertTrue(late.contains(text(language, "requests.conflict.extensionLate", "2026-05-01", "2026-05-04")), late);
        assertTrue(late.contains("Обсяг"), late);
        assertEquals(Set.of(), missing);
    }

    @ParameterizedTest
    @ValueSource(strings = {"uk", "en"})
    void theStatisticsAndTheWidgetRender(String language) throws Exception {
        String stats = page(language, "GET", "/statistics", "year", "2025");
        assertTrue(stats.contains("/console/requests/statistics.csv?year=2025"), stats);
        assertTrue(stats.contains(text(language, "requests.channel.post")), stats);
        assertTrue(stats.contains(text(language, "requests.month.4")), stats);
        ConsoleResponse csv = new RequestsSection(fake, FakeRegister.CLOCK).handle(FakeRegister.request("GET",
                "/statistics.csv", language, FakeRegister.params("year", "2025")));
        assertTrue(new String(((ConsoleResponse.Raw) csv).body(), StandardCharsets.UTF_8).startsWith("year,dimension"));
        String widget = render(language, new RequestsWidget(fake, FakeRegister.CLOCK).render(FakeRegister.request("GET",
                "", language, Map.of())).orElseThrow());
        assertTrue(widget.contains("href=\"/console/requests/12\""), widget);
        assertTrue(widget.contains(text(language, "requests.widget.overdue", 1)), widget);
        assertTrue(widget.contains("href=\"/console/requests?overdue=true\""), widget);
        assertTrue(widget.contains(text(language, "requests.widget.yearFigures", 3, 1, 1, 1, 1)), "the year: " + widget);
        assertTrue(widget.contains("href=\"/console/requests/statistics?year="), widget);
        assertEquals(Set.of(), missing);
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertEquals(new TreeSet<>(messages("uk").stringPropertyNames()), new TreeSet<>(messages("en").stringPropertyNames()));
    }
}
