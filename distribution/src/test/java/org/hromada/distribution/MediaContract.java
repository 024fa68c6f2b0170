package org.hromada.distribution;

import static org.hromada.distribution.PlatformContract.assertProblem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The media library against a real server (size limit lowered to {@value #LIMIT} bytes): uploads
 * checked by content, renditions, the public /media/ files and content cover images.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MediaContract {
    static final int LIMIT = 3_000_000;
    private static final java.net.http.HttpClient CLIENT = java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
    HromadaServer server;
    Http http;
    String admin;
    String author;

    abstract String databaseUrl() throws Exception;

    void dropDatabase() throws Exception {
    }

    @BeforeAll
    void boot() throws Exception {
        server = HromadaServer.create(databaseUrl(), Map.of("HROMADA_MEDIA_MAX_BYTES", String.valueOf(LIMIT))).start();
        http = new Http(server);
        admin = http.token("admin", HromadaServer.ADMIN_PASSWORD);
        HttpResponse<String> created = http.as(admin).postJson("/api/v1/users",
                "{\"username\":\"taras\",\"password\":\"taras-Password-1\",\"roles\":[\"author\"]}");
        assertEquals(201, created.statusCode(), created.body());
        author = http.token("taras", "taras-Password-1");
    }

    @AfterAll
    void shutdown() throws Exception {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            dropDatabase();
        }
    }

    static byte[] image(String format, int width, int height, Color tint) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, tint, width, height, Color.WHITE));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    HttpResponse<String> upload(String token, String query, String contentType, byte[] body) throws Exception {
        return http.as(token).post("/api/v1/media?" + query, contentType, body);
    }

    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    JsonNode uploaded(HttpResponse<String> response) throws Exception {
        assertEquals(201, response.statusCode(), response.body());
        JsonNode file = Http.json(response);
        assertEquals("/api/v1/media/" + file.get("id").asLong(),
                java.net.URI.create(response.headers().firstValue("Location").orElseThrow()).getPath());
        return file;
    }

    HttpResponse<byte[]> getBytes(String path, String... headers) throws Exception {
        HttpRequest.Builder builder = http.builder(path).GET();
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void anImageWithAltTextGetsRenditionsServedForAYear() throws Exception {
        byte[] png = image("png", 1200, 800, Color.BLUE);
        JsonNode file = uploaded(upload(author, "filename=" + q("Парк Шевченка.png") + "&alt=" + q("Новий сквер у парку"),
                "image/png", png));
        assertEquals("image", file.get("kind").asText());
        assertEquals("image/png", file.get("mediaType").asText());
        assertEquals(1200, file.get("width").asInt());
        assertEquals(800, file.get("height").asInt());
        assertEquals("Парк-Шевченка.png", file.get("filename").asText());
        assertEquals("Новий сквер у парку", file.get("alt").asText());
        assertEquals(3, file.get("renditions").size(), file.toString());
        assertTrue(file.get("srcset").asText().endsWith(" 1200w"), file.get("srcset").asText());

        String url = file.get("url").asText();
        assertTrue(url.startsWith("/media/" + file.get("sha256").asText() + "/"), url);
        HttpResponse<byte[]> original = getBytes(url);
        assertEquals(200, original.statusCode());
        assertArrayEquals(png, original.body());
        assertEquals("image/png", original.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(String.valueOf(png.length), original.headers().firstValue("Content-Length").orElseThrow());
        assertEquals("public, max-age=31536000, immutable", original.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals("nosniff", original.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(original.headers().firstValue("Content-Disposition").orElseThrow().startsWith("inline"));
        assertTrue(original.headers().firstValue("Content-Security-Policy").orElseThrow().contains("sandbox"));
        String etag = original.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, getBytes(url, "If-None-Match", etag).statusCode());

        HttpResponse<byte[]> head = CLIENT.send(http.builder(url)
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);

        JsonNode smallest = file.get("renditions").get(0);
        assertEquals(320, smallest.get("width").asInt());
        HttpResponse<byte[]> rendition = getBytes(smallest.get("url").asText());
        assertEquals(200, rendition.statusCode());
        assertEquals("image/png", rendition.headers().firstValue("Content-Type").orElseThrow());
        BufferedImage scaled = ImageIO.read(new ByteArrayInputStream(rendition.body()));
        assertEquals(320, scaled.getWidth());
        assertEquals(213, scaled.getHeight());

        assertEquals(404, getBytes(url.replace(file.get("sha256").asText(), "0".repeat(64))).statusCode());
        assertEquals(404, getBytes("/media/" + file.get("sha256").asText() + "/other-name.png").statusCode());
        assertEquals(404, getBytes("/media/" + file.get("sha256").asText() + "/1600/" + file.get("filename").asText())
                .statusCode(), "no rendition wider than the original");
    }

    @Test
    void multipartFormUploadsWork() throws Exception {
        byte[] jpeg = image("jpeg", 700, 400, Color.RED);
        String boundary = "----hromada" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"фото.jpg\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(jpeg);
        body.write(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"alt\"\r\n\r\nЧервоний захід сонця"
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nЗахід\r\n--" + boundary
                + "--\r\n").getBytes(StandardCharsets.UTF_8));
        JsonNode file = uploaded(http.as(author).post("/api/v1/media", "multipart/form-data; boundary=" + boundary,
                body.toByteArray()));
        assertEquals("image/jpeg", file.get("mediaType").asText());
        assertEquals("фото.jpg", file.get("filename").asText());
        assertEquals("Червоний захід сонця", file.get("alt").asText());
        assertEquals("Захід", file.get("title").asText());
        assertEquals(2, file.get("renditions").size());
        assertEquals("image/jpeg", getBytes(file.get("renditions").get(1).get("url").asText()).headers()
                .firstValue("Content-Type").orElseThrow());

        HttpResponse<String> noFile = http.as(author).post("/api/v1/media", "multipart/form-data; boundary=" + boundary,
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"alt\"\r\n\r\nx\r\n--" + boundary + "--\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertProblem(noFile, 422);
        assertTrue(noFile.body().contains("\"file\""), noFile.body());
    }

    @Test
    void badUploadsAreExplainedAndLeaveNothing() throws Exception {
        long before = Http.json(http.as(admin).get("/api/v1/media?size=1")).get("total").asLong();

        HttpResponse<String> noAlt = upload(author, "filename=a.png", "image/png", image("png", 50, 50, Color.GREEN));
        assertProblem(noAlt, 422);
        assertEquals("alt", Http.json(noAlt).get("errors").get(0).get("field").asText());

        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        HttpResponse<String> renamed = upload(author, "filename=report.pdf", "application/pdf", exe);
        assertProblem(renamed, 415);
        assertTrue(renamed.body().contains("application/x-msdownload"), renamed.body());

        HttpResponse<String> html = upload(author, "filename=page.pdf", "application/pdf",
                "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertProblem(html, 415);

        byte[] large = new byte[LIMIT + 100_000];
        new Random(1).nextBytes(large);
        HttpResponse<String> tooLarge = upload(author, "filename=big.pdf", "application/pdf", large);
        assertProblem(tooLarge, 413);

        byte[] bomb = image("png", 10, 10, Color.GRAY);
        bomb[18] = 0x75; bomb[19] = 0x30; bomb[22] = 0x75; bomb[23] = 0x30; // header: 30000 x 30000 pixels
        HttpResponse<String> decompressionBomb = upload(author, "filename=bomb.png&alt=x", "image/png", bomb);
        assertProblem(decompressionBomb, 422);
        assertTrue(decompressionBomb.body().contains("30000 x 30000"), decompressionBomb.body());

        assertProblem(upload(author, "filename=empty.pdf", "application/pdf", new byte[0]), 422);
        assertProblem(http.post("/api/v1/media?filename=a.pdf", "application/pdf", pdf()), 401);
        assertProblem(http.get("/api/v1/media"), 401);
        assertProblem(http.as(admin).get("/api/v1/media?kind=video"), 400);

        assertEquals(before, Http.json(http.as(admin).get("/api/v1/media?size=1")).get("total").asLong(),
                "no refused upload was recorded");
    }

    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >>"
                + " endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] docx() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String[] entry : new String[][] {{"[Content_Types].xml", "<Types/>"}, {"_rels/.rels", "<Relationships/>"},
                    {"word/document.xml", "<w:document/>"}}) {
                zip.putNextEntry(new ZipEntry(entry[0]));
                zip.write(entry[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void documentsAreServedWithTheirTypeAndDisposition() throws Exception {
        JsonNode pdf = uploaded(upload(author, "filename=" + q("Рішення №12.pdf") + "&title=" + q("Рішення сесії"),
                "application/octet-stream", pdf()));
        assertEquals("document", pdf.get("kind").asText());
        assertEquals("application/pdf", pdf.get("mediaType").asText());
        assertFalse(pdf.hasNonNull("srcset"));
        HttpResponse<byte[]> served = getBytes(pdf.get("url").asText());
        assertEquals("application/pdf", served.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(served.headers().firstValue("Content-Disposition").orElseThrow().startsWith("inline"));

        HttpResponse<String> untyped = http.send(http.as(author).builder("/api/v1/media?filename=plain.pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf())));
        assertEquals("application/pdf", uploaded(untyped).get("mediaType").asText(), "a body without Content-Type");

        JsonNode doc = uploaded(upload(author, "filename=plan.zip", "application/zip", docx()));
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                doc.get("mediaType").asText());
        assertEquals("plan.docx", doc.get("filename").asText(), "the extension names the detected type");
        HttpResponse<byte[]> download = getBytes(doc.get("url").asText());
        assertTrue(download.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment"));

        JsonNode documents = Http.json(http.as(author).get("/api/v1/media?kind=document&q=plan"));
        assertEquals(1, documents.get("total").asInt(), documents.toString());
        assertEquals(doc.get("id").asLong(), documents.get("items").get(0).get("id").asLong());
    }

    @Test
    void identicalFilesAreStoredOnceAndDeletedWithTheirLastRecord() throws Exception {
        byte[] png = image("png", 400, 300, Color.ORANGE);
        JsonNode first = uploaded(upload(author, "filename=a.png&alt=a", "image/png", png));
        JsonNode second = uploaded(upload(admin, "filename=a.png&alt=b", "image/png", png));
        assertEquals(first.get("sha256").asText(), second.get("sha256").asText());
        String sha = first.get("sha256").asText();
        assertTrue(java.nio.file.Files.isRegularFile(server.home().resolve("data/media")
                .resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha)), "content-addressed on disk");

        assertProblem(http.as(author).delete("/api/v1/media/" + second.get("id").asLong()), 403);
        HttpResponse<String> edited = http.as(author).putJson("/api/v1/media/" + first.get("id").asLong(),
                "{\"alt\":\"Помаранчевий\",\"title\":\"Колір\"}");
        assertEquals(200, edited.statusCode(), edited.body());
        assertEquals("Помаранчевий", Http.json(edited).get("alt").asText());
        assertProblem(http.as(author).putJson("/api/v1/media/" + first.get("id").asLong(), "{\"alt\":\" \"}"), 422);

        assertEquals(204, http.as(author).delete("/api/v1/media/" + first.get("id").asLong()).statusCode());
        assertProblem(http.as(author).get("/api/v1/media/" + first.get("id").asLong()), 404);
        assertEquals(200, getBytes(second.get("url").asText()).statusCode(), "the other record still has the file");
        assertEquals(204, http.as(admin).delete("/api/v1/media/" + second.get("id").asLong()).statusCode());
        assertEquals(404, getBytes(second.get("url").asText()).statusCode());
        assertEquals(404, getBytes(second.get("renditions").get(0).get("url").asText()).statusCode());
    }

    @Test
    void aNewsItemShowsItsCoverImage() throws Exception {
        JsonNode photo = uploaded(upload(admin, "filename=school.jpg&alt=" + q("Відремонтована школа"), "image/jpeg",
                image("jpeg", 1100, 700, Color.CYAN)));
        long mediaId = photo.get("id").asLong();
        JsonNode document = uploaded(upload(admin, "filename=x.pdf", "application/pdf", pdf()));

        String item = "{\"title\":\"Школу відремонтовано\",\"body\":\"<p>Текст</p>\",\"language\":\"uk\",\"coverId\":%d}";
        HttpResponse<String> unknown = http.as(admin).postJson("/api/v1/news", String.format(item, 999_999));
        assertProblem(unknown, 422);
        assertTrue(unknown.body().contains("coverId"), unknown.body());
        assertProblem(http.as(admin).postJson("/api/v1/news", String.format(item, document.get("id").asLong())), 422);

        HttpResponse<String> created = http.as(admin).postJson("/api/v1/news", String.format(item, mediaId));
        assertEquals(201, created.statusCode(), created.body());
        JsonNode news = Http.json(created);
        assertEquals(mediaId, news.get("coverId").asLong());
        long id = news.get("id").asLong();
        HttpResponse<String> published = http.as(admin).postJson("/api/v1/news/" + id + "/publish", "{}");
        assertEquals(200, published.statusCode(), published.body());
        String page = http.get(Http.json(published).get("url").asText()).body();
        assertTrue(page.contains("<img src=\"" + photo.get("url").asText() + "\""), page);
        assertTrue(page.contains("alt=\"Відремонтована школа\""), page);
        assertTrue(page.contains("srcset=\"" + photo.get("renditions").get(0).get("url").asText() + " 320w"), page);
        assertTrue(page.contains("width=\"1100\" height=\"700\" loading=\"lazy\""), page);
        assertTrue(page.contains("<meta property=\"og:image\" content=\""), page);
        assertTrue(page.contains("\"image\":\""), "schema.org image: " + page);

        HttpResponse<String> ownAlt = http.as(admin).putJson("/api/v1/news/" + id,
                "{\"title\":\"Школу відремонтовано\",\"language\":\"uk\",\"coverAlt\":\"Школа №3 після ремонту\"}");
        assertEquals(200, ownAlt.statusCode(), ownAlt.body());
        assertTrue(http.get(Http.json(published).get("url").asText()).body().contains("alt=\"Школа №3 після ремонту\""));
        JsonNode revision = Http.json(http.as(admin).get("/api/v1/news/" + id + "/revisions/1"));
        assertEquals(mediaId, revision.get("snapshot").get("coverId").asLong(), "revisions keep the cover");

        HttpResponse<String> removed = http.as(admin).putJson("/api/v1/news/" + id,
                "{\"title\":\"Школу відремонтовано\",\"language\":\"uk\",\"coverId\":0}");
        assertFalse(Http.json(removed).hasNonNull("coverId"), removed.body());
        assertFalse(http.get(Http.json(published).get("url").asText()).body().contains("article__cover"));
    }
}
