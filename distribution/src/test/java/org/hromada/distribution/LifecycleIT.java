package org.hromada.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** Start, SIGTERM, start again: a clean stop, and what was written is still there. */
class LifecycleIT {

    @Test
    void stopsCleanlyOnSigtermAndKeepsDataAcrossRestarts() throws Exception {
        try (HromadaServer server = HromadaServer.create(null)) {
            server.start();
            Http http = new Http(server);
            String admin = http.token("admin", HromadaServer.ADMIN_PASSWORD);
            assertEquals(201, http.as(admin).postJson("/api/v1/users",
                    "{\"username\":\"taras\",\"password\":\"editor-Password-1\",\"roles\":[\"editor\"]}").statusCode());

            int exit = server.stop();
            assertEquals(143, exit, "SIGTERM ends the JVM through its shutdown hooks");
            assertTrue(server.console().contains("Hromada stopped"), server.console());
            assertTrue(Files.readString(server.home().resolve("data/logs/hromada.log")).contains("Hromada stopped"),
                    "logs go to data/logs too");

            server.start();
            assertEquals(200, http.get("/api/health").statusCode());
            http.token("taras", "editor-Password-1");
        }
    }
}
