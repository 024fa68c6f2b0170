package org.hromada.distribution;

import static org.hromada.distribution.PlatformContract.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Files attached to documents, with their extracted text, against a real server (media size limit
 * lowered to {@value #LIMIT} bytes); subclasses choose the database.
 */
abstract class DocumentAttachmentsContract extends ServerWithEditors {
    static final int LIMIT = 2_000_000;
    static final String TITLE = "Про затвердження Програми розвитку";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String ODT = "application/vnd.oasis.opendocument.text";
    private int numbers;

    @Override
    Map<String, String> environment() {
        return Map.of("HROMADA_MEDIA_MAX_BYTES", String.valueOf(LIMIT));
    }

    /** A new document of the register, published or not; returns its id. */
    long document(boolean published) throws Exception {
        var document = DocumentsContract.document("executive_decision", "A-" + (++numbers), "2025-05-0" + (numbers % 9 + 1),
                TITLE + " громади №" + numbers);
        if (!published) {
            document.putNull("publishedAt");
        }
        HttpResponse<String> created = http.as(editor).postJson("/api/v1/documents", document.toString());
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).get("id").asLong();
    }

    HttpResponse<String> upload(String token, long document, String query, String contentType, byte[] body)
            throws Exception {
        return http.as(token).post("/api/v1/documents/" + document + "/attachments?" + query, contentType, body);
    }

    JsonNode attached(HttpResponse<String> response) throws Exception {
        assertEquals(201, response.statusCode(), response.body());
        JsonNode attachment = Http.json(response);
        assertTrue(response.headers().firstValue("Location").orElseThrow()
                .endsWith("/attachments/" + attachment.get("id").asLong()), response.headers().toString());
        return attachment;
    }

    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static byte[] pdf() throws Exception {
        try (InputStream in = DocumentAttachmentsContract.class.getResourceAsStream("/attachments/decision.pdf")) {
            return in.readAllBytes();
        }
    }

    static byte[] docx(String... paragraphs) throws Exception {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<w:p><w:r><w:t>").append(p).append("</w:t></w:r></w:p>");
        }
        return zip(null, "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                + "wordprocessingml/2006/main\"><w:body>" + body + "</w:body></w:document>");
    }

    static byte[] odt(String... paragraphs) throws Exception {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<text:p>").append(p).append("</text:p>");
        }
        return zip(ODT, "content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:"
                + "xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body>"
                + "<office:text>" + body + "</office:text></office:body></office:document-content>");
    }

    static byte[] zip(String mimetype, String entry, String xml) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            if (mimetype != null) {
                ZipEntry first = new ZipEntry("mimetype");
                byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
                // stored uncompressed, first: how ODF files are recognised by their bytes
                first.setMethod(ZipEntry.STORED);
                first.setSize(type.length);
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(type);
                first.setCrc(crc.getValue());
                zip.putNextEntry(first);
                zip.write(type);
            } else {
                zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
                zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            }
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(xml.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    static byte[] multipart(String boundary, String filename, byte[] file, String title) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n" + title + "\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    @Test
    void pdfDocxAndOdtAreAttachedWithTheirText() throws Exception {
        long id = document(true);
        JsonNode pdf = attached(upload(editor, id, "filename=" + q("Рішення 12.pdf") + "&title=" + q("Текст рішення"),
                "application/pdf", pdf()));
        assertEquals("application/pdf", pdf.get("mediaType").asText());
        assertEquals("extracted", pdf.get("textStatus").asText());
        assertTrue(pdf.get("textPreview").asText().startsWith(TITLE), pdf.toString());
        assertEquals("Текст рішення", pdf.get("title").asText());
        assertEquals(1, pdf.get("position").asInt());
        assertEquals(200, http.get(pdf.get("url").asText()).statusCode(), "the file is served by the media library");

        String boundary = "----hromada" + System.nanoTime();
        JsonNode docx = attached(http.as(admin).post("/api/v1/documents/" + id + "/attachments",
                "multipart/form-data; boundary=" + boundary,
                multipart(boundary, "додаток.docx", docx(TITLE, "Додаток 1"), "Додаток")));
        assertEquals(DOCX, docx.get("mediaType").asText());
        assertEquals("extracted", docx.get("textStatus").asText());
        assertEquals(TITLE + "\nДодаток 1", docx.get("textPreview").asText());
        assertEquals((TITLE + "\nДодаток 1").length(), docx.get("textLength").asInt());
        assertEquals("додаток.docx", docx.get("filename").asText());

        JsonNode odt = attached(upload(editor, id, "filename=plan.odt", "application/octet-stream",
                odt("План заходів", TITLE)));
        assertEquals(ODT, odt.get("mediaType").asText());
        assertEquals("План заходів\n" + TITLE, odt.get("textPreview").asText());

        HttpResponse<String> text = http.get("/api/v1/documents/" + id + "/attachments/" + docx.get("id").asLong()
                + "/text");
        assertEquals(200, text.statusCode(), text.body());
        assertEquals("text/plain;charset=utf-8", text.headers().firstValue("Content-Type").orElseThrow()
                .replace(" ", "").toLowerCase(java.util.Locale.ROOT));
        assertEquals(TITLE + "\nДодаток 1", text.body());
        assertTrue(http.get("/api/v1/documents/" + id + "/attachments/" + pdf.get("id").asLong() + "/text").body()
                .contains("Рішення сесії № 12-VIII"));

        JsonNode list = Http.json(http.get("/api/v1/documents/" + id + "/attachments"));
        assertEquals(3, list.size(), list.toString());
        assertEquals("plan.odt", list.get(2).get("filename").asText());
        assertEquals(3, list.get(2).get("position").asInt());
        assertEquals(pdf.get("id"), Http.json(http.get("/api/v1/documents/" + id + "/attachments/"
                + pdf.get("id").asLong())).get("id"));
    }

    @Test
    void aScanNeedsATitleAndHasNoText() throws Exception {
        long id = document(true);
        byte[] png = MediaContract.image("png", 300, 400, Color.GRAY);
        HttpResponse<String> untitled = upload(editor, id, "filename=scan.png", "image/png", png);
        assertProblem(untitled, 422);
        assertEquals("title", Http.json(untitled).get("errors").get(0).get("field").asText());

        JsonNode scan = attached(upload(editor, id, "filename=scan.png&title=" + q("Скан підписаного рішення"),
                "image/png", png));
        assertEquals("no_text", scan.get("textStatus").asText());
        assertEquals(0, scan.get("textLength").asInt());
        assertEquals("", scan.get("textPreview").asText());
        assertEquals("image/png", scan.get("mediaType").asText());
        JsonNode media = Http.json(http.as(admin).get("/api/v1/media/" + scan.get("mediaId").asLong()));
        assertEquals("Скан підписаного рішення", media.get("alt").asText(), "the title is the image's alt text");
        JsonNode jpeg = attached(upload(admin, id, "title=" + q("Фото"), "image/jpeg",
                MediaContract.image("jpeg", 200, 100, Color.RED)));
        assertEquals("image/jpeg", jpeg.get("mediaType").asText());

        JsonNode blank = attached(upload(editor, id, "filename=blank.pdf", "application/pdf", MediaContract.pdf()));
        assertEquals("no_text", blank.get("textStatus").asText(), "a PDF without a text layer");
        JsonNode broken = attached(upload(editor, id, "filename=broken.pdf", "application/pdf",
                "%PDF-1.7\n1 0 obj << /Type /Cat".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("failed", broken.get("textStatus").asText(), "kept, without text");

        HttpResponse<String> untitle = http.as(editor).putJson("/api/v1/documents/" + id + "/attachments/"
                + scan.get("id").asLong(), "{\"title\":\"  \"}");
        assertProblem(untitle, 422);
    }

    @Test
    void otherFilesAreRefusedAndLeaveNothing() throws Exception {
        long id = document(true);
        long media = Http.json(http.as(admin).get("/api/v1/media?size=1")).get("total").asLong();
        byte[] zip = zip(null, "readme.txt", TITLE);
        assertProblem(upload(editor, id, "filename=a.zip", "application/zip", zip), 415);
        assertProblem(upload(editor, id, "filename=a.txt", "text/plain", TITLE.getBytes(StandardCharsets.UTF_8)), 415);
        assertProblem(upload(editor, id, "filename=a.docx", DOCX, TITLE.getBytes(StandardCharsets.UTF_8)), 415);
        HttpResponse<String> empty = upload(editor, id, "filename=a.pdf", "application/pdf", new byte[0]);
        assertProblem(empty, 422);
        assertEquals("file", Http.json(empty).get("errors").get(0).get("field").asText());
        byte[] large = new byte[LIMIT + 10_000];
        new Random(7).nextBytes(large);
        assertProblem(upload(editor, id, "filename=big.pdf", "application/pdf", large), 413);
        String boundary = "----hromada" + System.nanoTime();
        assertProblem(http.as(editor).post("/api/v1/documents/" + id + "/attachments",
                "multipart/form-data; boundary=" + boundary, multipart(boundary, "big.pdf", large, "x")), 413);
        assertProblem(http.as(editor).post("/api/v1/documents/" + id + "/attachments",
                "multipart/form-data; boundary=" + boundary, ("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nx\r\n--" + boundary + "--\r\n")
                        .getBytes(StandardCharsets.UTF_8)), 422);
        assertProblem(http.as(editor).post("/api/v1/documents/" + id + "/attachments",
                "multipart/form-data; boundary=" + boundary, "garbage".getBytes(StandardCharsets.UTF_8)), 422);

        assertEquals(0, Http.json(http.as(editor).get("/api/v1/documents/" + id + "/attachments")).size());
        assertEquals(media, Http.json(http.as(admin).get("/api/v1/media?size=1")).get("total").asLong(),
                "nothing refused reached the media library");
    }

    @Test
    void onlyAdministratorsAndEditorsAttachAndOnlyToExistingDocuments() throws Exception {
        long id = document(true);
        assertProblem(upload(null, id, "filename=a.pdf", "application/pdf", pdf()), 401);
        assertProblem(upload(author, id, "filename=a.pdf", "application/pdf", pdf()), 403);
        assertProblem(upload(editor, 987654321, "filename=a.pdf", "application/pdf", pdf()), 404);
        assertProblem(http.get("/api/v1/documents/987654321/attachments"), 404);
        long attachment = attached(upload(editor, id, "filename=a.pdf", "application/pdf", pdf())).get("id").asLong();
        String path = "/api/v1/documents/" + id + "/attachments/" + attachment;
        assertProblem(http.as(author).delete(path), 403);
        assertProblem(http.delete(path), 401);
        assertProblem(http.as(author).putJson(path, "{\"title\":\"x\"}"), 403);
        assertProblem(http.as(editor).delete("/api/v1/documents/" + document(true) + "/attachments/" + attachment), 404);
        assertProblem(http.get("/api/v1/documents/" + id + "/attachments/987654321/text"), 404);
    }

    @Test
    void thePublicSeesTheAttachmentsOfPublishedDocumentsOnly() throws Exception {
        long draft = document(false);
        long attachment = attached(upload(editor, draft, "filename=draft.pdf", "application/pdf", pdf())).get("id")
                .asLong();
        assertProblem(http.get("/api/v1/documents/" + draft + "/attachments"), 404);
        assertProblem(http.get("/api/v1/documents/" + draft + "/attachments/" + attachment + "/text"), 404);
        assertProblem(http.as(author).get("/api/v1/documents/" + draft + "/attachments"), 404);
        assertEquals(1, Http.json(http.as(editor).get("/api/v1/documents/" + draft + "/attachments")).size());

        long published = document(true);
        attached(upload(editor, published, "filename=a.pdf", "application/pdf", pdf()));
        assertEquals(1, Http.json(http.get("/api/v1/documents/" + published + "/attachments")).size());
    }

    @Test
    void attachmentsAreRetitledReorderedDetachedAndGoWithTheirDocumentAudited() throws Exception {
        long id = document(true);
        JsonNode first = attached(upload(editor, id, "filename=a.pdf", "application/pdf", pdf()));
        JsonNode second = attached(upload(editor, id, "filename=b.odt", ODT, odt(TITLE)));
        String path = "/api/v1/documents/" + id + "/attachments/";

        HttpResponse<String> moved = http.as(editor).putJson(path + second.get("id").asLong(),
                "{\"title\":\"Пояснювальна записка\",\"position\":0}");
        assertEquals(200, moved.statusCode(), moved.body());
        assertEquals("Пояснювальна записка", Http.json(moved).get("title").asText());
        JsonNode list = Http.json(http.get("/api/v1/documents/" + id + "/attachments"));
        assertEquals("b.odt", list.get(0).get("filename").asText(), list.toString());
        assertProblem(http.as(editor).putJson(path + first.get("id").asLong(), "{\"position\":-1}"), 422);
        assertProblem(http.as(editor).putJson(path + first.get("id").asLong(), "{\"title\":[1]}"), 400);

        assertEquals(204, http.as(editor).delete(path + first.get("id").asLong()).statusCode());
        assertProblem(http.as(editor).delete(path + first.get("id").asLong()), 404);
        assertEquals(1, Http.json(http.get("/api/v1/documents/" + id + "/attachments")).size());
        assertEquals(200, http.get(first.get("url").asText()).statusCode(), "the file stays in the media library");

        JsonNode log = Http.json(http.as(admin).get("/api/v1/audit?entityType=document&entityId=" + id));
        String actions = log.get("items").toString();
        assertTrue(actions.contains("document.attachment.add") && actions.contains("document.attachment.update")
                && actions.contains("document.attachment.delete"), actions);
        for (JsonNode entry : log.get("items")) {
            if (entry.get("action").asText().equals("document.attachment.update")) {
                assertEquals(0, entry.get("after").get("position").asInt(), entry.toString());
                assertEquals("halyna", entry.get("actor").asText(), entry.toString());
            }
        }

        assertEquals(204, http.as(editor).delete("/api/v1/documents/" + id).statusCode(),
                "a document with attachments can be deleted: they go with it");
        assertProblem(http.as(editor).get("/api/v1/documents/" + id + "/attachments"), 404);
        assertEquals(200, http.get(second.get("url").asText()).statusCode());
    }
}
