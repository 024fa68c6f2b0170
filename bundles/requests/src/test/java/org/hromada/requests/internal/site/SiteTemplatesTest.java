package org.hromada.requests.internal.site;

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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.requests.internal.office.FakeOffice;
import org.hromada.requests.internal.office.OfficeModel;
import org.hromada.requests.internal.rules.SubmissionRules;
import org.hromada.requests.internal.stats.Counts;
import org.hromada.requests.internal.stats.StatisticsView;
import org.hromada.requests.internal.web.TrackView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public pages' real models through their templates and the default theme's layout (read from the
 * repository), in both languages: every page renders, every message exists, errors stand beside fields.
 */
class SiteTemplatesTest {
    private static final File THEME = new File("../../themes/default");
    private final Set<String> missing = new TreeSet<>();

    @AfterEach
    void everyMessageExists() {
        assertTrue(missing.isEmpty(), "missing messages: " + missing);
    }

    private String render(String language, String template, Map<String, Object> model) throws Exception {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {
                new FileTemplateLoader(new File(THEME, "templates")), new FileTemplateLoader(new File("src/main/resources/templates"))}));
        c.setOutputFormat(HTMLOutputFormat.INSTANCE);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setNumberFormat("computer");
        Map<String, Object> data = new HashMap<>(model);
        boolean en = "en".equals(language);
        data.put("lang", language);
        data.put("siteName", "Громада");
        data.put("path", SitePaths.FORM);
        data.put("url", (en ? "/en" : "") + SitePaths.FORM);
        data.put("home", en ? "/en/" : "/");
        data.put("alternate", (en ? "" : "/en") + SitePaths.FORM);
        data.put("menu", List.of());
        data.put("year", 2026);
        data.put("asset", (TemplateMethodModelEx) args -> "/static/" + args.get(0));
        data.put("msg", (TemplateMethodModelEx) args -> text(language, args.get(0).toString(),
                args.subList(1, args.size()).stream().map(Object::toString).toArray()));
        StringWriter out = new StringWriter();
        c.getTemplate(template).process(data, out);
        return out.toString();
    }

    private String text(String language, String key, Object... args) {
        String pattern = messages(language).getProperty(key);
        if (pattern == null) {
            missing.add(language + ":" + key);
            return key;
        }
        return args.length == 0 ? pattern : MessageFormat.format(pattern.replace("'", "''"), args);
    }

    private static Properties messages(String language) {
        Properties all = new Properties();
        for (File file : List.of(new File(THEME, "messages_" + language + ".properties"),
                new File("src/main/resources/templates/messages_" + language + ".properties"))) {
            try (InputStreamReader in = new InputStreamReader(new java.io.FileInputStream(file), StandardCharsets.UTF_8)) {
                all.load(in);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return all;
    }

    @ParameterizedTest
    @ValueSource(strings = {"uk", "en"})
    void theEmptyFormHasEveryFieldAndTheHoneypotIsLabelledToBeLeftEmpty(String language) throws Exception {
        String html = render(language, RequestFormPage.TEMPLATE, PublicRequestForm.empty().model());
        for (String field : List.of("name", "email", "postalAddress", "phone", "description", "urgent",
                "urgencyGround", "urgencyJustification", "website")) {
            assertTrue(html.contains("name=\"" + field + "\""), field);
        }
        assertFalse(html.contains("aria-invalid"));
        assertTrue(html.contains("<form class=\"request-form\" method=\"post\" action=\""
                + ("en".equals(language) ? "/en/" : "/") + "request-information\""), html);
        int honeypot = html.indexOf("<div class=\"visually-hidden\">");
        assertTrue(honeypot > 0 && html.indexOf("<label for=\"website\">") > honeypot);
        assertTrue(html.contains("tabindex=\"-1\" autocomplete=\"off\""));
        assertTrue(html.contains("enctype=\"multipart/form-data\""), "the form can carry files");
        assertTrue(html.contains("<label for=\"files\">"));
        assertTrue(html.contains("id=\"files\" name=\"files\" type=\"file\" multiple accept=\".pdf,"), html);
        assertTrue(html.contains("aria-describedby=\"files-hint\""));
        assertTrue(html.contains("5 MB"), "the hint gives the limit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"uk", "en"})
    void theYearsReportGivesTheFiguresByChannelAndMonthAndNamesAYearThatCannotBeUsed(String language)
            throws Exception {
        Counts april = new Counts(64, 60, 1, 2, 0, 3, 1, 0, 0, 0, 0);
        Map<Integer, Counts> months = new java.util.TreeMap<>();
        for (int m = 1; m <= 12; m++) {
            months.put(m, m == 4 ? april : new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        }
        StatisticsView figures = new StatisticsView(2025, april, Map.of("web", april), Map.of("", april), months);
        String html = render(language, ReportPage.TEMPLATE, ReportPage.model(figures, null, 2026));
        assertTrue(html.contains(text(language, "requests.report.summary", "2025", 64, 60, 1, 2, 0)), html);
        assertTrue(html.contains("<th scope=\"row\">" + text(language, "requests.report.channel.web") + "</th>"), html);
        assertTrue(html.contains("<th scope=\"row\">" + text(language, "requests.report.month.4") + "</th>"
                + "\n        <td>64</td>"), html);
        assertTrue(html.contains("href=\"/api/v1/requests/statistics.csv?year=2025\""), html);
        assertFalse(html.contains("aria-invalid"));
        String invalid = render(language, ReportPage.TEMPLATE, ReportPage.model(figures, "20x5", 2026));
        assertTrue(invalid.contains("value=\"20x5\" aria-invalid=\"true\" aria-describedby=\"report-year-error\""),
                invalid);
        assertEquals(2026, ReportPage.year("", 2026));
        assertEquals(2024, ReportPage.year("2024", 2026));
        assertEquals(null, ReportPage.year("2027", 2026), "not a year still to come");
        assertEquals(null, ReportPage.year("1999", 2026));
        assertEquals(null, ReportPage.year("20x5", 2026));
    }

    @ParameterizedTest
    @ValueSource(strings = {"uk", "en"})
    void whereToSendARequestReplacesTheGeneralSentenceOnceItIsSet(String language) throws Exception {
        String without = render(language, RequestFormPage.TEMPLATE,
                OfficeModel.with(PublicRequestForm.empty().model(), new FakeOffice(), language));
        assertTrue(without.contains(text(language, "requests.procedure.other")), "nothing set: the general sentence");
        assertFalse(without.contains("request-office"));
        FakeOffice office = FakeOffice.khmarivka();
        String with = render(language, RequestFormPage.TEMPLATE,
                OfficeModel.with(PublicRequestForm.empty().model(), office, language));
        assertFalse(with.contains(text(language, "requests.procedure.other")), with);
        assertTrue(with.contains("<section class=\"request-office\" aria-labelledby=\"request-office-title\">"), with);
        assertTrue(with.contains("<h2 id=\"request-office-title\">" + text(language, "requests.office.title") + "</h2>"));
        assertTrue(with.contains("<a href=\"mailto:zapyt@khmarivka.example\">zapyt@khmarivka.example</a>"), with);
        assertTrue(with.contains("<a href=\"tel:+380000001519\">+380 00 000 15 19</a>"), with);
        assertTrue(with.contains("en".equals(language) ? "1 Soborna St., Khmarivka" : "вул. Соборна, 1, м. Хмарівка"), with);
        assertTrue(with.contains("en".equals(language) ? "Mon–Thu 9:00–18:00" : "Пн–Чт 9:00–18:00"), with);
        String track = render(language, TrackPage.TEMPLATE, OfficeModel.with(TrackModel.form("", Map.of()), office, language));
        assertTrue(track.contains("mailto:zapyt@khmarivka.example"), track);
        String receipt = render(language, RequestFormSubmit.RECEIVED, OfficeModel.with(Map.of("number", "2026-00017",
                "code", "K7Q2-M9XD", "dueOn", "9 листопада 2026", "dueOnIso", "2026-11-09", "mailed", false), office, language));
        assertTrue(receipt.contains(text(language, "requests.received.questions") + " <a href=\"tel:+380000001519\">"), receipt);
    }

    @ParameterizedTest
    @ValueSource(strings = {"uk", "en"})
    void aRefusedFileIsExplainedBesideItsField(String language) throws Exception {
        PublicRequestForm form = PublicRequestForm.of(PublicRequestFormTest.post("name", "Олена", "description", "Бюджет"))
                .withErrors(List.of(org.hromada.requests.internal.attachments.FileProblem.TYPE.error("files", "x.pdf", null)));
        String html = render(language, RequestFormPage.TEMPLATE, form.model());
        assertTrue(html.contains("aria-describedby=\"files-error files-hint\""), html);
        assertTrue(html.contains("id=\"files-error\">" + text(language, "requests.error.files.type")), html);
        assertTrue(html.contains("Бюджет</textarea>"), "the text stays");
    }

    @ParameterizedTest
    @ValueSource(strings = {"uk", "en"})
    void anAnswersFilesAreListedWithTheirLinks(String language) throws Exception {
        TrackView answered = new TrackView("З-2026-0017", Instant.parse("2026-11-02T09:00:00Z"), "answered",
                LocalDate.parse("2026-11-09"), Instant.parse("2026-11-09T22:00:00Z"), false, null, null, null,
                Instant.parse("2026-11-05T10:00:00Z"), "Копії в додатку", BigDecimal.ZERO, null, List.of(
                new TrackView.TrackedFile("кошторис.pdf", "application/pdf", 120_000,
                        "/api/v1/requests/downloads/abc", Instant.parse("2026-11-05T11:00:00Z"))), null);
        String html = render(language, TrackPage.TEMPLATE, TrackModel.found(answered, language));
        assertTrue(html.contains("<a href=\"/api/v1/requests/downloads/abc\" download=\"кошторис.pdf\">кошторис.pdf</a>"
                + " (118 kB)"), html);
        assertTrue(html.contains(text(language, "requests.track.files")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"uk", "en"})
    void eachErrorStandsBesideItsFieldAndTheValuesStay(String language) throws Exception {
        PublicRequestForm form = PublicRequestForm.of(PublicRequestFormTest.post("name", "", "email", "ні@",
                "description", "<b>Бюджет</b>", "website", "bot"));
        try {
            SubmissionRules.fromPublic(form.toRequest(), Instant.now());
        } catch (ProblemException e) {
            form.withErrors(e.errors());
        }
        String html = render(language, RequestFormPage.TEMPLATE, form.model());
        assertTrue(html.contains("role=\"alert\""));
        assertTrue(html.contains("id=\"name\" name=\"name\" type=\"text\" value=\"\" aria-invalid=\"true\""
                + " aria-describedby=\"name-error\""), html);
        assertTrue(html.indexOf("id=\"name-error\"") > html.indexOf("id=\"name\""));
        assertTrue(html.indexOf("id=\"name-error\"") < html.indexOf("id=\"email\""));
        assertTrue(html.contains("value=\"ні@\" aria-invalid=\"true\" aria-describedby=\"email-error\""), html);
        assertTrue(html.contains("&lt;b&gt;Бюджет&lt;/b&gt;</textarea>"), "escaped and kept");
        assertFalse(html.contains("value=\"bot\""), "the honeypot is never filled back");
    }

    @ParameterizedTest
    @ValueSource(strings = {"uk", "en"})
    void theReceiptShowsTheNumberTheDueDateAndTheCodeOnce(String language) throws Exception {
        String html = render(language, RequestFormSubmit.RECEIVED, Map.of("number", "2026-00017", "code", "K7Q2-M9XD",
                "dueOn", "9 листопада 2026", "dueOnIso", "2026-11-09", "mailed", true));
        assertTrue(html.contains("<strong id=\"request-number\">2026-00017</strong>"));
        assertTrue(html.contains("K7Q2-M9XD"));
        assertTrue(html.contains("<time datetime=\"2026-11-09\">9 листопада 2026</time>"));
        assertTrue(html.contains(text(language, "requests.received.mailed")));
        String thanks = render(language, RequestFormSubmit.RECEIVED, Map.of());
        assertTrue(thanks.contains(text(language, "requests.received.thanks")));
        assertFalse(thanks.contains("request-number"));
        assertTrue(render(language, RequestFormSubmit.LIMITED, Map.of("minutes", 7L)).contains(" 7 "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"uk", "en"})
    void theStatusPageShowsTheOutcomeAndAWrongPairSaysNotWhichPart(String language) throws Exception {
        TrackView refused = new TrackView("2026-00017", Instant.parse("2026-11-02T09:00:00Z"), "refused",
                LocalDate.parse("2026-11-09"), Instant.parse("2026-11-09T22:00:00Z"), true, null, null, null,
                Instant.parse("2026-11-05T10:00:00Z"), null, BigDecimal.ZERO, new TrackView.Refused("not_held",
                "Рада не створювала таких документів", "Іван Коваль", "секретар ради", LocalDate.parse("2026-11-05"),
                "До суду"), java.util.List.of(), null);
        String html = render(language, TrackPage.TEMPLATE, TrackModel.found(refused, language));
        assertTrue(html.contains("<dd id=\"request-status\">" + text(language, "requests.status.refused") + "</dd>"));
        assertTrue(html.contains(text(language, "requests.ground.not_held")));
        assertTrue(html.contains("Іван Коваль, секретар ради"));
        assertFalse(html.contains(text(language, "requests.track.fee")), "no fee, no line");
        String notFound = render(language, TrackPage.TEMPLATE, TrackModel.notFound("2026-00017"));
        assertTrue(notFound.contains(text(language, "requests.track.notFound")));
        assertTrue(notFound.contains("value=\"2026-00017\""));
        assertEquals(1, notFound.split("id=\"code\"", -1).length - 1);
        assertTrue(notFound.contains("id=\"code\" name=\"code\" type=\"text\" value=\"\""));
    }
}
