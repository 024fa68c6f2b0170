package org.hromada.distribution;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The console as a browser without JavaScript speaks to it: a cookie jar, forms posted as
 * {@code application/x-www-form-urlencoded} with the CSRF field read from the page.
 */
final class ConsoleClient {
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");

    private final HromadaServer server;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;

    ConsoleClient(HromadaServer server) {
        this.server = server;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form as it is, without adding a CSRF token. */
    HttpResponse<String> postRaw(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return client.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Loads {@code formPage}, takes the CSRF token from it, and posts {@code fields} to {@code action}. */
    HttpResponse<String> submit(String formPage, String action, Map<String, String> fields)
            throws IOException, InterruptedException {
        HttpResponse<String> page = get(formPage);
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        csrfIn(page.body()).ifPresent(token -> withToken.put("_csrf", token));
        return postRaw(action, withToken);
    }

    /** Loads {@code formPage} for its CSRF token and posts one file as {@code multipart/form-data}. */
    HttpResponse<String> upload(String formPage, String action, String field, java.nio.file.Path file)
            throws IOException, InterruptedException {
        String token = csrfIn(get(formPage).body()).orElse("");
        String boundary = "----hromada-test-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: application/java-archive\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(java.nio.file.Files.readAllBytes(file));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(request(action).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in through the form; returns the answer to the POST. */
    HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        return submit("/console/sign-in", "/console/sign-in", Map.of("username", username, "password", password));
    }

    Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().get(server.uri("/console/")).stream()
                .filter(c -> c.getName().equals(name)).findFirst();
    }

    /** Sends this cookie from now on, as a browser would that had been given it (or stolen it). */
    void setCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/console");
        cookie.setVersion(0);
        cookies.getCookieStore().add(server.uri("/console/"), cookie);
    }

    void forget(String cookieName) {
        cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(cookieName))
                .toList().forEach(c -> cookies.getCookieStore().remove(null, c));
    }

    static Optional<String> csrfIn(String html) {
        Matcher field = CSRF_FIELD.matcher(html);
        if (field.find()) {
            return Optional.of(field.group(1));
        }
        Matcher meta = CSRF_META.matcher(html);
        return meta.find() ? Optional.of(meta.group(1)) : Optional.empty();
    }

    private HttpRequest.Builder request(String path) {
        URI uri = server.uri(path);
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Origin", "http://" + uri.getAuthority());
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
