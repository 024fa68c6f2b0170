package org.hromada.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A real server for one test class, with the admin's token and those of an editor (halyna) and an
 * author (taras); subclasses choose the database and the server's environment (e.g. demo mode).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServerWithEditors {
    static final String PAST = "2025-01-01T08:00:00Z";
    HromadaServer server;
    Http http;
    String admin;
    String editor;
    String author;

    /** The MariaDB URL of a database made for the test, or null for the embedded default. */
    abstract String databaseUrl() throws Exception;

    void dropDatabase() throws Exception {
    }

    /** More environment variables for the server. */
    Map<String, String> environment() {
        return Map.of();
    }

    @BeforeAll
    void boot() throws Exception {
        server = HromadaServer.create(databaseUrl(), environment()).start();
        http = new Http(server);
        admin = http.token("admin", HromadaServer.ADMIN_PASSWORD);
        for (String[] user : new String[][] {{"halyna", "editor"}, {"taras", "author"}}) {
            HttpResponse<String> created = http.as(admin).postJson("/api/v1/users", "{\"username\":\"" + user[0]
                    + "\",\"password\":\"" + user[0] + "-Password-1\",\"roles\":[\"" + user[1] + "\"]}");
            assertEquals(201, created.statusCode(), created.body());
        }
        editor = http.token("halyna", "halyna-Password-1");
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
}
