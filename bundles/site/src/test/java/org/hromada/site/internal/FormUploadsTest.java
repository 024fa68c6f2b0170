package org.hromada.site.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hromada.platform.api.site.FormAnswer;
import org.hromada.platform.api.site.FormFile;
import org.hromada.platform.api.site.FormSubmission;
import org.hromada.platform.api.site.SiteFeed;
import org.hromada.platform.api.site.SiteForm;
import org.hromada.platform.api.site.SiteRoute;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Multipart POSTs: files only to a form that takes them, within its limit, deleted once it answered. */
class FormUploadsTest {
    private static final String BOUNDARY = "b0undary";
    private static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;
    private static final long LIMIT = 2000;

    record Form(String pattern, long maxUploadBytes, List<FormSubmission> received) implements SiteForm {
        @Override
        public FormAnswer submit(FormSubmission submission) {
            received.add(submission);
            for (FormFile f : submission.files()) {
                assertTrue(Files.exists(f.path()), "readable while the form answers");
            }
            return FormAnswer.of(200, "answer.ftl", Map.of("said", submission.field("text") + " "
                    + submission.files().size()));
        }
    }

    @TempDir
    Path themes;
    @TempDir
    Path uploads;
    private final List<FormSubmission> received = new ArrayList<>();
    private SiteHandler handler;

    @BeforeEach
    void setUp() throws IOException {
        try (Stream<Path> files = Files.walk(SiteHandlerTest.THEMES.resolve("default"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = themes.resolve("default").resolve(SiteHandlerTest.THEMES.resolve("default").relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Files.writeString(themes.resolve("default/templates/answer.ftl"), """
                <#import "/layout.ftl" as layout>
                <@layout.page title="Answer"><p id="said">${said}</p></@layout.page>
                """);
        RouteTable<SiteForm> forms = new RouteTable<>(SiteForm::pattern);
        forms.add(new Form("/with-files", LIMIT, received), 0, 1);
        forms.add(new Form("/text-only", 0, received), 0, 2);
        RouteTable<SiteRoute> routes = new RouteTable<>(SiteRoute::pattern);
        routes.add(new HomeRoute(), -1000, 10);
        handler = SiteHandlerTest.handler(themes, new SiteSources(routes, new RouteTable<>(SiteFeed::pattern), List::of,
                forms), null, new PageCache());
    }

    private static byte[] body(String text, String filename, byte[] file) {
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n" + text + "\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/pdf\r\n\r\n";
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[start.length + file.length + end.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(file, 0, all, start.length, file.length);
        System.arraycopy(end, 0, all, start.length + file.length, end.length);
        return all;
    }

    private SiteResponse post(String path, byte[] body) {
        PostBody post = new PostBody(MULTIPART, null, "192.0.2.7", new byte[0], false, maxBytes -> MultipartForm.parse(
                new ByteArrayInputStream(body), MULTIPART, body.length, maxBytes, uploads));
        return handler.handle(SiteRequest.post(path, post));
    }

    private long leftovers() throws IOException {
        try (Stream<Path> files = Files.list(uploads)) {
            return files.count();
        }
    }

    @Test
    void aFormThatTakesFilesGetsThemWithItsFieldsAndTheyAreDeletedAfterwards() throws IOException {
        SiteResponse response = post("/en/with-files", body("Привіт", "C:\\scans\\скан.pdf", "%PDF-1.4".getBytes(
                StandardCharsets.US_ASCII)));
        assertEquals(200, response.status(), response.text());
        assertTrue(response.text().contains("<p id=\"said\">Привіт 1</p>"), response.text());
        FormFile file = received.get(0).files("files").get(0);
        assertEquals("скан.pdf", file.filename());
        assertEquals(8, file.size());
        assertEquals("application/pdf", file.contentType());
        assertEquals(0, leftovers(), "temporary files are gone");
    }

    @Test
    void anEmptyFileInputSendsNoFile() {
        assertEquals(200, post("/with-files", body("text", "", new byte[0])).status());
        assertEquals(List.of(), received.get(0).files());
    }

    @Test
    void aBodyOverTheFormsLimitIsAThemed413AndAFormWithoutFilesA415() throws IOException {
        SiteResponse large = post("/with-files", body("text", "big.pdf", new byte[(int) LIMIT]));
        assertEquals(413, large.status());
        assertTrue(large.text().contains("Файли завеликі"), large.text());
        assertEquals(415, post("/text-only", body("text", "a.pdf", new byte[10])).status());
        assertTrue(received.isEmpty());
        assertEquals(0, leftovers());
    }

    @Test
    void aBodyThatBreaksOffIsAThemed400() {
        byte[] broken = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nhal")
                .getBytes(StandardCharsets.UTF_8);
        SiteResponse response = post("/with-files", broken);
        assertEquals(400, response.status());
        assertFalse(response.text().contains("Exception"));
        assertTrue(received.isEmpty());
    }
}
