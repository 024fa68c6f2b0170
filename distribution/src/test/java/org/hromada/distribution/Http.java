package org.hromada.distribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/** A small HTTP client for the tests, with JSON helpers. */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            // plain HTTP/1.1 as browsers speak it to an http:// address (no h2c upgrade attempts)
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final HromadaServer server;
    private String token;

    Http(HromadaServer server) {
        this.server = server;
    }

    Http as(String bearerToken) {
        Http other = new Http(server);
        other.token = bearerToken;
        return other;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(builder(path).GET());
    }

    HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return send(builder(path).DELETE());
    }

    HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return send(builder(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> putJson(String path, String json) throws IOException, InterruptedException {
        return send(builder(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        return send(builder(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    HttpResponse<String> postFile(String path, String contentType, Path file) throws IOException, InterruptedException {
        return send(builder(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofFile(file)));
    }

    /**
     * The status of a GET sent byte for byte as given, for targets java.net.URI refuses to build
     * (a browser or a script will still send them).
     */
    int rawGetStatus(String target) throws IOException {
        URI base = server.uri("/");
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            String request = "GET " + target + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    HttpResponse<String> send(HttpRequest.Builder builder) throws IOException, InterruptedException {
        return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder builder(String path) {
        URI uri = server.uri(path);
        // One connection per request: no test depends on a pooled connection's life span.
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Connection", "close");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    /** Signs in and returns the bearer token. */
    String token(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = postJson("/api/v1/auth/token",
                JSON.createObjectNode().put("username", username).put("password", password).toString());
        if (response.statusCode() != 200) {
            throw new AssertionError("Sign-in of " + username + " failed: " + response.statusCode() + " " + response.body());
        }
        return json(response).get("token").asText();
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }
}
