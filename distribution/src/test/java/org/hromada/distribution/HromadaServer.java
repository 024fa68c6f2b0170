package org.hromada.distribution;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real Hromada server for integration tests: a fresh copy of the assembled distribution
 * (distribution/target/hromada) started with bin/hromada as its own process, reached over HTTP.
 */
final class HromadaServer implements AutoCloseable {
    static final String ADMIN_PASSWORD = "it-admin-Password-1";
    static final String COUNCIL_THEME = "council";

    private final Path home;
    private final int port;
    private final Map<String, String> env;
    private Process process;

    private HromadaServer(Path home, int port, Map<String, String> env) {
        this.home = home;
        this.port = port;
        this.env = env;
    }

    /** Copies the distribution into a temporary folder; {@code dbUrl} null = the embedded database. */
    static HromadaServer create(String dbUrl) throws IOException {
        return create(dbUrl, Map.of());
    }

    /** As {@link #create(String)}, with more environment variables for the server. */
    static HromadaServer create(String dbUrl, Map<String, String> extraEnv) throws IOException {
        Path dist = Path.of(System.getProperty("hromada.dist", "target/hromada"));
        if (!Files.isExecutable(dist.resolve("bin/hromada"))) {
            throw new IllegalStateException("No assembled distribution at " + dist + ": run mvn verify");
        }
        Path home = Files.createTempDirectory("hromada-it-");
        copy(dist, home);
        // A council's own theme, active and empty at first: the tests put overrides into it.
        Files.createDirectories(home.resolve("themes").resolve(COUNCIL_THEME).resolve("templates"));
        Map<String, String> env = new HashMap<>();
        env.put("HROMADA_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("HROMADA_HTTP_PORT", String.valueOf(freePort()));
        env.put("HROMADA_CDS", "false");
        env.put("HROMADA_SITE_THEME", COUNCIL_THEME);
        if (dbUrl != null) {
            env.put("HROMADA_DB_URL", dbUrl);
            env.put("HROMADA_DB_USER", "root");
            env.put("HROMADA_DB_PASSWORD", "");
        }
        env.putAll(extraEnv);
        return new HromadaServer(home, Integer.parseInt(env.get("HROMADA_HTTP_PORT")), env);
    }

    /** Starts the server and waits until {@code /api/health} answers 200. */
    HromadaServer start() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/hromada").toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile()));
        builder.environment().putAll(env);
        process = builder.start();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Server exited with " + process.exitValue() + ":\n" + console());
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(uri("/api/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Server did not become healthy in 90 s:\n" + console());
    }

    /** Sends SIGTERM and waits for the process to end; returns its exit code. */
    int stop() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return process == null ? 0 : process.exitValue();
        }
        process.destroy();
        if (!process.waitFor(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("Server ignored SIGTERM for 30 s");
        }
        return process.exitValue();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    Path home() {
        return home;
    }

    String console() {
        try {
            return Files.readString(home.resolve("console.log"));
        } catch (IOException e) {
            return "(no console log: " + e + ")";
        }
    }

    @Override
    public void close() throws Exception {
        try {
            stop();
        } finally {
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.startsWith(from.resolve("data")) && !source.startsWith(from.resolve("deploy"))) {
                    // a fresh installation: no run-time data, nothing deployed
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
