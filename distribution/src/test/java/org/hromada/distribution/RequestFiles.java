package org.hromada.distribution;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Files for the requests tests: small real documents, multipart bodies, binary downloads, e-mail parts. */
final class RequestFiles {
    static final String BOUNDARY = "----hromada-requests-test";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** One file part: the form field, the file's name and its bytes. */
    record Part(String field, String filename, byte[] bytes) {
    }

    private RequestFiles() {
    }

    /** A PDF of about {@code bytes} bytes (padded with a comment). */
    static byte[] pdf(int bytes) {
        String head = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n";
        String tail = "trailer<</Root 1 0 R>>\n%%EOF\n";
        int padding = Math.max(0, bytes - head.length() - tail.length() - 2);
        return (head + "%" + "x".repeat(padding) + "\n" + tail).getBytes(StandardCharsets.US_ASCII);
    }

    /** A 1x1 PNG. */
    static byte[] png() {
        return java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    }

    static byte[] html() {
        return "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
    }

    static String contentType() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }

    static byte[] multipart(Map<String, String> fields, List<Part> files) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (Part p : files) {
            out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + p.field() + "\"; filename=\""
                    + p.filename() + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(p.bytes());
            out.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** A GET whose body stays bytes, with the bearer token when not null. */
    static HttpResponse<byte[]> download(HromadaServer server, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The text part of an e-mail, plain or multipart. */
    static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof Multipart multipart) {
            return multipart.getBodyPart(0).getContent().toString();
        }
        return content.toString();
    }

    /** The attached files of an e-mail: name and bytes. */
    static List<Part> attachments(MimeMessage message) throws Exception {
        List<Part> files = new ArrayList<>();
        if (message.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.getFileName() != null) {
                    files.add(new Part("attachment", part.getFileName(), part.getInputStream().readAllBytes()));
                }
            }
        }
        return files;
    }
}
