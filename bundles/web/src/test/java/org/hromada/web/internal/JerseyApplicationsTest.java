package org.hromada.web.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JerseyApplicationsTest {

    @Path("fine")
    public static class FineResource {
        @GET
        public String get() {
            return "ok";
        }
    }

    /** Two GETs on one path: Jersey refuses the whole application. */
    @Path("broken")
    public static class AmbiguousResource {
        @GET
        public String one() {
            return "1";
        }

        @GET
        public String two() {
            return "2";
        }
    }

    @Test
    void aResourceJerseyAcceptsValidates() {
        assertDoesNotThrow(() -> JerseyApplications.validate(List.of(new FineResource())));
    }

    @Test
    void anAmbiguousResourceIsFoundOut() {
        assertThrows(RuntimeException.class, () -> JerseyApplications.validate(List.of(new AmbiguousResource())));
    }
}
